"""Validate the dev_v3 hourly files against the contract.  Usage: python3 check.py [dir]   (exit 1 on any failure)"""

import collections
import glob
import gzip
import json
import os
import re
import statistics
import sys
from datetime import datetime, timedelta

FIELDS = ["snapshot_hour", "stream_id", "user_id", "user_login", "user_name", "game_id", "game_name", "title", "tags", "language",
          "viewer_count", "started_at", "broadcaster_type", "account_created_at", "content_classification_labels", "is_branded_content",
          "is_violation", "violation_type", "is_evasive_hop", "behaviour"]
VTYPES = {"film_tv", "live_sports", "ppv", "music"}
ISO = "%Y-%m-%dT%H:%M:%S"
MAX_BYTES = 2 * 1024 * 1024


def main(d):
    errors = collections.Counter()
    examples = {}

    def fail(kind, msg):
        errors[kind] += 1
        examples.setdefault(kind, msg)

    files = sorted(glob.glob(os.path.join(d, "hours-*.jsonl.gz")))
    if not files:
        print("no files in", d)
        return 1
    hours, by_hour = [], {}
    sid_user, gid_name, name_gid = {}, {}, {}
    for f in files:
        if os.path.getsize(f) >= MAX_BYTES:
            fail("file_size", "%s is %d bytes" % (f, os.path.getsize(f)))
        m = re.search(r"hours-(\d{4}-\d\d-\d\d-\d\d)\.jsonl\.gz$", f)
        snap = datetime.strptime(m.group(1), "%Y-%m-%d-%H")
        hours.append(snap)
        rows, seen_user = [], set()
        with gzip.open(f, "rt", encoding="utf-8") as fh:
            for ln, line in enumerate(fh, 1):
                r = json.loads(line, object_pairs_hook=lambda kv: kv)
                keys = [k for k, _ in r]
                r = dict(r)
                where = "%s:%d" % (os.path.basename(f), ln)
                if keys != FIELDS:
                    fail("fields_order", "%s %s" % (where, keys))
                    continue
                if r["snapshot_hour"] != snap.strftime(ISO):
                    fail("snapshot_hour", where)
                for k in ("stream_id", "user_id"):
                    if not (isinstance(r[k], str) and r[k].isdigit()):
                        fail(k, where)
                if not (r["game_id"] == "" and r["game_name"] == "" or r["game_id"].isdigit() and r["game_name"]):
                    fail("game_id_format", where)
                if not (isinstance(r["tags"], list) and all(isinstance(t, str) and t and " " not in t for t in r["tags"])):
                    fail("tags", where)
                if not re.fullmatch(r"[a-z]{2}", r["language"]):
                    fail("language", where)
                if not (isinstance(r["viewer_count"], int) and not isinstance(r["viewer_count"], bool) and r["viewer_count"] >= 0):
                    fail("viewer_count", where)
                try:
                    st = datetime.strptime(r["started_at"], ISO)
                    datetime.strptime(r["account_created_at"], ISO)
                except (TypeError, ValueError):
                    fail("timestamps", where)
                    continue
                if st > snap + timedelta(hours=1):
                    fail("started_after_hour", where)
                if r["broadcaster_type"] not in ("", "affiliate", "partner"):
                    fail("broadcaster_type", where)
                if not isinstance(r["content_classification_labels"], list):
                    fail("ccl", where)
                for k in ("is_branded_content", "is_violation", "is_evasive_hop"):
                    if not isinstance(r[k], bool):
                        fail("bool_" + k, where)
                if r["is_violation"] != (r["violation_type"] != "none") or (r["is_violation"] and r["violation_type"] not in VTYPES):
                    fail("violation_type", where)
                if r["is_evasive_hop"] and not r["is_violation"]:
                    fail("evasive_not_violation", where)
                if not re.fullmatch(r"[a-z0-9]+(_[a-z0-9]+)*", r["behaviour"]):
                    fail("behaviour_label", where)
                if r["user_id"] in seen_user:
                    fail("user_twice_in_hour", where)
                seen_user.add(r["user_id"])
                if sid_user.setdefault(r["stream_id"], r["user_id"]) != r["user_id"]:
                    fail("stream_id_two_users", where)
                if r["game_id"]:
                    if gid_name.setdefault(r["game_id"], r["game_name"]) != r["game_name"]:
                        fail("game_id_two_names", where)
                    if name_gid.setdefault(r["game_name"], r["game_id"]) != r["game_id"]:
                        fail("game_name_two_ids", where)
                rows.append(r)
        by_hour[snap] = rows
    hours.sort()
    if any(b - a != timedelta(hours=1) for a, b in zip(hours, hours[1:])):
        fail("hours_not_consecutive", str(hours))
    # ---- evasive hop rules ----
    cat_tot = {h: collections.Counter() for h in hours}
    user_rows = collections.defaultdict(dict)
    for h in hours:
        for r in by_hour[h]:
            cat_tot[h][r["game_id"]] += r["viewer_count"]
            user_rows[r["user_id"]][h] = r
    n_ev = 0
    for h_i, h in enumerate(hours):
        for r in by_hour[h]:
            if not r["is_evasive_hop"]:
                continue
            n_ev += 1
            where = "%s user %s" % (h, r["user_id"])
            if h_i < 2:
                fail("evasive_before_third_hour", where)
            prior = [user_rows[r["user_id"]][p] for p in hours[:h_i] if p in user_rows[r["user_id"]]]
            normal = [p for p in prior if not p["is_evasive_hop"]]
            groups = collections.defaultdict(list)
            for p in normal:
                if p["game_id"] != r["game_id"]:
                    groups[p["game_id"]].append(datetime.strptime(p["snapshot_hour"], ISO))
            if not any(len(hs) >= 2 and statistics.mean(cat_tot[x][g] for x in hs) >= 5000 for g, hs in groups.items()):
                fail("evasive_no_big_category_history", where)
            tot = cat_tot[h][r["game_id"]]
            if tot == 0 or r["viewer_count"] < 0.9 * tot:
                fail("evasive_not_dominant_in_category", "%s %d of %d" % (where, r["viewer_count"], tot))
            if not normal:
                fail("evasive_no_usual_audience", where)
                continue
            med = statistics.median(p["viewer_count"] for p in normal)
            if not (0.75 * med <= r["viewer_count"] <= 1.25 * med):
                fail("evasive_audience_ratio", "%s %d vs median %s" % (where, r["viewer_count"], med))
    # ---- report ----
    total = sum(len(v) for v in by_hour.values())
    pos = [r for h in hours for r in by_hour[h] if r["is_violation"]]
    print("files: %d  rows: %d  positives: %d (%.2f%%)  evasive hop rows: %d" % (len(files), total, len(pos), 100.0 * len(pos) / max(total, 1), n_ev))
    for h in hours:
        rs = by_hour[h]
        print("  %s rows=%d positives=%d viewers=%d" % (h.strftime(ISO), len(rs), sum(r["is_violation"] for r in rs), sum(r["viewer_count"] for r in rs)))
    if "-v" in sys.argv:
        for k, v in sorted(collections.Counter((r["behaviour"], r["violation_type"]) for r in pos).items()):
            print("  positive %-34s %-12s %d" % (k[0], k[1], v))
        print("  by type:", dict(collections.Counter(r["violation_type"] for r in pos)))
        allrows = [r for h in hours for r in by_hour[h]]
        print("  behaviours:", dict(collections.Counter(r["behaviour"] for r in allrows).most_common()))
        print("  languages:", dict(collections.Counter(r["language"] for r in allrows).most_common()))
    if errors:
        for k, n in errors.most_common():
            print("FAIL %-36s %6d  e.g. %s" % (k, n, examples[k]))
        return 1
    print("OK: all checks passed")
    return 0


if __name__ == "__main__":
    args = [a for a in sys.argv[1:] if not a.startswith("-")]
    sys.exit(main(args[0] if args else os.path.dirname(os.path.abspath(__file__))))
