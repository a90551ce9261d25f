"""The persistent pool of streamers of a (seed, streams_per_hour) world.

Each streamer has a fixed language, usual category, audience level, role and daily schedule: one
contiguous block of hours a day, so most streamers of hour h are live in h+1 too.
"""

from __future__ import annotations

import functools
import math
import threading
from dataclasses import dataclass, field
from datetime import datetime, timezone

import numpy as np

from .catalog import (
    CATEGORY_TIER, CATEGORY_WEIGHTS, LABEL_BIT, LANGUAGE_CODES, LANGUAGE_INDEX, LANGUAGE_WEIGHTS, NO_CATEGORY,
    MID, OBSCURE, OFFICIAL_BROADCASTERS, POPULAR, category_named,
)
from .hashing import integers, weighted_choice
from .names import code_width, make_display_names, make_logins

# Streamer roles, fixed for life.
REGULAR, HOPPER, POPULAR_PIRATE, CATEGORY_PIRATE, OFFICIAL, BURNER = range(6)

SKIP_DAY_RATE = 0.12  # share of a streamer's days off
REGULAR_MEAN_HOURS = 4.4  # mean block length (see _durations)
PIRATE_SHARE = 0.006
HOPPER_LEVEL = 100.0  # streamers with at least this audience count as big (hoppers, big small-game moves)
HOPPER_SHARE_OF_BIG = 0.5
MAX_LEVEL = 150_000.0
USER_ID_BASE, USER_ID_STRIDE = 20_000_000, 64

_TIME_2011 = int(datetime(2011, 6, 1, tzinfo=timezone.utc).timestamp())
_TIME_2025 = int(datetime(2025, 10, 1, tzinfo=timezone.utc).timestamp())
_TIME_2026 = int(datetime(2026, 1, 1, tzinfo=timezone.utc).timestamp())
_DAY = 86_400


def _pareto_levels(u: np.ndarray, alpha: float = 0.9) -> np.ndarray:
    """Heavy-tailed audiences: about half the streams under 1 viewer, a handful in the tens of thousands."""
    return np.minimum((1.0 - u) ** (-1.0 / alpha) - 1.0, MAX_LEVEL)


def _durations(u: np.ndarray) -> np.ndarray:
    """Block lengths 1..14 hours, mean about REGULAR_MEAN_HOURS."""
    return np.clip(np.round(-REGULAR_MEAN_HOURS * np.log1p(-u) + 0.5), 1, 14).astype(np.int64)


@dataclass(frozen=True, eq=False)
class Pool:
    """Every regular streamer of a (seed, streams_per_hour) world; index = streamer number."""

    seed: int
    size: int
    role: np.ndarray
    language: np.ndarray
    usual_category: np.ndarray
    level: np.ndarray
    pirate_content: np.ndarray  # index into titles.INFRINGING_KINDS, for pirate roles
    start_hour: np.ndarray
    duration: np.ndarray
    created_at: np.ndarray  # epoch seconds
    broadcaster_type: np.ndarray  # 0 "", 1 affiliate, 2 partner
    labels: np.ndarray  # bit mask of catalog.CONTENT_LABELS
    user_id: np.ndarray
    code_width: int
    _logins: dict = field(default_factory=dict)
    _logins_lock: threading.Lock = field(default_factory=threading.Lock)

    def logins(self, numbers: np.ndarray) -> list[str]:
        logins = make_logins(self.seed, numbers, self.code_width)
        for i, number in enumerate(numbers.tolist()):
            if number < len(OFFICIAL_BROADCASTERS):
                logins[i] = OFFICIAL_BROADCASTERS[number].login
        return logins

    def display_names(self, numbers: np.ndarray, logins: list[str]) -> list[str]:
        names = make_display_names(self.seed, numbers, logins, LANGUAGE_CODES[self.language[numbers]])
        for i, number in enumerate(numbers.tolist()):
            if number < len(OFFICIAL_BROADCASTERS):
                names[i] = OFFICIAL_BROADCASTERS[number].display_name
        return names

    def number_of_login(self, login: str) -> int | None:
        """Streamer number of a login; the index of every login is built on first use."""
        with self._logins_lock:
            if not self._logins:
                self._logins.update(zip(self.logins(np.arange(self.size)), range(self.size)))
        return self._logins.get(login.lower())

    def number_of_user_id(self, user_id: int) -> int | None:
        number = (user_id - USER_ID_BASE) // USER_ID_STRIDE
        if 0 <= number < self.size and self.user_id[number] == user_id:
            return int(number)
        return None


