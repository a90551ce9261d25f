"""Twitch credentials from AWS Secrets Manager, for deployments that keep them there.

The secret is a JSON object ``{"client_id": "...", "client_secret": "..."}``. Errors name the
secret and the missing key, never a value.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

import boto3
from botocore.exceptions import BotoCoreError, ClientError


@dataclass(frozen=True)
class TwitchCredentials:
    client_id: str
    client_secret: str

    def __repr__(self) -> str:
        return "TwitchCredentials(client_id=<set>, client_secret=<set>)"


class CredentialsError(RuntimeError):
    pass


def fetch_twitch_credentials(secret_id: str, secretsmanager=None) -> TwitchCredentials:
    client = secretsmanager or boto3.client("secretsmanager")
    try:
        reply = client.get_secret_value(SecretId=secret_id)
    except (ClientError, BotoCoreError) as exc:
        code = getattr(exc, "response", {}).get("Error", {}).get("Code", type(exc).__name__)
        raise CredentialsError(f"could not read Twitch credentials from secret {secret_id!r}: {code}") from None
    try:
        payload = json.loads(reply.get("SecretString") or "")
    except json.JSONDecodeError:
        raise CredentialsError(f"secret {secret_id!r} is not a JSON object") from None
    if not isinstance(payload, dict):
        raise CredentialsError(f"secret {secret_id!r} is not a JSON object")
    missing = [key for key in ("client_id", "client_secret") if not payload.get(key)]
    if missing:
        raise CredentialsError(f"secret {secret_id!r} lacks {', '.join(missing)}")
    return TwitchCredentials(str(payload["client_id"]), str(payload["client_secret"]))
