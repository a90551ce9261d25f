"""Sanity checks for helper_10h/hours.jsonl.gz (run after generate.py)."""
import gzip
import json
import os
import statistics
from collections import Counter, defaultdict

PATH = os.path.join(os.path.dirname(os.path.abspath(__file__)), "hours.jsonl.gz")
FIELDS = ["snapshot_hour", "stream_id", "user_id", "user_login", "user_name", "game_id", "game_name", "title", "tags",
          "language", "viewer_count", "started_at", "broadcaster_type", "account_created_at",
          "content_classification_labels", "is_branded_content", "is_violation", "violation_type", "is_evasive_hop",
          "behaviour"]
rows = [json.loads(l) for l in gzip.open(PATH, "rt", encoding="utf-8")]
hours = sorted({x["snapshot_hour"] for x in rows})
seen, sid_user, gname = set(), {}, {}
for x in rows:
    assert list(x) == FIELDS
    assert (x["violation_type"] == "none") == (not x["is_violation"])
    assert x["violation_type"] in ("film_tv", "live_sports", "ppv", "music", "none")
    assert not x["is_evasive_hop"] or x["is_violation"]
    assert 70000000 <= int(x["user_id"]) <= 79999999 and x["viewer_count"] >= 0
    assert x["user_login"] == x["user_login"].lower() and x["broadcaster_type"] in ("", "affiliate", "partner")
    assert (x["game_id"] == "") == (x["game_name"] == "")
    assert x["game_id"] == "" or (len(x["game_id"]) == 7 and x["game_id"].isdigit())
    assert gname.setdefault(x["game_id"], x["game_name"]) == x["game_name"]
    assert x["started_at"] <= x["snapshot_hour"][:14] + "59:59"
    assert x["account_created_at"] < x["started_at"]
    k = (x["snapshot_hour"], x["user_id"])
    assert k not in seen
    seen.add(k)
    assert sid_user.setdefault(x["stream_id"], x["user_id"]) == x["user_id"]
print("rows", len(rows), "hours", len(hours), "per hour", [sum(1 for x in rows if x["snapshot_hour"] == h) for h in hours])
pos = [x for x in rows if x["is_violation"]]
print("positives %d (%.2f%%)" % (len(pos), 100 * len(pos) / len(rows)), Counter(x["violation_type"] for x in pos))
tot = defaultdict(int)
for x in rows:
    tot[(x["snapshot_hour"], x["game_id"])] += x["viewer_count"]
# evasive hoppers: popular usual category earlier, >=90% share
by_user = defaultdict(list)
for x in rows:
    by_user[x["user_id"]].append(x)
ev = [x for x in rows if x["is_evasive_hop"]]
ev_users = {x["user_id"] for x in ev}
first_hop = {}
for x in ev:
    h = hours.index(x["snapshot_hour"])
    first_hop[x["user_id"]] = min(first_hop.get(x["user_id"], 99), h)
    assert x["viewer_count"] >= 0.9 * tot[(x["snapshot_hour"], x["game_id"])], x
cat_med = {}
for (h, g), v in tot.items():
    cat_med.setdefault(g, []).append(v)
shares, usual_pop = [], []
for u in ev_users:
    hist = [x for x in by_user[u] if hours.index(x["snapshot_hour"]) < first_hop[u]]
    usual = Counter(x["game_id"] for x in hist).most_common(1)[0][0]
    usual_pop.append(statistics.median(tot[(x["snapshot_hour"], usual)] for x in hist))
    assert len(hist) >= 2 and first_hop[u] >= 2
    assert min(x["viewer_count"] for x in hist) >= 400
for x in ev:
    shares.append(x["viewer_count"] / tot[(x["snapshot_hour"], x["game_id"])])
print("evasive rows %d streamers %d first-hop hours %s min share %.3f, usual-category median viewers min %d"
      % (len(ev), len(ev_users), dict(sorted(Counter(first_hop.values()).items())), min(shares), min(usual_pop)))
# dead categories: categories that never exceed 30 viewers
peak = {g: max(v) for g, v in cat_med.items()}
print("categories seen", len(peak), "with peak <= 30 viewers:", sum(1 for v in peak.values() if v <= 30))
vc = sorted(x["viewer_count"] for x in rows)
print("viewers: median %d, p90 %d, p99 %d, max %d, >=10k rows %d" % (vc[len(vc) // 2], vc[int(.9 * len(vc))],
      vc[int(.99 * len(vc))], vc[-1], sum(v >= 10000 for v in vc)))
print("behaviours", dict(Counter(x["behaviour"] for x in rows).most_common()))
print("positive behaviours", dict(Counter(x["behaviour"] for x in pos).most_common()))
print("languages", dict(Counter(x["language"] for x in rows).most_common()))
print("positive languages", dict(Counter(x["language"] for x in pos).most_common()))
print("size MB %.2f" % (os.path.getsize(PATH) / 1e6))
