"""Sanity checks on hours.jsonl.gz (run after generate.py)."""
import collections
import gzip
import json
import os

PATH = os.path.join(os.path.dirname(os.path.abspath(__file__)), "hours.jsonl.gz")
FIELDS = ["snapshot_hour", "stream_id", "user_id", "user_login", "user_name", "game_id", "game_name", "title", "tags",
          "language", "viewer_count", "started_at", "broadcaster_type", "account_created_at",
          "content_classification_labels", "is_branded_content", "is_violation", "violation_type", "is_evasive_hop",
          "behaviour"]

rows = [json.loads(l) for l in gzip.open(PATH, "rt", encoding="utf-8")]
for x in rows:
    assert list(x) == FIELDS, x
    assert (x["violation_type"] == "none") == (not x["is_violation"])
    assert not x["is_evasive_hop"] or x["is_violation"]
    assert x["viewer_count"] >= 0 and x["user_id"].isdigit() and 70000000 <= int(x["user_id"]) <= 79999999
    assert x["game_id"] == "" or (len(x["game_id"]) == 7 and x["game_id"].isdigit())
    assert x["started_at"] < x["snapshot_hour"][:11] + "%02d:59:59" % (int(x["snapshot_hour"][11:13]))
hours = sorted({x["snapshot_hour"] for x in rows})
per_hour = collections.Counter(x["snapshot_hour"] for x in rows)
print("rows", len(rows), "hours", len(hours))
for h in hours:
    print(" ", h, per_hour[h])
assert len({(x["snapshot_hour"], x["user_id"]) for x in rows}) == len(rows), "streamer twice in an hour"
sid_user = {}
for x in rows:
    assert sid_user.setdefault(x["stream_id"], x["user_id"]) == x["user_id"]
gid_name = {}
for x in rows:
    assert gid_name.setdefault(x["game_id"], x["game_name"]) == x["game_name"]
print("categories seen", len(gid_name))
beh = collections.Counter(x["behaviour"] for x in rows)
print("behaviour:", dict(sorted(beh.items(), key=lambda kv: -kv[1])))
print("lang:", dict(collections.Counter(x["language"] for x in rows).most_common()))
pos = [x for x in rows if x["is_violation"]]
print("positives %d (%.2f%%)" % (len(pos), 100.0 * len(pos) / len(rows)))
print("vtype:", dict(collections.Counter(x["violation_type"] for x in pos)))
print("positive langs:", dict(collections.Counter(x["language"] for x in pos).most_common()))

# evasive hops: popular usual category earlier, >= 90% of new category's viewers
cat_tot = collections.Counter()
cat_streams = collections.Counter()
for x in rows:
    cat_tot[(x["snapshot_hour"], x["game_id"])] += x["viewer_count"]
    cat_streams[x["game_id"]] += 1
by_user = collections.defaultdict(list)
for x in rows:
    by_user[x["user_id"]].append(x)
ev = [x for x in rows if x["is_evasive_hop"]]
ev_users = {x["user_id"] for x in ev}
print("evasive stream-hours", len(ev), "streamers", len(ev_users),
      "hop hours", dict(collections.Counter(x["snapshot_hour"][11:13] for x in ev)))
bad = 0
for x in ev:
    share = x["viewer_count"] / max(1, cat_tot[(x["snapshot_hour"], x["game_id"])])
    earlier = [y for y in by_user[x["user_id"]] if y["snapshot_hour"] < x["snapshot_hour"] and not y["is_evasive_hop"]]
    usual = collections.Counter(y["game_name"] for y in earlier).most_common(1)[0][0]
    usual_v = sorted(y["viewer_count"] for y in earlier)[len(earlier) // 2]
    popular = sum(v for (hh, g), v in cat_tot.items() if g == earlier[0]["game_id"]) / len(hours)
    if share < 0.9 or len(earlier) < 2 or popular < 5000 or not (0.75 <= x["viewer_count"] / usual_v <= 1.25):
        bad += 1
        print("  BAD", x["user_id"], x["snapshot_hour"], usual, round(share, 3), x["viewer_count"], usual_v, popular)
back = sum(1 for u in ev_users if by_user[u][-1]["behaviour"] == "hop_back_ordinary")
print("evasive bad", bad, "hop back streamers", back)
assert bad == 0 and len(ev) >= 40 and len(ev_users) >= 20
assert min(x["snapshot_hour"] for x in ev) >= hours[2]
v = sorted(x["viewer_count"] for x in rows)
print("viewers p50 %d p90 %d p99 %d max %d; >=10k: %d" % (v[len(v) // 2], v[int(.9 * len(v))], v[int(.99 * len(v))],
                                                         v[-1], sum(1 for a in v if a >= 10000)))
print("OK")
