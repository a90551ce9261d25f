"""What can go wrong talking to Helix, as exceptions that name the call and never carry a secret.

Messages are built only from the endpoint, HTTP status, Helix's short ``error`` reason and the
exception type of a transport failure: never from headers, request bodies or token values.
"""

from __future__ import annotations

import requests

# Failures of the transport, worth a retry: refused or dropped connections, timeouts, cut bodies.
TRANSPORT_FAILURES = (requests.ConnectionError, requests.Timeout, requests.exceptions.ChunkedEncodingError)


class HelixError(Exception):
    """Base of every Helix client failure."""


class HelixRequestError(HelixError):
    """A call that failed for good (retries exhausted, or a status not worth retrying)."""

    def __init__(
        self, endpoint: str, what: str, status: int | None = None, attempts: int = 1, method: str = "GET"
    ):
        self.endpoint = endpoint
        self.status = status
        self.attempts = attempts
        tries = f" after {attempts} attempts" if attempts > 1 else ""
        super().__init__(f"{method} /{endpoint} failed{tries}: {what}")


class MalformedReplyError(HelixRequestError):
    """A 200 whose body is not the Helix shape: not JSON, no ``data`` list, or an item lacking a field."""

    def __init__(self, endpoint: str, field: str, problem: str, attempts: int = 1):
        self.field = field
        super().__init__(endpoint, f"malformed reply: {field} {problem}", status=200, attempts=attempts)


class HelixAuthError(HelixRequestError):
    """No usable app token: the token endpoint refused or kept failing, or Helix kept answering 401."""


def describe_reply(response: requests.Response) -> str:
    """A short, secret-free description of an unwanted HTTP reply, e.g. ``HTTP 503 (Service Unavailable)``."""
    content_type = response.headers.get("Content-Type", "")
    if "html" in content_type.lower():
        return f"HTTP {response.status_code} with an HTML body"
    try:
        reason = response.json().get("error")
    except (ValueError, AttributeError):
        reason = None
    if not isinstance(reason, str):
        reason = response.reason or "no reason"
    return f"HTTP {response.status_code} ({reason[:80]})"


def describe_transport_failure(exc: requests.RequestException) -> str:
    """Timeouts and dropped connections, named by kind only (the exception text holds the URL)."""
    if isinstance(exc, requests.Timeout):
        return f"timed out ({type(exc).__name__})"
    return f"connection failed ({type(exc).__name__})"
