"""Validate the frozen_v3 hour files. Usage: python3 check.py [dir]. Exits 1 on any failure."""
import collections
import glob
import gzip
import json
import os
import statistics
import sys
from datetime import datetime, timedelta

FIELDS = ["snapshot_hour", "stream_id", "user_id", "user_login", "user_name", "game_id", "game_name", "title", "tags", "language",
          "viewer_count", "started_at", "broadcaster_type", "account_created_at", "content_classification_labels",
          "is_branded_content", "is_violation", "violation_type", "is_evasive_hop", "behaviour"]
VTYPES = {"film_tv", "live_sports", "ppv", "music", "none"}
FMT = "%Y-%m-%dT%H:%M:%S"
MAX_BYTES = 2 * 1024 * 1024

errors = []


def err(msg):
    if len(errors) < 60:
        print("FAIL:", msg)
    errors.append(msg)


def load(d):
    files = sorted(glob.glob(os.path.join(d, "hours-*.jsonl.gz")))
    if len(files) != 8:
        err(f"expected 8 hour files, found {len(files)}")
    rows = []
    for i, f in enumerate(files):
        size = os.path.getsize(f)
        if size >= MAX_BYTES:
            err(f"{f} is {size} bytes (limit 2 MB)")
        stamp = datetime.strptime(os.path.basename(f)[6:19], "%Y-%m-%d-%H")
        if stamp != datetime(2026, 11, 18, 5) + timedelta(hours=i):
            err(f"{f}: hours are not consecutive from 2026-11-18T05")
        with gzip.open(f, "rt", encoding="utf-8") as fh:
            for ln, line in enumerate(fh, 1):
                r = json.loads(line)
                if list(r) != FIELDS:
                    err(f"{f}:{ln} fields/order wrong: {list(r)}")
                    continue
                if r["snapshot_hour"] != stamp.strftime(FMT):
                    err(f"{f}:{ln} snapshot_hour {r['snapshot_hour']} does not match file")
                rows.append(r)
    return rows


def check_types(r):
    where = f"{r['snapshot_hour']} {r['stream_id']}"
    for k in ("stream_id", "user_id"):
        if not (isinstance(r[k], str) and r[k].isdigit()):
            err(f"{where}: {k} not a digit string")
    if not (isinstance(r["game_id"], str) and (r["game_id"] == "" or r["game_id"].isdigit())):
        err(f"{where}: bad game_id")
    if (r["game_id"] == "") != (r["game_name"] == ""):
        err(f"{where}: game_id/game_name emptiness differs")
    for k in ("user_login", "user_name", "game_name", "title", "language", "behaviour"):
        if not isinstance(r[k], str):
            err(f"{where}: {k} not a string")
    if not (isinstance(r["tags"], list) and all(isinstance(t, str) for t in r["tags"])):
        err(f"{where}: tags not a list of strings")
    if not isinstance(r["content_classification_labels"], list):
        err(f"{where}: labels not a list")
    if not (isinstance(r["viewer_count"], int) and not isinstance(r["viewer_count"], bool) and r["viewer_count"] >= 0):
        err(f"{where}: viewer_count not a non-negative int")
    for k in ("is_branded_content", "is_violation", "is_evasive_hop"):
        if not isinstance(r[k], bool):
            err(f"{where}: {k} not a bool")
    if r["broadcaster_type"] not in ("", "affiliate", "partner"):
        err(f"{where}: bad broadcaster_type")
    if len(r["language"]) != 2:
        err(f"{where}: language not ISO 639-1")
    if r["violation_type"] not in VTYPES:
        err(f"{where}: bad violation_type {r['violation_type']}")
    if (r["violation_type"] == "none") == r["is_violation"]:
        err(f"{where}: violation_type 'none' must hold exactly when is_violation is false")
    if r["is_evasive_hop"] and not r["is_violation"]:
        err(f"{where}: evasive hop that is not a violation")
    if not r["behaviour"] or not r["behaviour"].replace("_", "").isalnum() or r["behaviour"].lower() != r["behaviour"]:
        err(f"{where}: behaviour not snake_case")
    snap = datetime.strptime(r["snapshot_hour"], FMT)
    started = datetime.strptime(r["started_at"], FMT)
    created = datetime.strptime(r["account_created_at"], FMT)
    if started > snap + timedelta(hours=1):
        err(f"{where}: started_at after the end of the hour")
    if created > started:
        err(f"{where}: account created after the stream started")


