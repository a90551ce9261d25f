"""AWS Bedrock through the Converse API, with the verdict forced through a tool.

The model must call ``record_verdict`` (``toolChoice``), whose input schema is the verdict schema;
the verdict is that tool call's ``input``. Credentials come from the usual AWS chain (environment,
profile, instance role); botocore's own retries are off so ``GenerativeJudge`` owns them.
"""

from __future__ import annotations

from botocore.exceptions import BotoCoreError, ClientError, ConnectTimeoutError, EndpointConnectionError, ReadTimeoutError

from twitch_assets.compliance.judges.base import (
    VERDICT_SCHEMA,
    CallLimits,
    GenerativeJudge,
    JudgeOutcome,
    JudgeRequest,
    TransientJudgeError,
    no_verdict,
    verdict_outcome,
)
from twitch_assets.compliance.judges.prompt import SYSTEM_PROMPT, fenced_stream_data

TOOL_NAME = "record_verdict"
_TRANSIENT_CODES = {
    "ThrottlingException", "ServiceUnavailableException", "InternalServerException", "ModelNotReadyException",
    "TooManyRequestsException", "ModelTimeoutException",
}


def bedrock_client(region: str | None = None, timeout_s: float = 30.0):
    import boto3
    from botocore.config import Config

    config = Config(read_timeout=timeout_s, connect_timeout=min(timeout_s, 10.0), retries={"max_attempts": 1, "mode": "standard"})
    return boto3.client("bedrock-runtime", region_name=region, config=config)


class BedrockJudge(GenerativeJudge):
    name = "bedrock"

    def __init__(self, model_id: str, client, limits: CallLimits = CallLimits(), max_output_tokens: int = 400, sleep=None):
        super().__init__(limits, **({"sleep": sleep} if sleep else {}))
        self.model = model_id
        self._client = client
        self.max_output_tokens = max_output_tokens

    def request_params(self, request: JudgeRequest) -> dict:
        return {
            "modelId": self.model,
            "system": [{"text": SYSTEM_PROMPT}],
            "messages": [{"role": "user", "content": [{"text": fenced_stream_data(request)}]}],
            "inferenceConfig": {"maxTokens": self.max_output_tokens, "temperature": 0.0},
            "toolConfig": {
                "tools": [{
                    "toolSpec": {
                        "name": TOOL_NAME,
                        "description": "Record the compliance verdict on the stream.",
                        "inputSchema": {"json": VERDICT_SCHEMA},
                    }
                }],
                "toolChoice": {"tool": {"name": TOOL_NAME}},
            },
        }

    def _attempt(self, request: JudgeRequest) -> JudgeOutcome:
        try:
            reply = self._client.converse(**self.request_params(request))
        except (ReadTimeoutError, ConnectTimeoutError) as exc:
            raise TransientJudgeError("timeout") from exc
        except EndpointConnectionError as exc:
            raise TransientJudgeError("connection error") from exc
        except ClientError as exc:
            code = exc.response.get("Error", {}).get("Code", "ClientError")
            if code in _TRANSIENT_CODES:
                raise TransientJudgeError(code) from exc
            return no_verdict(request, f"{code}: {str(exc.response.get('Error', {}).get('Message', ''))[:160]}")
        except BotoCoreError as exc:
            return no_verdict(request, f"bedrock error: {type(exc).__name__}")
        usage = reply.get("usage") or {}
        tokens = int(usage.get("inputTokens") or 0), int(usage.get("outputTokens") or 0)
        stop = reply.get("stopReason")
        if stop == "max_tokens":
            return no_verdict(request, "truncated: the reply hit maxTokens", *tokens)
        if stop in ("guardrail_intervened", "content_filtered"):
            return no_verdict(request, f"refused: {stop}", *tokens)
        content = ((reply.get("output") or {}).get("message") or {}).get("content") or []
        calls = [block["toolUse"] for block in content if isinstance(block, dict) and "toolUse" in block]
        verdict_call = next((c for c in calls if c.get("name") == TOOL_NAME), None)
        if verdict_call is None:
            text = " ".join(block.get("text", "") for block in content if isinstance(block, dict))[:120]
            return no_verdict(request, f"refused: no {TOOL_NAME} tool call (stopReason {stop}): {text}", *tokens)
        return verdict_outcome(request, verdict_call.get("input"), *tokens)
