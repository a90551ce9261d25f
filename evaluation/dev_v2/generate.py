"""Generate hours.jsonl.gz: 10 simulated Twitch hours (2026-10-14 06:00-15:00 UTC), labelled.

Deterministic: `python3 generate.py` rewrites the identical file (seed 90210). Self-contained: imports only
the modules in this folder (stdlib only).
"""
import datetime as dt
import gzip
import io
import json
import math
import os
import random
import sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import behaviours_ordinary as BO  # noqa: E402
import behaviours_pirate as BP  # noqa: E402
import piracy  # noqa: E402
import population as P  # noqa: E402
import titles  # noqa: E402

SEED = 90210
N_CORE, N_CASUAL = 8300, 12000
OUT = os.path.join(HERE, "hours.jsonl.gz")


def iso(d):
    return d.strftime("%Y-%m-%dT%H:%M:%S")


def build(r):
    ctx = {"r": r, "streamers": [], "reserve": {}, "uids": iter(r.sample(range(70_000_000, 80_000_000), 40_000))}
    for i in range(N_CORE + N_CASUAL):
        s = P.new_streamer(r, next(ctx["uids"]))
        core = i < N_CORE
        s["role"] = "core" if core else "casual"
        s["sessions"] = P.schedule(r, s, core)
        P.pick_alts(r, s)
        P.ordinary_plan(r, s)
        ctx["streamers"].append(s)
    BO.apply_ordinary_specials(ctx)
    BP.apply_pirates(ctx)
    for s in ctx["streamers"]:
        P.finish_identity(r, s)
    return ctx


def normalise_sessions(s):
    """started_at per session actually on air; clamp so started_at <= end of its first snapshot hour."""
    out = {}
    for si, sess in enumerate(s["sessions"]):
        hs = [h for h, g in s["hours"].items() if g["sess"] == si]
        if not hs:
            continue
        started = sess[2]
        if started > P.T0 + dt.timedelta(hours=min(hs), minutes=59):
            started = P.T0 + dt.timedelta(hours=min(hs), minutes=5)
        out[si] = started
    s["starts"] = out


def poisson(r, lam):
    L, k, p = math.exp(-lam), 0, 1.0
    while True:
        p *= r.random()
        if p <= L:
            return k
        k += 1


def viewers(r, s, h, g, drift):
    if g["vfix"] is not None:
        return max(0, int(g["vfix"]))
    base = s["base"] * g["vmult"] * drift
    if not s.get("stable"):
        base *= 0.85 + 0.3 * P.local_act(s["lang"], h)
    if base < 30:
        return poisson(r, max(base, 0.0))
    return int(round(base * r.lognormvariate(0, 0.035 if s.get("stable") else 0.1)))


def render_titles(r, s):
    prev = None
    for h in sorted(s["hours"]):
        g = s["hours"][h]
        same = prev is not None and h - 1 in s["hours"] and prev["sess"] == g["sess"] and prev["cat"] is g["cat"] \
            and prev["kind"] == g["kind"] and prev.get("work") == g.get("work")
        if g["title"] is not None:
            pass
        elif g["viol"] and g["kind"] == "pirate":
            if same and r.random() < 0.6:
                g["title"], g["vtype"] = prev["title"], prev["vtype"]
            else:
                g["title"], g["vtype"], _ = piracy.pirate_title(r, s["lang"], g["ptype"], g.get("hard"), g.get("work"))
        elif g["kind"] == "placeholder":
            g["title"] = prev["title"] if same and r.random() < 0.7 else titles.placeholder_title(r, s["lang"])
        elif same and r.random() > s["style"]["change"]:
            g["title"] = prev["title"]
        else:
            g["title"] = titles.ordinary_title(r, s["lang"], g["kind"], g["cat"], s["style"], g.get("prev"))
        prev = g


def make_rows(r, ctx):
    streamers = ctx["streamers"]
    keys = []
    for s in streamers:
        normalise_sessions(s)
        keys += [(st, s["uid"], si) for si, st in s["starts"].items()]
    keys.sort()
    sid, ids = 316_204_000_000, {}
    for st, uid, si in keys:
        sid += r.randint(3, 40)
        ids[(uid, si)] = str(sid)
    rows = []
    for s in streamers:
        render_titles(r, s)
        first = min(s["starts"].values()) if s["starts"] else None
        if first is not None and s["created"] >= first:
            s["created"] = (first - dt.timedelta(hours=r.uniform(0.2, 20))).replace(microsecond=0)
        mature = r.random() < 0.85
        drifts = {si: (1.0 if s.get("stable") else r.lognormvariate(0, 0.12)) for si in s["starts"]}
        branded = {si: (s["btype"] != "" and r.random() < 0.012) for si in s["starts"]}
        for h in sorted(s["hours"]):
            g = s["hours"][h]
            cat = g["cat"]
            ccl = list(s["ccl"])
            if cat and "m" in cat["flags"] and mature and "MatureGame" not in ccl:
                ccl.insert(0, "MatureGame")
            rows.append({
                "snapshot_hour": iso(P.T0 + dt.timedelta(hours=h)), "stream_id": ids[(s["uid"], g["sess"])],
                "user_id": s["uid"], "user_login": s["login"].lower(), "user_name": s["name"],
                "game_id": cat["game_id"] if cat else "", "game_name": cat["name"] if cat else "",
                "title": g["title"], "tags": list(s["tags"]), "language": s["lang"],
                "viewer_count": viewers(r, s, h, g, drifts[g["sess"]]), "started_at": iso(s["starts"][g["sess"]]),
                "broadcaster_type": s["btype"], "account_created_at": iso(s["created"]),
                "content_classification_labels": ccl,
                "is_branded_content": bool(branded[g["sess"]] or "#ad" in g["title"]),
                "is_violation": bool(g["viol"]), "violation_type": g["vtype"] if g["viol"] else "none",
                "is_evasive_hop": bool(g["evasive"]), "behaviour": g["beh"],
            })
    return rows


def check_evasive(rows):
    tot = defaultdict(int)
    for x in rows:
        tot[(x["snapshot_hour"], x["game_id"])] += x["viewer_count"]
    return [x for x in rows if x["is_evasive_hop"] and x["viewer_count"] < 0.9 * tot[(x["snapshot_hour"], x["game_id"])]]


def write(rows):
    rows.sort(key=lambda x: (x["snapshot_hour"], -x["viewer_count"], x["user_id"]))
    buf = io.BytesIO()
    with gzip.GzipFile(filename="", mode="wb", fileobj=buf, mtime=0, compresslevel=9) as gz:
        for x in rows:
            gz.write((json.dumps(x, ensure_ascii=False, separators=(",", ":")) + "\n").encode("utf-8"))
    with open(OUT, "wb") as f:
        f.write(buf.getvalue())


def main():
    r = random.Random(SEED)
    rows = make_rows(r, build(r))
    bad = check_evasive(rows)
    if bad:
        raise SystemExit("evasive share check failed for %d rows" % len(bad))
    write(rows)
    print("rows", len(rows), dict(sorted(Counter(x["snapshot_hour"][11:13] for x in rows).items())))
    print("positives", sum(x["is_violation"] for x in rows), "evasive", sum(x["is_evasive_hop"] for x in rows))
    for b, n in Counter(x["behaviour"] for x in rows).most_common():
        print("  %-28s %d" % (b, n))


if __name__ == "__main__":
    main()
