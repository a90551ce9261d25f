"""Waiting on a fan-out of futures so that one failure fails the whole run, promptly and cleanly."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from concurrent.futures import FIRST_EXCEPTION, Future, wait


def wait_all(futures: Sequence[Future], on_failure: Callable[[], None] = lambda: None) -> None:
    """Wait for every future; on the first failure, call ``on_failure`` (to stop long tasks),
    cancel what has not started, wait for what has, and raise that failure."""
    done, pending = wait(futures, return_when=FIRST_EXCEPTION)
    failed = next((future for future in done if future.exception() is not None), None)
    if failed is None:
        return
    on_failure()
    for future in pending:
        future.cancel()
    wait(pending)
    raise failed.exception()
