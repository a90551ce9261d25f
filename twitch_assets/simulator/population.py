"""An hour's live set in Helix's terms, with its ground truth: ``build_population(seed, hour, n)``.

The pool (``pool.py``) says who exists, ``behaviour.py`` who is live and what they do; this module
turns that into the strings Helix serves: ids, logins, names, titles, tags, timestamps, labels.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

import numpy as np
import pandas as pd

from . import titles as T
from .behaviour import (
    BURNER_STRIDE, HOPPER_PIRATE, VIOLATION_OF_CONTENT, LiveSet, assemble_live_set, entity_key,
)
from .catalog import CATEGORIES, CATEGORY_KIND, CONTENT_LABELS, GAMBLING, LABEL_BIT, LANGUAGE_CODES, LANGUAGES
from .hashing import hash64, integers, normal, uniform
from .hours import hour_index, hour_start
from .names import make_display_names, make_logins
from .pool import OFFICIAL, Pool, build_pool

BURNER_ID_BASE = 1_000_000_000  # burner user id = BURNER_ID_BASE + burner number
STREAM_ID_BASE, BURNER_STREAM_ID_BASE = 40_000_000_000, 500_000_000_000
BURNER_CODE_WIDTH = 6
HOURLY_SIGMA = 0.25  # hour-to-hour wobble of a streamer's audience
BROADCASTER_TYPES = np.array(["", "affiliate", "partner"], dtype=object)
_LABEL_TUPLES = [tuple(label for label in CONTENT_LABELS if mask & LABEL_BIT[label]) for mask in range(1 << 7)]
_TAGS_BY_KIND = {
    "game": ["FPS", "Competitive", "Chill", "NoBackseating", "Ranked", "Speedrun", "Casual", "Funny", "Viewers"],
    "irl": ["Chatting", "Cozy", "IRL", "LGBTQIAPlus", "Vtuber", "ADHD", "Talk", "Chill"],
    "pirate": ["Movies", "24/7", "HD", "Sports", "Live", "Free", "Cinema"],
}
_DESCRIPTIONS = ["", "", "just a chill streamer", "variety streamer — schedule on discord", "🎮 + ☕ = me",
                 "Streamer & creador de contenido", "Zocker aus Leidenschaft", "配信してます", "스트리머입니다",
                 "Criador de conteúdo", "streameuse / streamer FR", "\u200fستريمر عربي"]


@dataclass(frozen=True, eq=False)
class Population:
    """The live set of one hour: one entry per stream in every column, plus the truth.

    Helix stream fields: ``stream_id, user_id, user_login, user_name, game_id, game_name, title, tags,
    language, viewer_count`` (the hour's level, before drift) and ``started_at``. Account and channel
    fields: ``broadcaster_type, created_at, description, content_classification_labels,
    is_branded_content, delay``. Truth: ``behaviour, violation_type, is_violation, is_evasive_hop,
    title_style, usual_game_id, is_rights_holder``. Times are ``datetime64[s]`` (UTC); tags and
    labels are tuples shared between streams, to keep a 100,000-stream hour small.
    """

    seed: int
    hour: datetime
    columns: dict[str, np.ndarray]
    category: np.ndarray  # catalog index per stream, NO_CATEGORY when uncategorised

    def __len__(self) -> int:
        return len(self.category)

    def frame(self) -> pd.DataFrame:
        return pd.DataFrame(self.columns)

    def truth(self) -> pd.DataFrame:
        """What evaluation needs: one row per live stream with its labels."""
        return self.frame()[list(TRUTH_COLUMNS)]


TRUTH_COLUMNS = ("stream_id", "user_id", "user_login", "game_id", "game_name", "title", "language",
                 "viewer_count", "behaviour", "violation_type", "is_violation", "is_evasive_hop",
                 "title_style", "usual_game_id", "is_rights_holder")


def iso_times(times: np.ndarray) -> list[str]:
    """Helix's timestamps, ``2026-11-26T13:05:09Z``, of epoch seconds or datetime64 values."""
    return list(np.datetime_as_string(times.astype("datetime64[s]"), unit="s").astype(object) + "Z")


def _game_fields(category: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    ids = np.array([""] + [c.game_id for c in CATEGORIES], dtype=object)
    names = np.array([""] + [c.name for c in CATEGORIES], dtype=object)
    return ids[category + 1], names[category + 1]  # NO_CATEGORY (-1) maps to ""


@dataclass(frozen=True)
class Accounts:
    """Account fields of a set of streamers (pool numbers or burner numbers)."""

    user_id: np.ndarray
    login: list[str]
    display_name: list[str]
    broadcaster_type: np.ndarray
    created_at: np.ndarray  # epoch seconds
    description: np.ndarray
    labels: np.ndarray  # bit masks
    is_branded_content: np.ndarray
    delay: np.ndarray

    @property
    def label_tuples(self) -> list[tuple[str, ...]]:
        return [_LABEL_TUPLES[mask] for mask in self.labels.tolist()]


def accounts(pool: Pool, numbers: np.ndarray, is_burner: np.ndarray) -> Accounts:
    seed, n = pool.seed, len(numbers)
    regular = np.flatnonzero(~is_burner)
    burner = np.flatnonzero(is_burner)
    pool_numbers = numbers[regular]
    burner_numbers = numbers[burner]

    login = np.empty(n, dtype=object)
    display = np.empty(n, dtype=object)
    login[regular] = pool.logins(pool_numbers)
    display[regular] = pool.display_names(pool_numbers, list(login[regular]))
    login[burner] = make_logins(seed ^ 0xB0B, burner_numbers, BURNER_CODE_WIDTH)
    display[burner] = make_display_names(seed ^ 0xB0B, burner_numbers, list(login[burner]),
                                         np.full(len(burner), "en"))

    user_id = np.empty(n, dtype=np.int64)
    user_id[regular] = pool.user_id[pool_numbers]
    user_id[burner] = BURNER_ID_BASE + burner_numbers
    broadcaster_type = np.zeros(n, dtype=np.int64)
    broadcaster_type[regular] = pool.broadcaster_type[pool_numbers]
    created_at = np.empty(n, dtype=np.int64)
    created_at[regular] = pool.created_at[pool_numbers]
    # A burner account is made zero to six days before its day.
    age = integers(seed, "burner/age", 6 * 86_400, burner_numbers) + 3600
    created_at[burner] = (burner_numbers // BURNER_STRIDE) * 86_400 - age
    labels = np.zeros(n, dtype=np.int64)
    labels[regular] = pool.labels[pool_numbers]
    key = entity_key(numbers, is_burner)
    u = uniform(seed, "channel/extras", key)
    delays = np.array([0, 30, 60, 120, 300, 900])
    return Accounts(
        user_id=user_id,
        login=list(login),
        display_name=list(display),
        broadcaster_type=BROADCASTER_TYPES[broadcaster_type],
        created_at=created_at,
        description=np.array(_DESCRIPTIONS, dtype=object)[integers(seed, "description", len(_DESCRIPTIONS), key)],
        labels=labels,
        is_branded_content=u < 0.02,
        delay=np.where(u > 0.97, delays[integers(seed, "channel/delay", len(delays), key)], 0),
    )


def _category_labels(category: np.ndarray) -> np.ndarray:
    """Labels a category implies: MatureGame for mature games, Gambling for casino categories."""
    index = np.maximum(category, 0)
    mature = np.array([c.mature for c in CATEGORIES])[index] & (category >= 0)
    gambling = (CATEGORY_KIND[index] == GAMBLING) & (category >= 0)
    return np.where(mature, LABEL_BIT["MatureGame"], 0) | np.where(gambling, LABEL_BIT["Gambling"], 0)


def _titles(live: LiveSet, seed: int, h: int) -> list[str]:
    # Pirates edit their titles every hour; everyone else keeps one per session and category.
    edit_epoch = np.where(live.content != "", h, 0)
    keys = hash64(seed, "title", live.key, live.session_day, live.category, edit_epoch).tolist()
    language = LANGUAGE_CODES[live.language]
    injected = live.title_style == "injected"
    return [
        T.compose_title(kind, lang, int(category), key, bool(inject))
        for kind, lang, category, key, inject in zip(live.title_kind, language, live.category, keys, injected)
    ]


def _tag_menu(words: list[str], count: int = 64) -> list[tuple[str, ...]]:
    """A fixed menu of zero to three distinct tags drawn from ``words``."""
    rng = np.random.default_rng(len(words))
    return [tuple(rng.choice(words, size=i % 4, replace=False).tolist()) for i in range(count)]


_LANGUAGE_TAGS = [lang.tag.replace(" ", "") for lang in LANGUAGES]
# Every (language, bag, menu entry) tuple, made once and shared by the streams that carry it.
_TAG_TUPLES = {(lang, kind, i): (_LANGUAGE_TAGS[lang], *extra)
               for kind, words in _TAGS_BY_KIND.items() for i, extra in enumerate(_tag_menu(words))
               for lang in range(len(LANGUAGES))}


def _tags(live: LiveSet, seed: int) -> list[tuple[str, ...]]:
    is_game = np.isin(CATEGORY_KIND[np.maximum(live.category, 0)], ["game", "esports_game", "sports_game"])
    bag = np.where(live.content != "", "pirate", np.where(is_game & (live.category >= 0), "game", "irl"))
    choice = integers(seed, "tags", 64, live.key, live.session_day).tolist()
    return [_TAG_TUPLES[key] for key in zip(live.language.tolist(), bag.tolist(), choice)]


def _objects(values: list) -> np.ndarray:
    """A one-dimensional object array, even of tuples."""
    return np.fromiter(values, dtype=object, count=len(values))


def build_population(seed: int, hour: datetime, streams_per_hour: int) -> Population:
    """The live set of ``hour``: the same (seed, hour, streams_per_hour) always gives the same streams."""
    pool = build_pool(seed, streams_per_hour)
    h = hour_index(hour)
    live = assemble_live_set(pool, seed, h, streams_per_hour)
    acc = accounts(pool, live.number, live.is_burner)
    key = live.key

    viewers = np.floor(live.level * np.exp(HOURLY_SIGMA * normal(seed, "hourly", key, h))).astype(np.int64)
    started_at = live.session_start * 3600 + integers(seed, "started_at", 1800, key, live.session_day)
    labels = acc.labels | _category_labels(live.category)
    stride = 10 ** len(str(pool.size))
    stream_id = np.where(live.is_burner, BURNER_STREAM_ID_BASE + live.number,
                         STREAM_ID_BASE + live.session_day * stride + live.number)
    game_id, game_name = _game_fields(live.category)
    usual_game_id, _ = _game_fields(live.usual)
    violation = np.array([VIOLATION_OF_CONTENT.get(c, "none") for c in live.content], dtype=object)
    columns = {
        "stream_id": stream_id.astype(str).astype(object),
        "user_id": acc.user_id.astype(str).astype(object),
        "user_login": np.array(acc.login, dtype=object),
        "user_name": np.array(acc.display_name, dtype=object),
        "game_id": game_id,
        "game_name": game_name,
        "title": np.array(_titles(live, seed, h), dtype=object),
        "tags": _objects(_tags(live, seed)),
        "language": LANGUAGE_CODES[live.language].astype(object),
        "viewer_count": viewers,
        "started_at": started_at.astype("datetime64[s]"),
        "broadcaster_type": acc.broadcaster_type,
        "created_at": acc.created_at.astype("datetime64[s]"),
        "description": acc.description,
        "content_classification_labels": _objects([_LABEL_TUPLES[mask] for mask in labels.tolist()]),
        "is_branded_content": acc.is_branded_content,
        "delay": acc.delay,
        "behaviour": live.behaviour,
        "violation_type": violation,
        "is_violation": violation != "none",
        "is_evasive_hop": live.behaviour == HOPPER_PIRATE,
        "title_style": live.title_style,
        "usual_game_id": usual_game_id,
        "is_rights_holder": live.role == OFFICIAL,
    }
    return Population(seed, hour_start(h), columns, live.category)
