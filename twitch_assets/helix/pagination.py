"""When to stop following /streams cursors: the pure rules, apart from any I/O."""

from __future__ import annotations

from collections.abc import Mapping, Set

# Helix has been seen handing out this cursor on the last page; following it loops or errors.
BAD_LAST_CURSOR = "IA"


def next_cursor(page: Mapping, seen: Set[str]) -> str | None:
    """The cursor to follow after ``page``, or None when the listing is done.

    Done when the page is empty (a page near the end can be ``data: []`` with a cursor), when
    ``pagination`` is missing, empty or cursor-less (the last page), when the cursor is the bad
    last-page cursor, or when it was already followed in this chain (a loop).
    """
    if not page.get("data"):
        return None
    pagination = page.get("pagination") or {}
    cursor = pagination.get("cursor") if isinstance(pagination, Mapping) else None
    if not cursor or cursor == BAD_LAST_CURSOR or cursor in seen:
        return None
    return cursor
