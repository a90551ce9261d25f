"""Twitch credentials from AWS Secrets Manager, served by a real local moto server."""

import json

import boto3
import pytest
from moto.server import ThreadedMotoServer

from twitch_assets import settings
from twitch_assets.definitions import twitch_resource
from twitch_assets.resources import LiveTwitchResource
from twitch_assets.secrets import CredentialsError, fetch_twitch_credentials

pytestmark = pytest.mark.integration


@pytest.fixture(scope="module")
def secretsmanager():
    server = ThreadedMotoServer(ip_address="127.0.0.1", port=0, verbose=False)
    server.start()
    host, port = server.get_host_and_port()
    client = boto3.client(
        "secretsmanager", endpoint_url=f"http://{host}:{port}", region_name="us-east-1",
        aws_access_key_id="testing", aws_secret_access_key="testing",
    )
    yield client
    server.stop()


def test_credentials_are_read_from_the_secret(secretsmanager):
    secretsmanager.create_secret(Name="twitch/app", SecretString=json.dumps(
        {"client_id": "cid-from-aws", "client_secret": "csecret-from-aws"}))
    credentials = fetch_twitch_credentials("twitch/app", secretsmanager)
    assert (credentials.client_id, credentials.client_secret) == ("cid-from-aws", "csecret-from-aws")
    assert "csecret-from-aws" not in repr(credentials)


@pytest.mark.parametrize("secret_string, problem", [
    (json.dumps({"client_id": "cid"}), "lacks client_secret"),
    ("not json at all", "not a JSON object"),
    (json.dumps(["cid", "csecret"]), "not a JSON object"),
])
def test_a_malformed_secret_is_named_without_its_value(secretsmanager, secret_string, problem):
    name = f"twitch/bad-{abs(hash(secret_string))}"
    secretsmanager.create_secret(Name=name, SecretString=secret_string)
    with pytest.raises(CredentialsError, match=problem) as raised:
        fetch_twitch_credentials(name, secretsmanager)
    assert name in str(raised.value) and "csecret" not in str(raised.value)


def test_a_missing_secret_is_a_clear_error(secretsmanager):
    with pytest.raises(CredentialsError, match="twitch/none.*ResourceNotFoundException"):
        fetch_twitch_credentials("twitch/none", secretsmanager)


def test_secret_id_selects_the_live_backend_when_the_pair_is_unset():
    chosen = twitch_resource(settings.twitch_settings({"TWITCH_CREDENTIALS_SECRET_ID": "twitch/app"}))
    assert isinstance(chosen, LiveTwitchResource)
    assert chosen.credentials_secret_id == "twitch/app" and chosen.client_secret is None
