"""One served hour: the population, its lookup indexes, drifting viewers, and Helix's JSON objects."""

from __future__ import annotations

import numpy as np
import pandas as pd

from . import titles as T
from .behaviour import BURNER_STRIDE, burners_per_day
from .catalog import CATEGORIES, CATEGORY_KIND, IRL, LANGUAGE_CODES, MUSIC, NO_CATEGORY, Category
from .hashing import hash64
from .hours import hour_index
from .listing import DriftingViewers, Ordering, Tick
from .population import BURNER_ID_BASE, Population, accounts
from .pool import Pool

_COLUMNS = ("stream_id", "user_id", "user_login", "user_name", "game_id", "game_name", "title", "started_at",
            "language", "thumbnail_url", "tags", "content_classification_labels", "is_branded_content", "delay")

Account = tuple[int, bool]  # (pool number or burner number, is_burner)


def _groups(keys: np.ndarray) -> dict[str, np.ndarray]:
    return {key: np.asarray(rows, dtype=np.int64) for key, rows in pd.Series(keys).groupby(keys).indices.items()}


def _profile_image(user_id: str) -> str:
    digest = f"{int(hash64(0, 'avatar', int(user_id))[0]):016x}"
    return f"https://static-cdn.jtvnw.net/jtv_user_pictures/{digest}-profile_image-300x300.png"


def game_object(category: Category) -> dict:
    return {"id": category.game_id, "name": category.name, "box_art_url": category.box_art_url,
            "igdb_id": category.igdb_id}


