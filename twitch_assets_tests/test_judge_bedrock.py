"""The Bedrock judge through botocore's Stubber: the Converse request with a forced tool, every bad reply, retries."""

from __future__ import annotations

import os

import boto3
import pytest
from botocore.stub import ANY, Stubber

from twitch_assets.compliance.judges.base import NO_VERDICT, VERDICT, VERDICT_SCHEMA, CallLimits, JudgeRequest
from twitch_assets.compliance.judges.bedrock import TOOL_NAME, BedrockJudge

MODEL = "anthropic.claude-3-haiku-20240307-v1:0"
GOOD = {"evidence": ["full movie"], "title_fits_category": False, "violation_type": "film_tv", "confidence": 0.85}
REQUEST = JudgeRequest("k1", "Dune full movie", "Artifact")


def reply(content, stop="tool_use"):
    return {
        "output": {"message": {"role": "assistant", "content": content}},
        "stopReason": stop,
        "usage": {"inputTokens": 200, "outputTokens": 40, "totalTokens": 240},
        "metrics": {"latencyMs": 10},
    }


def tool_use(payload, name=TOOL_NAME):
    return [{"toolUse": {"toolUseId": "t1", "name": name, "input": payload}}]


@pytest.fixture
def client():
    return boto3.client("bedrock-runtime", region_name="us-east-1", aws_access_key_id="test", aws_secret_access_key="test")


def judge_with(client, **limits):
    return BedrockJudge(MODEL, client, CallLimits(**{"max_concurrency": 1, "calls_per_minute": 6000, **limits}), sleep=lambda s: None)


def test_converse_request_forces_the_verdict_tool(client):
    judge = judge_with(client)
    expected = {
        "modelId": MODEL,
        "system": ANY,
        "messages": ANY,
        "inferenceConfig": {"maxTokens": 400, "temperature": 0.0},
        "toolConfig": {
            "tools": [{"toolSpec": {"name": TOOL_NAME, "description": ANY, "inputSchema": {"json": VERDICT_SCHEMA}}}],
            "toolChoice": {"tool": {"name": TOOL_NAME}},
        },
    }
    with Stubber(client) as stub:
        stub.add_response("converse", reply(tool_use(GOOD)), expected)
        outcome = judge.judge_many([REQUEST]).outcomes["k1"]
        stub.assert_no_pending_responses()
    assert outcome.status == VERDICT and outcome.verdict.confidence == 0.85
    assert (outcome.input_tokens, outcome.output_tokens) == (200, 40)
    text = judge.request_params(REQUEST)["messages"][0]["content"][0]["text"]
    assert text.startswith("<stream_data>") and "Dune full movie" in text


@pytest.mark.parametrize("content, stop, reason", [
    (tool_use(GOOD), "max_tokens", "truncated"),
    ([{"text": "I cannot help with that."}], "end_turn", "refused"),
    (tool_use(GOOD, name="other_tool"), "tool_use", "refused"),
    ([], "guardrail_intervened", "refused"),
    (tool_use({**GOOD, "violation_type": "warez"}), "tool_use", "invalid verdict"),
    (tool_use({**GOOD, "extra": 1}), "tool_use", "invalid verdict"),
    (tool_use("not an object"), "tool_use", "invalid verdict"),
])
def test_every_bad_reply_is_no_verdict_with_its_reason(client, content, stop, reason):
    with Stubber(client) as stub:
        stub.add_response("converse", reply(content, stop))
        outcome = judge_with(client).judge_many([REQUEST]).outcomes["k1"]
    assert outcome.status == NO_VERDICT and reason in outcome.error


def test_throttling_is_retried_and_validation_errors_are_not(client):
    with Stubber(client) as stub:
        stub.add_client_error("converse", "ThrottlingException", "slow down", 429)
        stub.add_response("converse", reply(tool_use(GOOD)))
        outcome = judge_with(client, max_retries=2).judge_many([REQUEST]).outcomes["k1"]
    assert outcome.status == VERDICT and outcome.calls == 2
    with Stubber(client) as stub:
        stub.add_client_error("converse", "ValidationException", "model not enabled", 400)
        outcome = judge_with(client, max_retries=2).judge_many([REQUEST]).outcomes["k1"]
    assert outcome.status == NO_VERDICT and outcome.calls == 1 and "ValidationException" in outcome.error


def test_throttling_that_never_ends_is_no_verdict(client):
    with Stubber(client) as stub:
        for _ in range(3):
            stub.add_client_error("converse", "ThrottlingException", "slow down", 429)
        outcome = judge_with(client, max_retries=2).judge_many([REQUEST]).outcomes["k1"]
    assert outcome.status == NO_VERDICT and "ThrottlingException" in outcome.error and outcome.calls == 3


@pytest.mark.skipif(not (os.environ.get("BEDROCK_MODEL_ID") and (os.environ.get("AWS_ACCESS_KEY_ID") or os.environ.get("AWS_PROFILE"))),
                    reason="live smoke test: needs BEDROCK_MODEL_ID and AWS credentials")
def test_live_bedrock_smoke():
    from twitch_assets.compliance.judges.bedrock import bedrock_client

    judge = BedrockJudge(os.environ["BEDROCK_MODEL_ID"], bedrock_client(timeout_s=60), CallLimits(max_retries=1))
    outcome = judge.judge_many([REQUEST]).outcomes["k1"]
    assert outcome.status in (VERDICT, NO_VERDICT)
