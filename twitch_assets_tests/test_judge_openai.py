"""The OpenAI-compatible judge against a local chat-completions server: request shape, every bad reply, retries, the key."""

from __future__ import annotations

import json
import os
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from twitch_assets.compliance.judges.base import NO_VERDICT, NOT_JUDGED, VERDICT, CallLimits, JudgeRequest
from twitch_assets.compliance.judges.openai_chat import OpenAIChatJudge

SECRET = "sk-test-DO-NOT-LEAK-1234"
GOOD = {"evidence": ["full movie"], "title_fits_category": False, "violation_type": "film_tv", "confidence": 0.9}


def completion(content=None, finish="stop", refusal=None):
    message = {"role": "assistant", "content": None if content is None else json.dumps(content) if not isinstance(content, str) else content}
    if refusal:
        message["refusal"] = refusal
    return {"choices": [{"index": 0, "message": message, "finish_reason": finish}],
            "usage": {"prompt_tokens": 120, "completion_tokens": 30}}


class ChatServer:
    """Replies from a script: each item is (status, body, headers) or a callable of the request body."""

    def __init__(self, script):
        self.script = list(script)
        self.requests: list[dict] = []
        self.headers: list[dict] = []
        server = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self):
                body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
                server.requests.append(body)
                server.headers.append(dict(self.headers))
                step = server.script.pop(0) if len(server.script) > 1 else server.script[0]
                status, reply, headers = step(body) if callable(step) else step
                data = reply.encode() if isinstance(reply, str) else json.dumps(reply).encode()
                self.send_response(status)
                for key, value in (headers or {}).items():
                    self.send_header(key, value)
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def log_message(self, *args):
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}/v1"
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()

    def close(self):
        self.httpd.shutdown()
        self.httpd.server_close()


@pytest.fixture
def serve():
    servers = []

    def start(*script):
        server = ChatServer(script)
        servers.append(server)
        return server

    yield start
    for server in servers:
        server.close()


def judge_for(server, **limits) -> OpenAIChatJudge:
    return OpenAIChatJudge(server.url, "test-model", SECRET, CallLimits(**{"calls_per_minute": 6000, **limits}),
                           timeout_s=2.0, sleep=lambda s: None)


REQUEST = JudgeRequest("k1", "Dune full movie", "Artifact", tags=("Movies",), category_popularity_pct=3.0)


def test_request_shape_strict_schema_and_fenced_data(serve):
    server = serve((200, completion(GOOD), {}))
    outcome = judge_for(server).judge_many([REQUEST]).outcomes["k1"]
    assert outcome.status == VERDICT and outcome.verdict.violation_type == "film_tv"
    assert (outcome.input_tokens, outcome.output_tokens, outcome.calls) == (120, 30, 1)
    body = server.requests[0]
    assert body["model"] == "test-model" and body["temperature"] == 0
    schema = body["response_format"]["json_schema"]
    assert body["response_format"]["type"] == "json_schema" and schema["strict"] is True
    assert schema["schema"]["additionalProperties"] is False
    assert set(schema["schema"]["required"]) == set(schema["schema"]["properties"])
    assert list(schema["schema"]["properties"])[0] == "evidence"
    system, user = body["messages"]
    assert system["role"] == "system" and "untrusted" in system["content"]
    assert user["content"].startswith("<stream_data>") and '"title": "Dune full movie"' in user["content"]
    assert server.headers[0]["Authorization"] == f"Bearer {SECRET}"


@pytest.mark.parametrize("reply, reason", [
    ((200, completion(refusal="I can't help with that"), {}), "refused"),
    ((200, completion('{"evidence": ["x"], "violation', finish="length"), {}), "truncated"),
    ((200, completion(None, finish="content_filter"), {}), "content filter"),
    ((200, completion("not json at all"), {}), "invalid JSON"),
    ((200, completion({**GOOD, "violation_type": "piracy"}), {}), "invalid verdict"),
    ((200, completion({**GOOD, "confidence": 7}), {}), "invalid verdict"),
    ((200, completion({**GOOD, "evidence": []}), {}), "invalid verdict"),
    ((200, completion({k: v for k, v in GOOD.items() if k != "title_fits_category"}), {}), "invalid verdict"),
    ((200, {"unexpected": True}, {}), "invalid reply"),
    ((400, {"error": {"message": "bad model"}}, {}), "HTTP 400"),
    ((401, "<html>nope</html>", {}), "HTTP 401"),
])
def test_every_bad_reply_is_no_verdict_with_its_reason(serve, reply, reason):
    outcome = judge_for(serve(reply)).judge_many([REQUEST]).outcomes["k1"]
    assert outcome.status == NO_VERDICT and outcome.verdict is None
    assert reason in outcome.error


