"""App access tokens (client credentials), one per client id, shared by every thread."""

from __future__ import annotations

import random
import threading
import time

import requests

from twitch_assets.helix.errors import (
    TRANSPORT_FAILURES,
    HelixAuthError,
    describe_reply,
    describe_transport_failure,
)
from twitch_assets.helix.retry import backoff_delay

_TOKEN_ENDPOINT = "token"


class AppTokenProvider:
    """Fetches an app token on first use and renews it after a 401, once per stale token.

    Twitch advises reacting to 401 rather than trusting ``expires_in`` (tokens can be revoked
    early), so there is no timer. Renewal is single-flight: every thread that got a 401 with the
    same stale token calls ``renew(stale)``; the first fetches, the others get the new token.
    """

    def __init__(
        self,
        auth_base_url: str,
        client_id: str,
        client_secret: str,
        session: requests.Session,
        *,
        timeout_s: float = 10.0,
        max_attempts: int = 4,
    ):
        self.client_id = client_id
        self._token_url = auth_base_url.rstrip("/") + "/token"
        self._client_secret = client_secret
        self._session = session
        self._timeout_s = timeout_s
        self._max_attempts = max_attempts
        self._lock = threading.Lock()
        self._token: str | None = None
        self._rng = random.Random()
        self.renewals = 0

    def __repr__(self) -> str:
        return f"AppTokenProvider(token_url={self._token_url!r}, client_id=<set>)"

    def token(self) -> str:
        token = self._token
        if token is not None:
            return token
        with self._lock:
            if self._token is None:
                self._token = self._fetch()
            return self._token

    def renew(self, stale: str) -> bool:
        """Replace ``stale`` after a 401. True if this call fetched the new token, False if another did."""
        with self._lock:
            if self._token is not None and self._token != stale:
                return False
            self._token = self._fetch()
            self.renewals += 1
            return True

    def _fetch(self) -> str:
        form = {
            "client_id": self.client_id,
            "client_secret": self._client_secret,
            "grant_type": "client_credentials",
        }
        status: int | None = None
        for attempt in range(1, self._max_attempts + 1):
            try:
                response = self._session.post(self._token_url, data=form, timeout=self._timeout_s)
            except TRANSPORT_FAILURES as exc:
                status, failure = None, describe_transport_failure(exc)
            else:
                status = response.status_code
                if status == 200:
                    return self._access_token(response)
                failure = describe_reply(response)
                if status < 500:  # refused credentials: retrying will not help
                    raise HelixAuthError(_TOKEN_ENDPOINT, failure, status, attempt, method="POST")
            if attempt < self._max_attempts:
                time.sleep(backoff_delay(attempt - 1, 0.25, 4.0, self._rng))
        raise HelixAuthError(_TOKEN_ENDPOINT, failure, status, self._max_attempts, method="POST")

    @staticmethod
    def _access_token(response: requests.Response) -> str:
        try:
            token = response.json().get("access_token")
        except (ValueError, AttributeError):
            token = None
        if not isinstance(token, str) or not token:
            raise HelixAuthError(_TOKEN_ENDPOINT, "reply has no access_token", 200, method="POST")
        return token
