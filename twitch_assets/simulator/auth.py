"""App tokens (client credentials) that expire or can be revoked early."""

from __future__ import annotations

import secrets
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class Token:
    client_id: str
    expires_at: float  # epoch seconds, by the store's clock


class TokenStore:
    def __init__(self, clock: Callable[[], float] = time.time) -> None:
        self._clock = clock
        self._tokens: dict[str, Token] = {}
        self._lock = threading.Lock()

    def issue(self, client_id: str, ttl_s: float) -> tuple[str, Token]:
        access_token = secrets.token_hex(15)  # Twitch's tokens are 30 lowercase alphanumerics
        token = Token(client_id, self._clock() + ttl_s)
        with self._lock:
            self._tokens[access_token] = token
        return access_token, token

    def valid(self, access_token: str) -> Token | None:
        """The token if it is known and unexpired; expired tokens are forgotten."""
        with self._lock:
            token = self._tokens.get(access_token)
            if token is not None and token.expires_at <= self._clock():
                del self._tokens[access_token]
                token = None
            return token

    def seconds_left(self, token: Token) -> int:
        return max(0, int(token.expires_at - self._clock()))

    def revoke_all(self) -> None:
        with self._lock:
            self._tokens.clear()