def test_transient_failures_are_retried_then_succeed(serve):
    server = serve((500, "oops", {}), (429, {"error": "slow down"}, {"Retry-After": "0"}), (200, completion(GOOD), {}))
    outcome = judge_for(server, max_retries=2).judge_many([REQUEST]).outcomes["k1"]
    assert outcome.status == VERDICT and outcome.calls == 3


def test_retries_run_out_into_no_verdict(serve):
    outcome = judge_for(serve((503, "down", {})), max_retries=1).judge_many([REQUEST]).outcomes["k1"]
    assert outcome.status == NO_VERDICT and "HTTP 503" in outcome.error and outcome.calls == 2


def test_timeout_is_no_verdict_not_a_crash(serve):
    import time

    def slow(body):
        time.sleep(1.5)
        return 200, completion(GOOD), {}

    judge = OpenAIChatJudge(serve(slow).url, "m", SECRET, CallLimits(max_retries=0), timeout_s=0.3, sleep=lambda s: None)
    outcome = judge.judge_many([REQUEST]).outcomes["k1"]
    assert outcome.status == NO_VERDICT and "timeout" in outcome.error


def test_connection_refused_is_no_verdict():
    judge = OpenAIChatJudge("http://127.0.0.1:9/v1", "m", SECRET, CallLimits(max_retries=1), timeout_s=0.5, sleep=lambda s: None)
    outcome = judge.judge_many([REQUEST]).outcomes["k1"]
    assert outcome.status == NO_VERDICT and "connection" in outcome.error


def test_hourly_call_cap_and_concurrency(serve):
    server = serve((200, completion(GOOD), {}))
    requests = [JudgeRequest(f"k{i}", f"title {i}", "Artifact") for i in range(7)]
    run = judge_for(server, max_calls_per_hour=4, max_concurrency=3).judge_many(requests)
    statuses = sorted(o.status for o in run.outcomes.values())
    assert statuses.count(VERDICT) == 4 and statuses.count(NOT_JUDGED) == 3
    assert all("call cap" in o.error for o in run.outcomes.values() if o.status == NOT_JUDGED)
    stats = run.stats()
    assert stats["calls"] == 4 and stats["input_tokens"] == 480 and len(server.requests) == 4


def test_the_key_never_appears_in_errors_or_repr(serve):
    judge = judge_for(serve((401, {"error": {"message": "invalid key"}}, {})))
    outcome = judge.judge_many([REQUEST]).outcomes["k1"]
    assert SECRET not in (outcome.error or "") and SECRET not in repr(judge)


@pytest.mark.skipif(not (os.environ.get("OPENAI_API_KEY") and os.environ.get("OPENAI_MODEL")),
                    reason="live smoke test: needs OPENAI_API_KEY and OPENAI_MODEL (and OPENAI_BASE_URL for non-OpenAI)")
def test_live_openai_compatible_endpoint_smoke():
    judge = OpenAIChatJudge(os.environ.get("OPENAI_BASE_URL") or "https://api.openai.com/v1", os.environ["OPENAI_MODEL"],
                            os.environ["OPENAI_API_KEY"], CallLimits(max_retries=1), timeout_s=60)
    run = judge.judge_many([REQUEST, JudgeRequest("k2", "Elden Ring blind playthrough part 3", "Elden Ring")])
    assert all(o.status in (VERDICT, NO_VERDICT) for o in run.outcomes.values())
    if run.outcomes["k1"].status == VERDICT:
        assert run.outcomes["k1"].verdict.violation_type == "film_tv"
