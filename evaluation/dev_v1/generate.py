"""frozen_v1: 8 simulated Twitch hours (2026-10-14T06..13 UTC), labelled for rights-risk scoring.

Run `python3 generate.py` to (re)write hours.jsonl.gz deterministically (seed 90210).
"""
import datetime as dt
import gzip
import json
import math
import os
import random

import population as P
import roles as R
import titles as T
from vocab_categories import CATEGORIES
from vocab_common import ESPORTS

SEED = 90210
N_CORE, N_CASUAL = 5700, 10600
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "hours.jsonl.gz")
H, T0 = P.H, P.T0


def build_ordinary(r, ids):
    people = []
    for i in range(N_CORE + N_CASUAL):
        s = P.new_streamer(r, ids.uid())
        young = s["base"] < 10 and r.random() < 0.3
        P.finish_identity(r, s, "young" if young else "normal")
        s["sessions"] = P.schedule(r, s, i < N_CORE)
        if not s["sessions"]:
            continue
        P.pick_alts(r, s)
        P.ordinary_plan(r, s)
        if not s["hours"]:
            continue
        s["branded"] = s["base"] > 50 and r.random() < 0.02
        people.append(s)
    return people


def set_kind(s, kind, beh, home_only=False):
    for h, sg in s["hours"].items():
        if not home_only or sg["cat"] is s["cat"]:
            sg["kind"], sg["beh"] = kind, beh


def flavour(r, people):
    """Hard-negative ordinary behaviours on top of the plain population."""
    small = [c for c in CATEGORIES if c["tier"] in ("small", "tail")]
    for s in people:
        cat, u = s["cat"], r.random()
        hrs = sorted(s["hours"])
        name = cat["name"]
        if cat["kind"] == "music" and u < 0.22:
            s["sessions"] = [R.one_session(r, 0, H - 1, back_hours=r.randint(1, 30))]
            s["hours"] = {h: R.seg(0, cat, "radio", "music_247_radio") for h in range(H)}
        elif "h" in cat["flags"] and u < 0.18:
            set_kind(s, "ingame_movie", "ingame_movie_night", True)
        elif cat["kind"] == "jc" and u < 0.08:
            set_kind(s, "reaction", "reaction_no_footage")
        elif name in ESPORTS and s["base"] >= 60 and u < 0.06:
            set_kind(s, "watchparty", "esports_watch_party", True)
        elif s["base"] >= 20 and u < 0.004:
            set_kind(s, "charity", "charity_marathon")
        elif s["base"] >= 30 and u < 0.009:
            set_kind(s, "subathon", "subathon")
        elif s["base"] >= 15 and len(hrs) >= 3 and u < 0.03:
            h0 = r.choice(hrs[1:])
            tgt = r.choice(small)
            first = True
            for h in hrs:
                sg = s["hours"][h]
                if h >= h0 and sg["sess"] == s["hours"][h0]["sess"]:
                    kind = "hop" if first or r.random() < 0.5 else P.title_kind(r, tgt, s["persona"])
                    s["hours"][h] = R.seg(sg["sess"], tgt, kind, "legit_hop", vmult=r.uniform(0.3, 0.75))
                    s["hours"][h]["prev"] = cat
                    first = False
        elif 2 <= s["base"] <= 60 and u < 0.037:
            h = r.choice(hrs)
            s["hours"][h]["vfix"] = s["base"] * r.uniform(15, 80) + r.randint(50, 400)
            s["hours"][h]["beh"] = "viewbot_spike"


def viewers(r, s, h, sg, started):
    if sg.get("vfix") is not None:
        return int(sg["vfix"] * r.uniform(0.95, 1.05))
    act = P.local_act(s["lang"], h)
    b = s["base"] * sg["vmult"] * ((0.92 + 0.12 * act) if s["base"] >= 300 else (0.82 + 0.3 * act))
    if started > T0 + dt.timedelta(hours=h) - dt.timedelta(minutes=20):
        b *= r.uniform(0.55, 0.9)
    if b < 25:
        return max(0, int(round(b + r.gauss(0, math.sqrt(b + 0.5) * 0.8))))
    return int(round(b * r.lognormvariate(0, 0.06 if s["base"] >= 300 else 0.1)))


def render_title(r, s, h, sg, memo):
    if sg["title"] is not None:
        return sg["title"]
    key = (sg["sess"], sg["cat"]["name"] if sg["cat"] else "", sg["kind"])
    if memo.get("key") == key and r.random() > s["style"]["change"]:
        return memo["title"]
    if sg["kind"] == "placeholder":
        t = T.placeholder_title(r, s["lang"])
    else:
        t = T.ordinary_title(r, s["lang"], sg["kind"], sg["cat"], s["style"], prev=sg.get("prev"))
    memo.update(key=key, title=t)
    return t


def iso(d):
    return d.strftime("%Y-%m-%dT%H:%M:%S")


def rows_for(r, everyone, ids):
    for s in everyone:
        s["sids"] = [ids.sid() for _ in s["sessions"]]
        s["memo"] = {}
    for h in range(H):
        snap = iso(T0 + dt.timedelta(hours=h))
        rows = []
        for s in everyone:
            sg = s["hours"].get(h)
            if sg is None:
                continue
            started = s["sessions"][sg["sess"]][2]
            cat = sg["cat"]
            ccl = list(s["ccl"])
            if cat and "m" in cat["flags"] and "MatureGame" not in ccl:
                ccl.append("MatureGame")
            rows.append(dict(
                snapshot_hour=snap, stream_id=s["sids"][sg["sess"]], user_id=s["uid"], user_login=s["login"].lower(),
                user_name=s["name"], game_id=cat["game_id"] if cat else "", game_name=cat["name"] if cat else "",
                title=render_title(r, s, h, sg, s["memo"]), tags=list(s["tags"]), language=s["lang"],
                viewer_count=viewers(r, s, h, sg, started), started_at=iso(started), broadcaster_type=s["btype"],
                account_created_at=iso(s["created"]), content_classification_labels=ccl,
                is_branded_content=bool(s.get("branded", False)), is_violation=sg["viol"], violation_type=sg["vtype"],
                is_evasive_hop=sg["evasive"], behaviour=sg["beh"]))
        rows.sort(key=lambda x: (-x["viewer_count"], x["user_id"]))
        yield from rows


def main():
    r = random.Random(SEED)
    ids = R.Ids(r)
    people = build_ordinary(r, ids)
    flavour(r, people)
    official = R.add_officials(r, ids)
    used = {sg["cat"]["name"] for s in people + official for sg in s["hours"].values() if sg["cat"]}
    targets = R.free_tail(used, r, 64, prefer_franchise=12)
    hoppers = R.add_infringer_hops(r, ids, 30, targets)
    evasive = R.add_evasive(r, ids, 34, targets)
    pirates = R.add_infringers(r, ids, 175, 45)
    everyone = people + official + pirates + hoppers + evasive
    for s in everyone:
        s.setdefault("branded", False)
    logins = set()
    for s in everyone:
        while s["login"].lower() in logins:
            s["login"] = (s["login"][:21] + str(r.randint(10, 9999)))[:25]
        logins.add(s["login"].lower())
    with open(OUT, "wb") as fh, gzip.GzipFile(filename="", mode="wb", fileobj=fh, mtime=0) as gz:
        n = 0
        for row in rows_for(r, everyone, ids):
            gz.write((json.dumps(row, ensure_ascii=False) + "\n").encode("utf-8"))
            n += 1
    print("wrote %d rows to %s" % (n, OUT))


if __name__ == "__main__":
    main()
