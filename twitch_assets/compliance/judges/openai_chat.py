"""Any OpenAI-compatible chat-completions endpoint (OpenAI, vLLM, Ollama, llama.cpp server).

The verdict comes back as JSON constrained by a strict ``json_schema`` response format. A refusal,
a truncated or filtered reply, unparsable JSON or a verdict outside the schema is no verdict, with
the reason. Timeouts, connection errors, 429 and 5xx are retried by ``GenerativeJudge``. The API
key goes only into the Authorization header: never into an error, a log line or a repr.

``chat_request`` and ``chat_completion_outcome`` are the format itself, without HTTP: the in-process
``llamacpp`` judge speaks it too.
"""

from __future__ import annotations

import json

import requests

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


def response_format(schema: dict) -> dict:
    return {"type": "json_schema",
            "json_schema": {"name": "stream_compliance_verdict", "strict": True, "schema": schema}}


RESPONSE_FORMAT = response_format(VERDICT_SCHEMA)


def chat_request(request: JudgeRequest, max_output_tokens: int, schema: dict = VERDICT_SCHEMA) -> dict:
    """The chat-completions body (less the model): instructions, the fenced stream data, temperature 0,
    the verdict schema as the response format."""
    return {
        "messages": [
            {"role": "system", "content": SYSTEM_PROMPT},
            {"role": "user", "content": fenced_stream_data(request)},
        ],
        "temperature": 0,
        "max_tokens": max_output_tokens,
        "response_format": response_format(schema),
    }


def chat_completion_outcome(request: JudgeRequest, body: object) -> JudgeOutcome:
    """Read a chat completion: a refusal, truncation, a filtered reply or unparsable JSON is no verdict
    with the reason; otherwise the verdict as ``verdict_outcome`` validates it."""
    try:
        choice = body["choices"][0]
        message = choice["message"]
    except (KeyError, IndexError, TypeError):
        return no_verdict(request, "invalid reply: not a chat completion")
    usage = body.get("usage") or {}
    tokens = int(usage.get("prompt_tokens") or 0), int(usage.get("completion_tokens") or 0)
    if message.get("refusal"):
        return no_verdict(request, f"refused: {str(message['refusal'])[:120]}", *tokens)
    finish = choice.get("finish_reason")
    if finish == "length":
        return no_verdict(request, "truncated: the reply hit max_tokens", *tokens)
    if finish == "content_filter":
        return no_verdict(request, "content filter: the provider withheld the reply", *tokens)
    try:
        payload = json.loads(message.get("content") or "")
    except (TypeError, ValueError):
        return no_verdict(request, "invalid JSON in the reply", *tokens)
    return verdict_outcome(request, payload, *tokens)


class OpenAIChatJudge(GenerativeJudge):
    name = "openai"

    def __init__(
        self,
        base_url: str,
        model: str,
        api_key: str = "",
        limits: CallLimits = CallLimits(),
        timeout_s: float = 30.0,
        max_output_tokens: int = 400,
        session: requests.Session | None = None,
        sleep=None,
    ):
        super().__init__(limits, **({"sleep": sleep} if sleep else {}))
        self.url = base_url.rstrip("/") + "/chat/completions"
        self.model = model
        self._api_key = api_key
        self.timeout_s = timeout_s
        self.max_output_tokens = max_output_tokens
        self._session = session or requests.Session()

    def __repr__(self) -> str:
        return f"OpenAIChatJudge(url={self.url!r}, model={self.model!r}, api_key={'<set>' if self._api_key else '<none>'})"

    def request_body(self, request: JudgeRequest) -> dict:
        return {"model": self.model, **chat_request(request, self.max_output_tokens)}

    def _attempt(self, request: JudgeRequest) -> JudgeOutcome:
        headers = {"Content-Type": "application/json"}
        if self._api_key:
            headers["Authorization"] = f"Bearer {self._api_key}"
        try:
            response = self._session.post(self.url, json=self.request_body(request), headers=headers, timeout=self.timeout_s)
        except requests.Timeout as exc:
            raise TransientJudgeError(f"timeout after {self.timeout_s:g}s") from exc
        except requests.ConnectionError as exc:
            raise TransientJudgeError("connection error") from exc
        if response.status_code == 429 or response.status_code >= 500:
            raise TransientJudgeError(f"HTTP {response.status_code}", _retry_after(response))
        if response.status_code != 200:
            return no_verdict(request, f"HTTP {response.status_code}: {_error_message(response)}")
        try:
            body = response.json()
        except ValueError:
            return no_verdict(request, "invalid reply: not a chat completion")
        return chat_completion_outcome(request, body)


def _retry_after(response: requests.Response) -> float | None:
    try:
        return float(response.headers.get("Retry-After", ""))
    except ValueError:
        return None


def _error_message(response: requests.Response) -> str:
    try:
        error = response.json().get("error") or {}
        return str(error.get("message") if isinstance(error, dict) else error)[:160]
    except (ValueError, AttributeError):
        return response.text[:160].replace("\n", " ")
