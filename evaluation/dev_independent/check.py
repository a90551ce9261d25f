#!/usr/bin/env python3
"""Sanity checks for hours.jsonl.gz (reads only the generated file)."""
import collections
import gzip
import json
import os
import sys

PATH = os.path.join(os.path.dirname(os.path.abspath(__file__)), "hours.jsonl.gz")
FIELDS = ["snapshot_hour", "stream_id", "user_id", "user_login", "user_name", "game_id", "game_name", "title", "tags", "language", "viewer_count",
          "started_at", "broadcaster_type", "account_created_at", "content_classification_labels", "is_branded_content", "is_violation",
          "violation_type", "is_evasive_hop", "behaviour"]


def main():
    rows = []
    with gzip.open(PATH, "rt", encoding="utf-8") as fh:
        for ln, line in enumerate(fh, 1):
            x = json.loads(line)
            assert list(x.keys()) == FIELDS, (ln, list(x.keys()))
            rows.append(x)
    hours = sorted({x["snapshot_hour"] for x in rows})
    hidx = {h: i for i, h in enumerate(hours)}
    errs = []
    seen = set()
    sid_user = {}
    login_user = {}
    for x in rows:
        k = (x["snapshot_hour"], x["user_id"])
        if k in seen:
            errs.append("duplicate streamer-hour %s" % (k,))
        seen.add(k)
        if sid_user.setdefault(x["stream_id"], x["user_id"]) != x["user_id"]:
            errs.append("stream_id shared by two users %s" % x["stream_id"])
        if login_user.setdefault(x["user_login"], x["user_id"]) != x["user_id"]:
            errs.append("login shared %s" % x["user_login"])
        if x["user_login"] != x["user_login"].lower():
            errs.append("login not lowercase %s" % x["user_login"])
        if not (50000000 <= int(x["user_id"]) <= 59999999):
            errs.append("user_id range %s" % x["user_id"])
        if (x["game_id"] == "") != (x["game_name"] == ""):
            errs.append("game id/name mismatch")
        if x["violation_type"] not in ("film_tv", "live_sports", "ppv", "music", "none"):
            errs.append("bad violation_type")
        if (x["violation_type"] == "none") == x["is_violation"]:
            errs.append("violation_type/is_violation mismatch %s" % x["behaviour"])
        if x["is_evasive_hop"] and not x["is_violation"]:
            errs.append("evasive not violation")
        if x["broadcaster_type"] not in ("", "affiliate", "partner"):
            errs.append("btype")
        if not isinstance(x["viewer_count"], int) or x["viewer_count"] < 0:
            errs.append("viewers")
        end = x["snapshot_hour"][:11] + "%02d:59:59" % int(x["snapshot_hour"][11:13])
        if x["started_at"] > end:
            errs.append("started_at after hour end %s %s" % (x["started_at"], x["snapshot_hour"]))
        if x["account_created_at"] > x["started_at"]:
            errs.append("account created after stream start %s" % x["user_login"])
        if len(x["language"]) != 2:
            errs.append("language code %s" % x["language"])
    gid_name = {}
    for x in rows:
        if gid_name.setdefault(x["game_id"], x["game_name"]) != x["game_name"]:
            errs.append("game_id not stable %s" % x["game_id"])
    # stream_id: consecutive hours of one session
    by_sid = collections.defaultdict(list)
    for x in rows:
        by_sid[x["stream_id"]].append(hidx[x["snapshot_hour"]])
    for sid, hs in by_sid.items():
        hs.sort()
        if hs != list(range(hs[0], hs[0] + len(hs))):
            errs.append("session %s not contiguous %s" % (sid, hs))
        if len({x for x in hs}) != len(hs):
            errs.append("session repeated hour")

    # category totals per hour
    cat_tot = collections.defaultdict(int)
    for x in rows:
        cat_tot[(x["snapshot_hour"], x["game_id"])] += x["viewer_count"]
    by_user = collections.defaultdict(dict)
    for x in rows:
        by_user[x["user_id"]][hidx[x["snapshot_hour"]]] = x
    # category popularity = average total viewers over the set (for "popular" checks)
    cat_hours = collections.defaultdict(list)
    for (h, g), v in cat_tot.items():
        cat_hours[g].append(v)
    cat_avg = {g: sum(v) / len(hours) for g, v in cat_hours.items()}
    cat_rank = {g: i + 1 for i, (g, _) in enumerate(sorted(cat_avg.items(), key=lambda kv: -kv[1]))}

    # evasive hop checks
    eva = [x for x in rows if x["is_evasive_hop"]]
    eva_users = {x["user_id"] for x in eva}
    min_share = 1.0
    bad_eva = 0
    hop_hours = collections.Counter()
    for x in eva:
        h = hidx[x["snapshot_hour"]]
        hop_hours[h] += 1
        share = x["viewer_count"] / max(1, cat_tot[(x["snapshot_hour"], x["game_id"])])
        min_share = min(min_share, share)
        earlier = [by_user[x["user_id"]][k] for k in range(h) if k in by_user[x["user_id"]] and not by_user[x["user_id"]][k]["is_evasive_hop"]]
        if len(earlier) < 2 or h < 2:
            bad_eva += 1
            errs.append("evasive hop without >=2 earlier hours: %s h%d" % (x["user_login"], h))
            continue
        usual = collections.Counter(e["game_id"] for e in earlier).most_common(1)[0][0]
        usual_v = sum(e["viewer_count"] for e in earlier) / len(earlier)
        if cat_rank.get(usual, 999) > 25:
            errs.append("evasive usual category not popular %s (%s rank %d)" % (x["user_login"], usual, cat_rank.get(usual, 999)))
        if share < 0.9:
            errs.append("evasive share < 0.9: %s %.3f" % (x["user_login"], share))
        if not (0.7 <= x["viewer_count"] / max(1, usual_v) <= 1.3):
            errs.append("evasive audience not kept: %s %d vs %.0f" % (x["user_login"], x["viewer_count"], usual_v))
        if not (500 <= usual_v <= 25000):
            errs.append("evasive usual audience out of range %s %.0f" % (x["user_login"], usual_v))
        if cat_avg.get(x["game_id"], 0) > 40000:
            errs.append("evasive target popular")
    # output
    print("rows:", len(rows), " streamers:", len(by_user), " sessions:", len(by_sid), " categories seen:", len(gid_name))
    print("rows per hour:", [sum(1 for x in rows if x["snapshot_hour"] == h) for h in hours])
    pos = sum(x["is_violation"] for x in rows)
    print("positives: %d (%.2f%%), per hour: %s" % (pos, 100.0 * pos / len(rows), [sum(1 for x in rows if x["snapshot_hour"] == h and x["is_violation"]) for h in hours]))
    print("evasive hop stream-hours: %d from %d streamers; by hour index %s; min share of category %.3f" % (len(eva), len(eva_users), dict(sorted(hop_hours.items())), min_share))
    back = sum(1 for u in eva_users if any(not y["is_evasive_hop"] and k > min(kk for kk, yy in by_user[u].items() if yy["is_evasive_hop"]) for k, y in by_user[u].items()))
    print("evasive hoppers who hop back:", back)
    beh = collections.Counter(x["behaviour"] for x in rows)
    vt = collections.Counter((x["behaviour"], x["violation_type"]) for x in rows if x["is_violation"])
    print("\nbehaviour counts:")
    for b, n in beh.most_common():
        print("  %-32s %6d %s" % (b, n, "POS" if any(k[0] == b for k in vt) else ""))
    print("\nviolation types:", dict(collections.Counter(x["violation_type"] for x in rows if x["is_violation"])))
    lang = collections.Counter(x["language"] for x in rows)
    lang_pos = collections.Counter(x["language"] for x in rows if x["is_violation"])
    print("\nlanguages (rows / positives):")
    for l, n in lang.most_common():
        print("  %s %6d %4d" % (l, n, lang_pos.get(l, 0)))
    vc = sorted(x["viewer_count"] for x in rows)
    print("\nviewers: median %d, p90 %d, p99 %d, max %d; share 0-20: %.1f%%; >=10k rows: %d" % (
        vc[len(vc) // 2], vc[int(len(vc) * .9)], vc[int(len(vc) * .99)], vc[-1], 100.0 * sum(1 for v in vc if v <= 20) / len(vc), sum(1 for v in vc if v >= 10000)))
    # dead categories
    dead = [g for g, v in cat_avg.items() if v <= 30]
    print("categories with avg total <= 30 viewers/hour:", len(dead), "of", len(cat_avg))
    # tail categories ordinary-only totals
    ordtot = collections.defaultdict(int)
    for x in rows:
        if not x["is_violation"] and x["behaviour"] not in ("legit_hop", "viewbot_spike"):
            ordtot[(x["snapshot_hour"], x["game_id"])] += x["viewer_count"]
    worst = max((v, h, g) for (h, g), v in ordtot.items() if g in dead)
    print("dead categories (avg<=30): max ordinary-only total in any hour: %d (%s)" % (worst[0], gid_name[worst[2]]))
    print("evasive usual-category ranks:", sorted({cat_rank[collections.Counter(y["game_id"] for k, y in by_user[u].items() if not y["is_evasive_hop"]).most_common(1)[0][0]] for u in eva_users}))
    print("top categories by avg viewers:")
    for g, v in sorted(cat_avg.items(), key=lambda kv: -kv[1])[:12]:
        print("   %-40s %8.0f" % (gid_name[g] or "(uncategorised)", v))
    print("size: %.2f MB" % (os.path.getsize(PATH) / 1e6))
    print("\nERRORS: %d" % len(errs))
    for e in errs[:40]:
        print("  ", e)
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main())