def _pool_size(streams_per_hour: int) -> int:
    live_share = (REGULAR_MEAN_HOURS + 0.5) / 24 * (1 - SKIP_DAY_RATE)
    wanted = streams_per_hour * 1.25 + 6 * math.sqrt(streams_per_hour) + 20
    return int(wanted / live_share) + len(OFFICIAL_BROADCASTERS)


@functools.lru_cache(maxsize=4)
def build_pool(seed: int, streams_per_hour: int) -> Pool:
    size = _pool_size(streams_per_hour)
    rng = np.random.default_rng([seed, streams_per_hour, 0x9001])
    numbers = np.arange(size)
    level = _pareto_levels(rng.random(size))
    language = weighted_choice(rng.random(size), LANGUAGE_WEIGHTS)
    usual = weighted_choice(rng.random(size), CATEGORY_WEIGHTS)
    usual[rng.random(size) < 0.02] = NO_CATEGORY
    # Big audiences gather in popular categories; small games rarely hold one.
    tier = np.where(usual == NO_CATEGORY, POPULAR, CATEGORY_TIER[usual])
    level[tier == MID] *= 0.25
    level[tier == OBSCURE] *= 0.1

    role = np.full(size, REGULAR, dtype=np.int8)
    pirate = rng.random(size) < PIRATE_SHARE
    role[pirate] = np.where(rng.random(size) < 0.45, CATEGORY_PIRATE, POPULAR_PIRATE)[pirate]
    big = (level >= HOPPER_LEVEL) & ~pirate
    role[big & (rng.random(size) < HOPPER_SHARE_OF_BIG)] = HOPPER
    popular = np.flatnonzero(CATEGORY_TIER == POPULAR)
    hopper = role == HOPPER
    usual[hopper] = popular[weighted_choice(rng.random(hopper.sum()), CATEGORY_WEIGHTS[popular])]

    # Pirates in popular categories pick content that fits their cover.
    content = rng.integers(0, 2, size)  # film or tv
    pirate_homes = [(category_named("Just Chatting"), [0, 1, 2, 3], 0.55), (category_named("Sports"), [2, 3], 0.2),
                    (category_named("Music"), [4], 0.15), (category_named("Special Events"), [2, 3], 0.1)]
    popular_pirates = np.flatnonzero(role == POPULAR_PIRATE)
    home = weighted_choice(rng.random(len(popular_pirates)), [w for _, _, w in pirate_homes])
    for k, (category, contents, _) in enumerate(pirate_homes):
        members = popular_pirates[home == k]
        usual[members] = category
        content[members] = rng.choice(contents, size=len(members))
    level[pirate] = _pareto_levels(rng.random(pirate.sum()), alpha=0.7)

    start_hour = rng.integers(0, 24, size)
    duration = _durations(rng.random(size))
    duration[pirate] = rng.integers(6, 25, pirate.sum())  # 24/7 rebroadcasts run long

    created_at = _TIME_2011 + ((_TIME_2025 - _TIME_2011) * rng.random(size) ** 0.7).astype(np.int64)
    # Fresh pirate accounts: weeks old when the partitions begin (burners are the days-old ones).
    fresh_pirates = pirate & (rng.random(size) < 0.4)
    created_at[fresh_pirates] = _TIME_2026 - rng.integers(7 * _DAY, 120 * _DAY, fresh_pirates.sum())
    broadcaster_type = np.where(
        (level > 2000) | ((level > 300) & (rng.random(size) < 0.7)), 2,
        np.where((level > 2) & (rng.random(size) < 0.6), 1, 0),
    ).astype(np.int8)
    broadcaster_type[pirate] = np.minimum(broadcaster_type[pirate], 1)

    labels = np.zeros(size, dtype=np.int64)
    for label, rate in (("ProfanityVulgarity", 0.18), ("ViolentGraphic", 0.03), ("DrugsIntoxication", 0.02),
                        ("SexualThemes", 0.015), ("DebatedSocialIssuesAndPolitics", 0.03)):
        labels[rng.random(size) < rate] |= LABEL_BIT[label]

    sports = category_named("Sports")
    for number, official in enumerate(OFFICIAL_BROADCASTERS):
        role[number], language[number], usual[number] = OFFICIAL, LANGUAGE_INDEX[official.language], sports
        level[number] = 3000.0 * (number + 1)
        start_hour[number], duration[number] = 17 + number % 4, 3
        broadcaster_type[number], created_at[number], labels[number] = 2, _TIME_2011 + number * 90 * _DAY, 0

    user_id = USER_ID_BASE + numbers * USER_ID_STRIDE + integers(seed, "user_id", USER_ID_STRIDE, numbers)
    return Pool(seed, size, role, language, usual, level, content, start_hour, duration, created_at,
                broadcaster_type, labels, user_id, code_width(size))


