"""The Helix calls: a ``Request`` in, the reply body out, or a ``HelixError``. No HTTP here."""

from __future__ import annotations

from dataclasses import dataclass
from http import HTTPStatus

import numpy as np

from .catalog import CATEGORIES, CATEGORY_BY_IGDB, CATEGORY_BY_NAME, CATEGORY_INDEX
from .listing import BadCursor, Ordering, Tick, decode_cursor, encode_cursor
from .live_view import LiveView, game_object

Params = dict[str, list[str]]
BAD_LAST_CURSOR = "IA"  # Twitch sometimes ends a listing with this cursor


class RawJson(bytes):
    """A value already encoded as UTF-8 JSON, inserted as is when the reply is written."""


class HelixError(Exception):
    def __init__(self, status: int, message: str):
        super().__init__(message)
        self.status = status
        self.message = message


def error_body(status: int, message: str) -> dict:
    return {"error": HTTPStatus(status).phrase, "status": status, "message": message}


@dataclass(frozen=True)
class Request:
    view: LiveView
    tick: Tick
    params: Params
    max_ids: int
    max_first: int
    last_page_quirk: str | None  # None, BAD_LAST_CURSOR or "empty": how this reply ends a listing

    def values(self, name: str) -> list[str]:
        values = [v for v in self.params.get(name, []) if v != ""]
        if len(values) > self.max_ids:
            raise HelixError(400, f'The parameter "{name}" was malformed: the value must contain no more than '
                                  f"{self.max_ids} items")
        return values

    def ids_in_total(self, *names: str) -> dict[str, list[str]]:
        found = {name: self.values(name) for name in names}
        if sum(len(v) for v in found.values()) > self.max_ids:
            raise HelixError(400, f"The sum of the {' and '.join(names)} parameters must not exceed {self.max_ids}")
        return found

    def first(self) -> int:
        raw = self.params.get("first", ["20"])[-1]
        if not raw.isdigit() or int(raw) < 1:
            raise HelixError(400, 'The parameter "first" was malformed: the value must be a positive integer')
        if int(raw) > self.max_first:
            raise HelixError(400, f'The parameter "first" was malformed: the value must be less than or equal to '
                                  f"{self.max_first}")
        return int(raw)

    def page(self, ordering: Ordering) -> tuple[np.ndarray, dict]:
        """The requested page of ``ordering`` and its pagination object."""
        first = self.first()
        after, before = self.params.get("after", [""])[-1], self.params.get("before", [""])[-1]
        if after == BAD_LAST_CURSOR:
            return ordering.rows[:0], {}
        try:
            if before and not after:
                start, end = ordering.window_before(decode_cursor(before, "b"), first)
                more = start > 0
            else:
                start, end = ordering.window_after(decode_cursor(after, "a") if after else None, first)
                more = end < len(ordering)
        except BadCursor:
            raise HelixError(400, "Invalid cursor") from None
        rows = ordering.rows[start:end]
        if end > start and (more or self.last_page_quirk == "empty"):
            # The "empty" quirk: a cursor on the last page that leads to an empty page.
            return rows, {"cursor": encode_cursor(int(ordering.keys[start]), int(ordering.keys[end - 1]))}
        if end > start and self.last_page_quirk == BAD_LAST_CURSOR:
            return rows, {"cursor": BAD_LAST_CURSOR}
        if end == start and after and self.last_page_quirk == "empty":
            return rows, {"cursor": after}  # the empty page repeats the cursor it was given
        return rows, {}


def streams(request: Request) -> dict:
    kind = request.params.get("type", ["all"])[-1]
    if kind not in ("all", "live"):
        raise HelixError(400, 'The parameter "type" was malformed: the value must be "all" or "live"')
    view, tick = request.view, request.tick
    languages = frozenset(request.values("language"))
    game_ids = frozenset(request.values("game_id"))
    user_ids, logins = request.values("user_id"), request.values("user_login")
    if user_ids or logins:  # at most 200 rows: order them on the spot
        rows = {view.row_of_user_id.get(u) for u in user_ids} | {view.row_of_login.get(x.lower()) for x in logins}
        rows = np.array(sorted(r for r in rows if r is not None), dtype=np.int64)
        columns = view.population.columns
        if languages:
            rows = rows[np.isin(columns["language"][rows], list(languages))]
        if game_ids:
            rows = rows[np.isin(columns["game_id"][rows], list(game_ids))]
        ordering = Ordering.of(tick.viewers, rows)
    else:
        ordering = view.streams(tick, languages, game_ids)
    rows, pagination = request.page(ordering)
    viewers = tick.viewers[rows].tolist()
    data = b",".join(view.stream_json(row, v) for row, v in zip(rows.tolist(), viewers))
    return {"data": RawJson(b"[" + data + b"]"), "pagination": pagination}


def users(request: Request) -> dict:
    asked = request.ids_in_total("id", "login")
    if not asked["id"] and not asked["login"]:
        raise HelixError(400, "Must provide an ID, Login or OAuth Token")
    view = request.view
    found = [view.account_of_user_id(u) for u in asked["id"]] + [view.account_of_login(x) for x in asked["login"]]
    return {"data": view.user_objects(list(dict.fromkeys(a for a in found if a is not None)))}


def channels(request: Request) -> dict:
    ids = request.values("broadcaster_id")
    if not ids:
        raise HelixError(400, 'Missing required parameter "broadcaster_id"')
    view = request.view
    found = [view.account_of_user_id(u) for u in ids]
    return {"data": view.channel_objects(list(dict.fromkeys(a for a in found if a is not None)))}


def games(request: Request) -> dict:
    asked = request.ids_in_total("id", "name", "igdb_id")
    if not any(asked.values()):
        raise HelixError(400, "Must provide at least one id, name or igdb_id")
    found = ([CATEGORY_INDEX.get(v) for v in asked["id"]] + [CATEGORY_BY_NAME.get(v.casefold()) for v in asked["name"]]
             + [CATEGORY_BY_IGDB.get(v) for v in asked["igdb_id"]])
    return {"data": [game_object(CATEGORIES[i]) for i in dict.fromkeys(i for i in found if i is not None)]}


def top_games(request: Request) -> dict:
    rows, pagination = request.page(request.view.top_games(request.tick))
    return {"data": [game_object(CATEGORIES[i]) for i in rows.tolist()], "pagination": pagination}


ROUTES = {"/streams": streams, "/users": users, "/channels": channels, "/games": games, "/games/top": top_games}