class LiveView:
    def __init__(self, population: Population, pool: Pool, streams_per_hour: int):
        self.population = population
        self.pool = pool
        self._burners_per_day = burners_per_day(streams_per_hour)
        columns = population.columns
        self.col = {name: columns[name].tolist() for name in _COLUMNS}
        self.row_of_user_id = {user_id: row for row, user_id in enumerate(self.col["user_id"])}
        self.row_of_login = {login: row for row, login in enumerate(self.col["user_login"])}
        self.rows_by_language = _groups(columns["language"])
        self.rows_by_game = _groups(columns["game_id"])
        self.rows_by_game.pop("", None)  # a game_id filter never matches uncategorised streams
        self.all_rows = np.arange(len(population), dtype=np.int64)
        self.category = population.category
        self.live_categories = np.unique(self.category[self.category != NO_CATEGORY])
        self.viewers = DriftingViewers(columns["viewer_count"], population.seed, hour_index(population.hour))

    # --- orderings by current viewers ------------------------------------------------------------
    def streams(self, tick: Tick, languages: frozenset, game_ids: frozenset) -> Ordering:
        """The listing, optionally restricted to languages and games; cached per tick and filter."""
        def rows() -> np.ndarray:
            selected = self.all_rows
            for wanted, groups in ((languages, self.rows_by_language), (game_ids, self.rows_by_game)):
                if wanted:
                    parts = [groups[value] for value in wanted if value in groups]
                    selected = np.intersect1d(selected, np.concatenate(parts) if parts else self.all_rows[:0])
            return selected

        return tick.ordering(("streams", languages, game_ids), lambda viewers: Ordering.of(viewers, rows()))

    def top_games(self, tick: Tick) -> Ordering:
        def build(viewers: np.ndarray) -> Ordering:
            categorised = self.category != NO_CATEGORY
            totals = np.bincount(self.category[categorised], weights=viewers[categorised], minlength=len(CATEGORIES))
            return Ordering.of(totals.astype(np.int64), self.live_categories)

        return tick.ordering("games/top", build)

    # --- accounts, live or not -------------------------------------------------------------------
    def account_of_user_id(self, user_id: str) -> Account | None:
        if not user_id.isdigit():
            return None
        value = int(user_id)
        if value >= BURNER_ID_BASE:
            number = value - BURNER_ID_BASE
            return (number, True) if number % BURNER_STRIDE < self._burners_per_day else None
        number = self.pool.number_of_user_id(value)
        return None if number is None else (number, False)

    def account_of_login(self, login: str) -> Account | None:
        """Burners are found by login only while live: their logins are not indexed otherwise."""
        row = self.row_of_login.get(login.lower())
        if row is not None:
            return self.account_of_user_id(self.col["user_id"][row])
        number = self.pool.number_of_login(login)
        return None if number is None else (number, False)

    def _accounts(self, found: list[Account]):
        numbers = np.array([number for number, _ in found], dtype=np.int64)
        is_burner = np.array([burner for _, burner in found], dtype=bool)
        return accounts(self.pool, numbers, is_burner)

    # --- Helix objects ---------------------------------------------------------------------------
    def stream_object(self, row: int, viewers: int) -> dict:
        c = self.col
        return {
            "id": c["stream_id"][row], "user_id": c["user_id"][row], "user_login": c["user_login"][row],
            "user_name": c["user_name"][row], "game_id": c["game_id"][row], "game_name": c["game_name"][row],
            "type": "live", "title": c["title"][row], "viewer_count": viewers,
            "started_at": c["started_at"][row], "language": c["language"][row],
            "thumbnail_url": c["thumbnail_url"][row], "tag_ids": [], "tags": c["tags"][row], "is_mature": False,
        }

    def user_objects(self, found: list[Account]) -> list[dict]:
        if not found:
            return []
        acc = self._accounts(found)
        users = []
        for i in range(len(found)):
            user_id = str(acc.user_id[i])
            users.append({
                "id": user_id, "login": acc.login[i], "display_name": acc.display_name[i], "type": "",
                "broadcaster_type": acc.broadcaster_type[i], "description": acc.description[i],
                "profile_image_url": _profile_image(user_id), "offline_image_url": "", "view_count": 0,
                "created_at": acc.created_at_iso[i],
            })
        return users

    def channel_objects(self, found: list[Account]) -> list[dict]:
        """Live channels show their stream's category and title; offline ones their usual ones."""
        if not found:
            return []
        acc = self._accounts(found)
        channels = []
        for i, (number, is_burner) in enumerate(found):
            user_id = str(acc.user_id[i])
            row = self.row_of_user_id.get(user_id)
            if row is not None:
                c = self.col
                game_id, game_name, title = c["game_id"][row], c["game_name"][row], c["title"][row]
                language, tags = c["language"][row], c["tags"][row]
                labels, branded, delay = (c["content_classification_labels"][row], c["is_branded_content"][row],
                                          c["delay"][row])
            else:
                category = NO_CATEGORY if is_burner else int(self.pool.usual_category[number])
                language = "en" if is_burner else str(LANGUAGE_CODES[self.pool.language[number]])
                game_id, game_name = ("", "") if category == NO_CATEGORY else (
                    CATEGORIES[category].game_id, CATEGORIES[category].name)
                title = _offline_title(self.pool.seed, number, category, language)
                tags, labels = [], acc.label_lists[i]
                branded, delay = bool(acc.is_branded_content[i]), int(acc.delay[i])
            channels.append({
                "broadcaster_id": user_id, "broadcaster_login": acc.login[i], "broadcaster_name": acc.display_name[i],
                "broadcaster_language": language, "game_id": game_id, "game_name": game_name, "title": title,
                "delay": int(delay), "tags": tags, "content_classification_labels": labels,
                "is_branded_content": bool(branded),
            })
        return channels


def _offline_title(seed: int, number: int, category: int, language: str) -> str:
    kind = CATEGORY_KIND[category] if category != NO_CATEGORY else IRL
    title_kind = T.CHAT if kind == IRL else T.LIVE_MUSIC if kind == MUSIC else T.NORMAL
    return T.compose_title(title_kind, language, category, int(hash64(seed, "offline_title", number)[0]))
