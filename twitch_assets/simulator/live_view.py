"""One served hour: the population, its lookup indexes, drifting viewers, and Helix's JSON objects."""

from __future__ import annotations

import time
from json.encoder import encode_basestring as _json_string  # the C encoder; keeps non-ASCII as is

import numpy as np
import pandas as pd

from . import titles as T
from .behaviour import BURNER_STRIDE, burners_per_day
from .catalog import CATEGORIES, CATEGORY_KIND, IRL, LANGUAGE_CODES, MUSIC, NO_CATEGORY, Category
from .hashing import hash64
from .hours import hour_index
from .listing import DriftingViewers, Ordering, Tick
from .population import BURNER_ID_BASE, Population, accounts, iso_times
from .pool import Pool

_COLUMNS = ("stream_id", "user_id", "user_login", "user_name", "game_id", "game_name", "title", "language",
            "tags", "content_classification_labels", "is_branded_content", "delay", "broadcaster_type",
            "description")

Account = tuple[int, bool]  # (pool number or burner number, is_burner)


def _groups(keys: np.ndarray) -> dict[str, np.ndarray]:
    return {key: np.asarray(rows, dtype=np.int64) for key, rows in pd.Series(keys).groupby(keys).indices.items()}


def _profile_images(user_ids: np.ndarray) -> list[str]:
    return [f"https://static-cdn.jtvnw.net/jtv_user_pictures/{digest:016x}-profile_image-300x300.png"
            for digest in hash64(0, "avatar", user_ids).tolist()]


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
        self._started_at = columns["started_at"].astype(np.int64).tolist()  # epoch seconds
        self.created_at = columns["created_at"]
        self.row_of_user_id = {user_id: row for row, user_id in enumerate(self.col["user_id"])}
        self.row_of_login = {login: row for row, login in enumerate(self.col["user_login"])}
        self.rows_by_language = _groups(columns["language"])
        self.rows_by_game = _groups(columns["game_id"])
        self.rows_by_game.pop("", None)  # a game_id filter never matches uncategorised streams
        self.all_rows = np.arange(len(population), dtype=np.int64)
        self.category = population.category
        self.live_categories = np.unique(self.category[self.category != NO_CATEGORY])
        self.viewers = DriftingViewers(columns["viewer_count"], population.seed, hour_index(population.hour))
        self._stream_json: list[tuple[bytes, bytes] | None] = [None] * len(population)

    # --- orderings by current viewers ------------------------------------------------------------
    def streams(self, tick: Tick, languages: frozenset, game_ids: frozenset) -> Ordering:
        """The listing, optionally restricted to languages and games; cached per tick and filter."""
        def rows() -> np.ndarray:
            selected = None
            for wanted, groups in ((languages, self.rows_by_language), (game_ids, self.rows_by_game)):
                if wanted:
                    parts = [groups[value] for value in wanted if value in groups]
                    chosen = np.concatenate(parts) if parts else self.all_rows[:0]  # disjoint groups: no repeats
                    selected = chosen if selected is None else np.intersect1d(selected, chosen)
            return self.all_rows if selected is None else selected

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
    def stream_json(self, row: int, viewers: int) -> bytes:
        """The stream object as UTF-8 JSON; everything but the viewer count is rendered once per row.

        Kept as bytes: emoji make a Python string four bytes a character, and a crawl renders every row.
        """
        parts = self._stream_json[row]
        if parts is None:
            c, q = self.col, _json_string
            login = c["user_login"][row]
            thumbnail = f"https://static-cdn.jtvnw.net/previews-ttv/live_user_{login}-{{width}}x{{height}}.jpg"
            started_at = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(self._started_at[row]))
            head = (f'{{"id":{q(c["stream_id"][row])},"user_id":{q(c["user_id"][row])},"user_login":{q(login)},'
                    f'"user_name":{q(c["user_name"][row])},"game_id":{q(c["game_id"][row])},'
                    f'"game_name":{q(c["game_name"][row])},"type":"live","title":{q(c["title"][row])},'
                    '"viewer_count":')
            tail = (f',"started_at":"{started_at}","language":{q(c["language"][row])},'
                    f'"thumbnail_url":{q(thumbnail)},"tag_ids":[],"tags":[{",".join(map(q, c["tags"][row]))}],'
                    '"is_mature":false}')
            parts = self._stream_json[row] = (head.encode(), tail.encode())
        return b"%s%d%s" % (parts[0], viewers, parts[1])

    def user_objects(self, found: list[Account]) -> list[dict]:
        """Live accounts come from the hour's columns; the others are computed on demand."""
        user_ids = [str(self._user_id(account)) for account in found]
        rows = [self.row_of_user_id.get(user_id) for user_id in user_ids]
        offline = [account for account, row in zip(found, rows) if row is None]
        computed = iter(self._offline_users(offline) if offline else [])
        images = iter(_profile_images(np.array(user_ids, dtype=np.int64)))
        live_rows = [row for row in rows if row is not None]
        created_at = iter(iso_times(self.created_at[live_rows]))
        users = []
        for user_id, row in zip(user_ids, rows):
            if row is None:
                user = next(computed)
            else:
                c = self.col
                user = {"login": c["user_login"][row], "display_name": c["user_name"][row],
                        "broadcaster_type": c["broadcaster_type"][row], "description": c["description"][row],
                        "created_at": next(created_at)}
            users.append({"id": user_id, "login": user["login"], "display_name": user["display_name"], "type": "",
                          "broadcaster_type": user["broadcaster_type"], "description": user["description"],
                          "profile_image_url": next(images), "offline_image_url": "", "view_count": 0,
                          "created_at": user["created_at"]})
        return users

    def _user_id(self, account: Account) -> int:
        number, is_burner = account
        return BURNER_ID_BASE + number if is_burner else int(self.pool.user_id[number])

    def _offline_users(self, found: list[Account]) -> list[dict]:
        acc = self._accounts(found)
        created_at = iso_times(acc.created_at)
        return [{"login": acc.login[i], "display_name": acc.display_name[i],
                 "broadcaster_type": acc.broadcaster_type[i], "description": acc.description[i],
                 "created_at": created_at[i]} for i in range(len(found))]

    def channel_objects(self, found: list[Account]) -> list[dict]:
        """Live channels show their stream's category and title; offline ones their usual ones."""
        user_ids = [str(self._user_id(account)) for account in found]
        rows = [self.row_of_user_id.get(user_id) for user_id in user_ids]
        offline = [account for account, row in zip(found, rows) if row is None]
        computed = iter(self._offline_channels(offline) if offline else [])
        c = self.col
        channels = []
        for user_id, row in zip(user_ids, rows):
            if row is None:
                channel = next(computed)
            else:
                channel = {"broadcaster_login": c["user_login"][row], "broadcaster_name": c["user_name"][row],
                           "broadcaster_language": c["language"][row], "game_id": c["game_id"][row],
                           "game_name": c["game_name"][row], "title": c["title"][row], "delay": int(c["delay"][row]),
                           "tags": c["tags"][row],
                           "content_classification_labels": c["content_classification_labels"][row],
                           "is_branded_content": bool(c["is_branded_content"][row])}
            channels.append({"broadcaster_id": user_id, **channel})
        return channels

    def _offline_channels(self, found: list[Account]) -> list[dict]:
        acc = self._accounts(found)
        labels = acc.label_tuples
        channels = []
        for i, (number, is_burner) in enumerate(found):
            category = NO_CATEGORY if is_burner else int(self.pool.usual_category[number])
            language = "en" if is_burner else str(LANGUAGE_CODES[self.pool.language[number]])
            game = CATEGORIES[category] if category != NO_CATEGORY else None
            channels.append({
                "broadcaster_login": acc.login[i], "broadcaster_name": acc.display_name[i],
                "broadcaster_language": language, "game_id": game.game_id if game else "",
                "game_name": game.name if game else "",
                "title": _offline_title(self.pool.seed, number, category, language),
                "delay": int(acc.delay[i]), "tags": [], "content_classification_labels": labels[i],
                "is_branded_content": bool(acc.is_branded_content[i]),
            })
        return channels


def _offline_title(seed: int, number: int, category: int, language: str) -> str:
    kind = CATEGORY_KIND[category] if category != NO_CATEGORY else IRL
    title_kind = T.CHAT if kind == IRL else T.LIVE_MUSIC if kind == MUSIC else T.NORMAL
    return T.compose_title(title_kind, language, category, int(hash64(seed, "offline_title", number)[0]))
