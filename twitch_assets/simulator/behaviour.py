"""What each live stream does in an hour, and the ground truth about it.

Decisions are hashed from (streamer, session day), so a streamer who switches or hops does so for a
stretch of consecutive hours, and neighbouring hours agree. Throwaway "burner" accounts are made per
day: days old, they simulcast sports and fights to a big audience, often under a vague title.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from . import titles as T
from .catalog import (
    CATEGORY_KIND, CATEGORY_TIER, CATEGORY_WEIGHTS, DJS, ESPORTS_GAME, EVENTS, GAMBLING, IRL, LANGUAGE_INDEX, MUSIC,
    NO_CATEGORY, OBSCURE_CATEGORIES, PODCAST, POPULAR, SMALL_CATEGORIES, SPORTS, SPORTS_GAME, category_named,
)
from .hashing import integers, uniform, weighted_choice
from .pool import (
    BURNER, CATEGORY_PIRATE, HOPPER, HOPPER_LEVEL, OFFICIAL, POPULAR_PIRATE, REGULAR, SKIP_DAY_RATE, Pool,
)

# Behaviours in the ground truth.
NORMAL = "normal"
LEGIT_SWITCH = "legit_switch"
LEGIT_SMALL_GAME = "legit_small_game"
HOPPER_PIRATE = "hopper_pirate"
CATEGORY_PIRATE_PIRACY = "category_pirate"
POPULAR_PIRATE_PIRACY = "popular_pirate"
BURNER_PIRATE = "burner_pirate"
HN_SPORTS_GAME = "hard_negative_sports_game"
HN_REACTION = "hard_negative_reaction"
HN_PODCAST = "hard_negative_podcast"
HN_CHARITY = "hard_negative_charity"
HN_COSTREAM = "hard_negative_costream"
HN_DJ = "hard_negative_dj"
HN_VIEWBOT = "hard_negative_viewbot"
BEHAVIOURS = (
    NORMAL, LEGIT_SWITCH, LEGIT_SMALL_GAME, HOPPER_PIRATE, CATEGORY_PIRATE_PIRACY, POPULAR_PIRATE_PIRACY, BURNER_PIRATE,
    HN_SPORTS_GAME, HN_REACTION, HN_PODCAST, HN_CHARITY, HN_COSTREAM, HN_DJ, HN_VIEWBOT,
)
VIOLATION_OF_CONTENT = {T.FILM: "film_tv", T.TV: "film_tv", T.LIVE_SPORTS: "live_sports", T.PPV: "ppv",
                        T.MUSIC: "music"}
VIOLATION_TYPES = ("film_tv", "live_sports", "ppv", "music", "none")

HOP_SESSION_RATE = 0.5  # share of a hopper's sessions with a hop
SWITCH_RATE = 0.06
SMALL_GAME_RATE, SMALL_GAME_RATE_BIG = 0.03, 0.08
CHARITY_RATE = 0.008
LAZY_TITLE_RATE = 0.03
VIEWBOT_RATE = 0.002
BURNERS_PER_STREAM_DAY = 0.004
BURNER_STRIDE = 4096  # a burner's number is day * BURNER_STRIDE + j


@dataclass
class LiveSet:
    """Per-stream working arrays of one hour while it is assembled."""

    number: np.ndarray  # pool number, or burner number for burners
    is_burner: np.ndarray
    session_day: np.ndarray
    session_start: np.ndarray  # hour index the session began
    duration: np.ndarray  # hours the session lasts
    language: np.ndarray
    category: np.ndarray
    usual: np.ndarray
    level: np.ndarray
    role: np.ndarray
    behaviour: np.ndarray
    title_kind: np.ndarray
    content: np.ndarray  # infringing content kind, "" when clean
    title_style: np.ndarray  # explicit / vague / injected for infringing streams, "" when clean
    key: np.ndarray  # entity_key of each stream's streamer

    def session_uniform(self, seed: int, salt: str) -> np.ndarray:
        return uniform(seed, salt, self.key, self.session_day)

    def session_integers(self, seed: int, salt: str, high) -> np.ndarray:
        return integers(seed, salt, high, self.key, self.session_day)


def entity_key(numbers: np.ndarray, is_burner: np.ndarray) -> np.ndarray:
    """A per-streamer hashing key that cannot collide between pool streamers and burners."""
    return np.where(is_burner, numbers + (1 << 40), numbers)


def _regular_live(pool: Pool, seed: int, h: int, wanted: int) -> np.ndarray:
    """Pool numbers live at hour h: in their block, not on a day off, the top ``wanted`` by priority."""
    offset = (h - pool.start_hour) % 24
    in_block = offset < pool.duration
    session_day = (h - offset) // 24
    live = in_block & (uniform(seed, "skip_day", np.arange(pool.size), session_day) >= SKIP_DAY_RATE)
    live |= in_block & (pool.role == OFFICIAL)  # rights holders keep their schedule
    candidates = np.flatnonzero(live)
    if wanted == 0:
        return candidates[:0]
    if len(candidates) > wanted:
        priority = uniform(seed, "priority", candidates, session_day[candidates])
        priority[pool.role[candidates] == OFFICIAL] = 2.0
        candidates = np.sort(candidates[np.argpartition(-priority, wanted - 1)[:wanted]])
    return candidates


def burners_per_day(streams_per_hour: int) -> int:
    return min(BURNER_STRIDE, max(2, round(streams_per_hour * BURNERS_PER_STREAM_DAY)))


def _burners_live(seed: int, h: int, streams_per_hour: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Burner numbers, session start hours and durations of the throwaway accounts live at hour h."""
    per_day = burners_per_day(streams_per_hour)
    days = np.repeat([h // 24 - 1, h // 24], per_day)
    numbers = days * BURNER_STRIDE + np.tile(np.arange(per_day), 2)
    start = days * 24 + 12 + integers(seed, "burner/start", 12, numbers)  # evening events
    duration = 2 + integers(seed, "burner/duration", 3, numbers)
    live = np.flatnonzero((start <= h) & (h < start + duration))[:streams_per_hour]
    return numbers[live], start[live], duration[live]


def _live_set(pool: Pool, seed: int, h: int, streams_per_hour: int) -> LiveSet:
    burners, burner_start, burner_duration = _burners_live(seed, h, streams_per_hour)
    regular = _regular_live(pool, seed, h, max(0, streams_per_hour - len(burners)))
    n_regular, n = len(regular), len(regular) + len(burners)
    session_start = np.concatenate([h - (h - pool.start_hour[regular]) % 24, burner_start])
    usual = np.concatenate([pool.usual_category[regular], np.full(len(burners), NO_CATEGORY)])
    number, is_burner = np.concatenate([regular, burners]), np.arange(n) >= n_regular
    return LiveSet(
        number=number,
        is_burner=is_burner,
        session_day=session_start // 24,
        session_start=session_start,
        duration=np.concatenate([pool.duration[regular], burner_duration]),
        language=np.concatenate([pool.language[regular], np.full(len(burners), LANGUAGE_INDEX["en"])]),
        category=usual.copy(),
        usual=usual,
        level=np.concatenate([pool.level[regular], np.zeros(len(burners))]),
        role=np.concatenate([pool.role[regular], np.full(len(burners), BURNER, dtype=np.int8)]),
        behaviour=np.full(n, NORMAL, dtype=object),
        title_kind=np.full(n, T.NORMAL, dtype=object),
        content=np.full(n, "", dtype=object),
        title_style=np.full(n, "", dtype=object),
        key=entity_key(number, is_burner),
    )


def _label(live: LiveSet, mask: np.ndarray, behaviour: str, title_kind: str) -> None:
    live.behaviour[mask] = behaviour
    live.title_kind[mask] = title_kind


def _clean_titles(live: LiveSet, seed: int) -> None:
    """Clean streams: the title kind follows the category, and some of them are hard negatives."""
    kind = np.where(live.category >= 0, CATEGORY_KIND[np.maximum(live.category, 0)], IRL)
    clean = live.behaviour == NORMAL
    talk = np.isin(kind, [IRL, SPORTS, PODCAST, EVENTS, GAMBLING])
    live.title_kind[clean] = np.where(talk, T.CHAT, np.where(kind == MUSIC, T.LIVE_MUSIC, T.NORMAL))[clean]
    u = live.session_uniform(seed, "title_kind")
    rules = [  # (category kind, slice of u, behaviour, title kind)
        (SPORTS_GAME, (0.0, 0.65), HN_SPORTS_GAME, T.SPORTS_GAME_MATCH),
        (IRL, (0.0, 0.10), HN_REACTION, T.REACTION),
        (IRL, (0.10, 0.16), HN_PODCAST, T.PODCAST_EPISODE),
        (SPORTS, (0.0, 0.50), HN_REACTION, T.REACTION),
        (PODCAST, (0.0, 0.80), HN_PODCAST, T.PODCAST_EPISODE),
        (DJS, (0.0, 1.0), HN_DJ, T.DJ_SET),
        (ESPORTS_GAME, (0.0, 0.05), HN_COSTREAM, T.ESPORTS_WATCH_PARTY),
    ]
    for category_kind, (low, high), behaviour, title_kind in rules:
        _label(live, clean & (kind == category_kind) & (u >= low) & (u < high), behaviour, title_kind)
    # Lazy titles ("Untitled", "live") are common on clean streams too, not a pirate's mark.
    lazy = (live.behaviour == NORMAL) & (live.session_uniform(seed, "title/lazy") < LAZY_TITLE_RATE)
    live.title_kind[lazy] = T.VAGUE


def _infringe(live: LiveSet, seed: int, mask: np.ndarray, behaviour: str, vague_rate: float,
              injected_rate: float) -> None:
    """Mark ``mask`` as infringing its ``content``; some titles are vague, some address the moderators."""
    live.behaviour[mask] = behaviour
    u = live.session_uniform(seed, "title_style")
    style = np.where(u < vague_rate, "vague", np.where(u < vague_rate + injected_rate, "injected", "explicit"))
    live.title_style[mask] = style[mask]
    live.title_kind[mask] = np.where(style == "vague", T.VAGUE, live.content)[mask]


def _hijacked_categories(seed: int, live: LiveSet) -> np.ndarray:
    """Per stream, one of the three obscure categories pirates crowd into that day (the Artifact pattern)."""
    slot = live.session_integers(seed, "hijack/slot", 3)
    return OBSCURE_CATEGORIES[integers(seed, "hijack/category", len(OBSCURE_CATEGORIES), live.session_day, slot)]


def _random_obscure(seed: int, live: LiveSet) -> np.ndarray:
    return OBSCURE_CATEGORIES[live.session_integers(seed, "obscure", len(OBSCURE_CATEGORIES))]


def _regular_sessions(live: LiveSet, seed: int, h: int) -> None:
    """Switches to popular or small games part-way through a session, charity marathons, viewbots."""
    regular = live.role == REGULAR
    hours_in = h - live.session_start
    # A switch happens after the first hour when the session is longer than one hour.
    switch_at = live.session_integers(seed, "switch/at", np.maximum(live.duration - 1, 1)) + (live.duration > 1)
    switched = regular & (hours_in >= switch_at)
    u = live.session_uniform(seed, "session/decision")
    small_rate = np.where(live.level >= HOPPER_LEVEL, SMALL_GAME_RATE_BIG, SMALL_GAME_RATE)
    to_popular = switched & (u < SWITCH_RATE) & (live.usual >= 0)
    to_small = switched & (u >= SWITCH_RATE) & (u < SWITCH_RATE + small_rate)

    popular = np.flatnonzero(CATEGORY_TIER == POPULAR)
    target = popular[weighted_choice(live.session_uniform(seed, "switch/target"), CATEGORY_WEIGHTS[popular])]
    same = target == live.usual
    target[same] = popular[(np.searchsorted(popular, target[same]) + 1) % len(popular)]
    live.category[to_popular] = target[to_popular]
    small = SMALL_CATEGORIES[live.session_integers(seed, "switch/small", len(SMALL_CATEGORIES))]
    live.category[to_small] = small[to_small]

    u_extra = live.session_uniform(seed, "session/extra")
    unswitched = regular & ~to_popular & ~to_small
    charity = unswitched & (u_extra < CHARITY_RATE)
    viewbot = unswitched & (live.level < 5) & (u_extra > 1 - VIEWBOT_RATE)
    live.level[viewbot] = 200 + 2000 * live.session_uniform(seed, "viewbot/level")[viewbot]

    _clean_titles(live, seed)
    switched_kind = CATEGORY_KIND[np.maximum(live.category, 0)]
    _label(live, to_popular, LEGIT_SWITCH, T.NORMAL)
    live.title_kind[to_popular & np.isin(switched_kind, [IRL, PODCAST, SPORTS, EVENTS, GAMBLING])] = T.CHAT
    live.title_kind[to_popular & (switched_kind == MUSIC)] = T.LIVE_MUSIC
    _label(live, to_small, LEGIT_SMALL_GAME, T.SMALL_GAME)
    _label(live, charity, HN_CHARITY, T.CHARITY)
    live.behaviour[viewbot] = HN_VIEWBOT  # an inflated audience, not a copyright problem


def _hops(live: LiveSet, seed: int, h: int) -> None:
    """Some hopper sessions carry their audience into an obscure category for one to four hours."""
    hours_in = h - live.session_start
    hop_from = live.session_integers(seed, "hop/from", np.maximum(live.duration, 1))
    hop_length = 1 + live.session_integers(seed, "hop/length", 4)
    hopping = (live.role == HOPPER) & (live.session_uniform(seed, "hop/session") < HOP_SESSION_RATE)
    hopping &= (hours_in >= hop_from) & (hours_in < hop_from + hop_length)
    into_hijacked = live.session_uniform(seed, "hop/hijacked") < 0.4
    destination = np.where(into_hijacked, _hijacked_categories(seed, live), _random_obscure(seed, live))
    live.category[hopping] = destination[hopping]
    live.level[hopping] *= (0.3 + 0.5 * live.session_uniform(seed, "hop/audience"))[hopping]
    contents = np.array([T.FILM, T.TV, T.FILM, T.LIVE_SPORTS, T.PPV])
    live.content[hopping] = contents[live.session_integers(seed, "hop/content", len(contents))][hopping]
    _infringe(live, seed, hopping, HOPPER_PIRATE, vague_rate=0.2, injected_rate=0.05)


def _pirates(live: LiveSet, pool: Pool, seed: int) -> None:
    """24/7 rebroadcasters in popular categories, and crowds in the day's hijacked categories."""
    pool_number = np.where(live.is_burner, 0, live.number)
    content = np.array(T.INFRINGING_KINDS)[pool.pirate_content[pool_number]]
    for role, behaviour in ((POPULAR_PIRATE, POPULAR_PIRATE_PIRACY), (CATEGORY_PIRATE, CATEGORY_PIRATE_PIRACY)):
        members = live.role == role
        live.content[members] = content[members]
        _infringe(live, seed, members, behaviour, vague_rate=0.2, injected_rate=0.08)
    crowd = live.role == CATEGORY_PIRATE
    hijacked = _hijacked_categories(seed, live)
    live.category[crowd] = live.usual[crowd] = hijacked[crowd]


def _burners(live: LiveSet, seed: int) -> None:
    """Days-old accounts simulcasting sports and fights to a big audience, often under a vague title."""
    burner = live.is_burner
    covers = np.array([category_named(name) for name in ("Just Chatting", "Sports", "Special Events")])
    choice = weighted_choice(live.session_uniform(seed, "burner/home"), [0.4, 0.3, 0.1, 0.2])  # 3: obscure
    home = np.where(choice == 3, _random_obscure(seed, live), covers[np.minimum(choice, 2)])
    live.category[burner] = home[burner]
    live.level[burner] = (1000 * 50 ** live.session_uniform(seed, "burner/level"))[burner]  # 1k to 50k
    languages = np.array([LANGUAGE_INDEX[c] for c in ("en", "es", "pt", "fr", "de", "it")])
    live.language[burner] = languages[live.session_integers(seed, "burner/language", len(languages))][burner]
    sports = live.session_uniform(seed, "burner/content") < 0.6
    live.content[burner] = np.where(sports, T.LIVE_SPORTS, T.PPV)[burner]
    _infringe(live, seed, burner, BURNER_PIRATE, vague_rate=0.5, injected_rate=0.05)


def assemble_live_set(pool: Pool, seed: int, h: int, streams_per_hour: int) -> LiveSet:
    """Who is live at hour ``h`` and what each of them does."""
    live = _live_set(pool, seed, h, streams_per_hour)
    _regular_sessions(live, seed, h)
    _label(live, live.role == OFFICIAL, HN_COSTREAM, T.OFFICIAL_BROADCAST)
    _hops(live, seed, h)
    _pirates(live, pool, seed)
    _burners(live, seed)
    return live