def main(d):
    rows = load(d)
    for r in rows:
        check_types(r)
    hours = sorted({r["snapshot_hour"] for r in rows})
    hidx = {h: i for i, h in enumerate(hours)}
    seen, sid_user, sid_start, gid_name, name_gid, user_login = set(), {}, {}, {}, {}, {}
    cat_hour = collections.Counter()
    for r in rows:
        key = (r["snapshot_hour"], r["user_id"])
        if key in seen:
            err(f"user {r['user_id']} appears twice in {r['snapshot_hour']}")
        seen.add(key)
        if sid_user.setdefault(r["stream_id"], r["user_id"]) != r["user_id"]:
            err(f"stream_id {r['stream_id']} belongs to two users")
        if sid_start.setdefault(r["stream_id"], r["started_at"]) != r["started_at"]:
            err(f"stream_id {r['stream_id']} has two started_at values")
        if user_login.setdefault(r["user_id"], r["user_login"]) != r["user_login"]:
            err(f"user {r['user_id']} has two logins")
        if r["game_id"]:
            if gid_name.setdefault(r["game_id"], r["game_name"]) != r["game_name"]:
                err(f"game_id {r['game_id']} has two names")
            if name_gid.setdefault(r["game_name"], r["game_id"]) != r["game_id"]:
                err(f"game {r['game_name']} has two ids")
        cat_hour[(r["snapshot_hour"], r["game_id"])] += r["viewer_count"]
    cat_avg = collections.Counter()
    for (h, g), v in cat_hour.items():
        cat_avg[g] += v / len(hours)
    by_user = collections.defaultdict(list)
    for r in rows:
        by_user[r["user_id"]].append(r)
    n_ev = 0
    for uid, rs in by_user.items():
        rs.sort(key=lambda r: r["snapshot_hour"])
        usual = [r["viewer_count"] for r in rs if not r["is_evasive_hop"]]
        for r in rs:
            if not r["is_evasive_hop"]:
                continue
            n_ev += 1
            where = f"evasive hop {r['user_login']} {r['snapshot_hour']}"
            i = hidx[r["snapshot_hour"]]
            if i < 2:
                err(f"{where}: before the third hour")
            earlier = [e for e in rs if e["snapshot_hour"] < r["snapshot_hour"] and not e["is_evasive_hop"]
                       and e["game_id"] and cat_avg[e["game_id"]] >= 5000]
            if len(earlier) < 2:
                err(f"{where}: fewer than 2 earlier hours in a category averaging >=5000 viewers")
            tot = cat_hour[(r["snapshot_hour"], r["game_id"])]
            if not r["game_id"] or tot <= 0 or r["viewer_count"] / tot < 0.9:
                err(f"{where}: holds less than 90% of its category's viewers")
            if not usual:
                err(f"{where}: no ordinary hours to compare with")
                continue
            med = statistics.median(usual)
            if not (0.75 * med <= r["viewer_count"] <= 1.25 * med):
                err(f"{where}: {r['viewer_count']} viewers vs usual median {med}")
    pos = [r for r in rows if r["is_violation"]]
    per_hour = collections.Counter(r["snapshot_hour"] for r in rows)
    print("rows per hour:", dict(sorted(per_hour.items())))
    print(f"rows {len(rows)}, positives {len(pos)} ({100 * len(pos) / max(1, len(rows)):.2f}%), evasive hop rows {n_ev}")
    print("positives by behaviour:", dict(collections.Counter(r["behaviour"] for r in pos).most_common()))
    print("positives by violation_type:", dict(collections.Counter(r["violation_type"] for r in pos).most_common()))
    if errors:
        print(f"{len(errors)} problem(s) found")
        return 1
    print("OK: all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))))
