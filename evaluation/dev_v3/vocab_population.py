"""Population parameters for dev_v3: time-of-day audience trends, session shapes, account ages, user ids, broadcaster types."""

import math
from datetime import datetime, timedelta

import vocab_behaviours as B

HOURS = 6
T0 = datetime(2026, 11, 25, 14, 0, 0)
REGION = {"ja": "asia", "ko": "asia", "zh": "asia", "th": "sea", "vi": "sea", "id": "sea", "ms": "sea", "tl": "sea", "hi": "sea",
          "es": "amer", "pt": "amer", "en": "en"}
TREND = {"asia": [1.1, 1.0, 0.86, 0.72, 0.62, 0.55], "sea": [1.05, 1.05, 1.0, 0.9, 0.8, 0.7], "amer": [0.76, 0.83, 0.9, 1.0, 1.08, 1.15],
         "en": [0.8, 0.87, 0.94, 1.0, 1.05, 1.1], "eu": [0.85, 0.9, 0.97, 1.04, 1.1, 1.14]}
START_SHIFT = {"asia": -2.5, "sea": -1.5, "amer": 1.0, "en": 0.5, "eu": 0.0}
UID_ANCHORS = [(2009, 5e6), (2012, 3e7), (2015, 9e7), (2018, 2.2e8), (2020, 4.8e8), (2021, 6.4e8), (2022, 8.0e8), (2023, 9.2e8),
               (2024, 1.03e9), (2025, 1.15e9), (2026.9, 1.33e9)]


def region(lang):
    return REGION.get(lang, "eu")


def created_at(rng, med, pirate):
    if pirate and rng.random() < 0.55:
        return T0 - timedelta(days=rng.uniform(0.5, 90), seconds=rng.randint(0, 86399))
    year = rng.choices(range(2009, 2027), [1, 1, 2, 3, 3, 4, 4, 4, 5, 6, 9, 9, 7, 6, 6, 6, 6, 4])[0]
    if med > 1000 and year > 2021 and rng.random() < 0.6:
        year -= rng.randint(3, 10)
    d = datetime(year, 1, 1) + timedelta(days=rng.uniform(0, 364), seconds=rng.randint(0, 86399))
    return min(d, T0 - timedelta(days=1, seconds=rng.randint(0, 9999)))


def uid_for(rng, dt, used):
    y = dt.year + (dt.timetuple().tm_yday - 1) / 365.0
    for (y0, v0), (y1, v1) in zip(UID_ANCHORS, UID_ANCHORS[1:]):
        if y <= y1 or (y1, v1) == UID_ANCHORS[-1]:
            base = v0 + (v1 - v0) * max(0.0, min(1.0, (y - y0) / (y1 - y0)))
            break
    v = int(base) + rng.randint(0, 250000)
    while v in used:
        v += 1
    used.add(v)
    return str(v)


def btype(rng, med, beh):
    if beh in ("official_rights_holder", "esports_official"):
        return "partner"
    if B.SPEC_VT.get(beh) and beh != "evasive_hop":
        return rng.choices(["", "affiliate", "partner"], [6, 3.5, 0.2])[0]
    if med >= 1500:
        return rng.choices(["partner", "affiliate"], [85, 15])[0]
    if med >= 150:
        return rng.choices(["partner", "affiliate", ""], [25, 70, 5])[0]
    if med >= 5:
        return rng.choices(["affiliate", ""], [60, 40])[0]
    return rng.choices(["affiliate", ""], [20, 80])[0]


def normal_session(rng, lang, long=False):
    while True:
        if long:
            st, dur = rng.uniform(-30, 2.5), rng.uniform(12, 60)
        else:
            st = min(5.95, rng.uniform(-8, 6) + START_SHIFT[region(lang)])
            dur = rng.choices([0.75, 1, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10], [3, 6, 8, 10, 9, 9, 8, 6, 4, 2, 1])[0] * rng.uniform(0.85, 1.15)
        hrs = [h for h in range(HOURS) if st < h + 1 and st + dur > h]
        if hrs:
            return st, hrs


def viewers(rng, med, lang, h, ramp=1.0):
    f = TREND[region(lang)][h] * ramp
    if med < 8:
        return max(0, int(round(med * f + rng.choice([-2, -1, -1, 0, 0, 0, 0, 1, 1, 2]))))
    return max(0, int(round(med * f * math.exp(rng.gauss(0, 0.12)))))
