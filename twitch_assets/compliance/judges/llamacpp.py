"""A GGUF instruct model run in this process by llama.cpp, through the ``xllamacpp`` bindings.

It is sent the request the ``openai`` judge sends (the same fenced prompt, temperature 0) and its
reply is read by the same function; llama.cpp turns the verdict schema into a grammar, so the model
can only write JSON of the verdict's shape, and ``verdict_outcome`` still validates it. The reply is
streamed so that a call past its deadline is stopped between two tokens; prompt evaluation, bounded
by the prompt's length, is not interrupted. Rate, hourly cap and retries are ``GenerativeJudge``'s.

The model is loaded when the judge is built and freed by ``close``. Each worker thread gets its own
decoding slot, so concurrent calls are batched rather than queued.
"""

from __future__ import annotations

import copy
import secrets
import time
from collections.abc import Callable
from pathlib import Path

import xllamacpp

from twitch_assets import settings
from twitch_assets.compliance.judges.base import (
    MAX_EVIDENCE_CHARS,
    MAX_EVIDENCE_ITEMS,
    VERDICT_SCHEMA,
    CallLimits,
    GenerativeJudge,
    JudgeOutcome,
    JudgeRequest,
    TransientJudgeError,
    no_verdict,
)
from twitch_assets.compliance.judges.openai_chat import chat_completion_outcome, chat_request

# More layers than any model has: llama.cpp then offloads all of them.
ALL_LAYERS = 999
# llama.cpp's log level: errors only (its info log runs to hundreds of lines per model load).
LOG_ERRORS_ONLY = 1
# Room for one call: the prompt is about 550 tokens, the reply at most ``max_output_tokens``.
DEFAULT_CONTEXT_TOKENS_PER_CALL = 2048
# llama.cpp's "server busy or still loading": worth a retry.
_TRANSIENT_ERROR_CODES = {429, 503}


def _grammar_schema() -> dict:
    """The verdict schema with the limits ``validate_verdict`` enforces written into it, so a small or
    looping model cannot ramble past them. They stay out of the shared schema, which keeps to the
    keywords that every remote provider's structured-output mode accepts."""
    schema = copy.deepcopy(VERDICT_SCHEMA)
    evidence = schema["properties"]["evidence"]
    evidence["maxItems"] = MAX_EVIDENCE_ITEMS
    evidence["items"]["maxLength"] = MAX_EVIDENCE_CHARS
    schema["properties"]["confidence"].update(minimum=0, maximum=1)
    return schema


GRAMMAR_SCHEMA = _grammar_schema()


def require_gguf(path: str) -> Path:
    """The model file, or a ValueError that names the variable meant to point to it."""
    name = settings.LLAMACPP_MODEL_PATH
    if not path:
        raise ValueError(f"{settings.COMPLIANCE_JUDGE}={settings.JUDGE_LLAMACPP} needs {name}: "
                         "the path to a GGUF instruct model")
    try:
        with open(path, "rb") as model_file:
            magic = model_file.read(4)
    except OSError as exc:
        raise ValueError(f"{name}={path!r} cannot be read: {exc.strerror or exc}") from exc
    if magic != b"GGUF":
        raise ValueError(f"{name}={path!r} is not a GGUF model file")
    return Path(path)


def gpu_present() -> bool:
    gpu_types = {xllamacpp.ggml_backend_dev_type.GGML_BACKEND_DEVICE_TYPE_GPU,
                 xllamacpp.ggml_backend_dev_type.GGML_BACKEND_DEVICE_TYPE_IGPU}
    return any(device["type"] in gpu_types for device in xllamacpp.get_device_info())


class ChatStream:
    """Collects a streamed chat completion into the shape of an unstreamed one, and stops the
    generation once the deadline has passed."""

    def __init__(self, deadline: float, clock: Callable[[], float]):
        self._deadline, self._clock = deadline, clock
        self.pieces: list[str] = []
        self.finish_reason: str | None = None
        self.usage: dict = {}
        self.error: dict | None = None
        self.timed_out = False

    def receive(self, chunk: dict) -> bool:
        """Called by llama.cpp for every chunk; returning True stops the generation."""
        if "error" in chunk:
            self.error = chunk["error"] if isinstance(chunk["error"], dict) else {"message": str(chunk["error"])}
            return True
        for choice in chunk.get("choices") or []:
            content = (choice.get("delta") or {}).get("content")
            if content:
                self.pieces.append(content)
            self.finish_reason = choice.get("finish_reason") or self.finish_reason
        self.usage = chunk.get("usage") or self.usage
        if self.finish_reason is None and self._clock() > self._deadline:
            self.timed_out = True
            return True
        return False

    def completion(self) -> dict:
        message = {"role": "assistant", "content": "".join(self.pieces)}
        return {"choices": [{"message": message, "finish_reason": self.finish_reason}], "usage": self.usage}


class LlamaCppJudge(GenerativeJudge):
    name = "llamacpp"

    def __init__(
        self,
        model_path: str | Path,
        limits: CallLimits = CallLimits(),
        timeout_s: float = 30.0,
        max_output_tokens: int = 400,
        n_gpu_layers: int | None = settings.DEFAULT_LLAMACPP_N_GPU_LAYERS,
        context_tokens_per_call: int = DEFAULT_CONTEXT_TOKENS_PER_CALL,
        cpu_threads: int | None = settings.DEFAULT_LLAMACPP_CPU_THREADS,
        clock: Callable[[], float] = time.monotonic,
        sleep=None,
    ):
        super().__init__(limits, **({"sleep": sleep} if sleep else {}))
        # The file name is the model's identity in judge_id, hence in the verdict cache.
        self.model = Path(model_path).name
        self.timeout_s = timeout_s
        self.max_output_tokens = max_output_tokens
        self.n_gpu_layers = (ALL_LAYERS if gpu_present() else 0) if n_gpu_layers is None else n_gpu_layers
        self._clock = clock
        params = xllamacpp.CommonParams()
        params.model.path = str(model_path)
        params.n_gpu_layers = self.n_gpu_layers
        params.n_parallel = limits.max_concurrency
        params.n_ctx = context_tokens_per_call * limits.max_concurrency  # split evenly between the slots
        if cpu_threads is not None:
            params.cpuparams.n_threads = params.cpuparams_batch.n_threads = cpu_threads
        params.verbosity = LOG_ERRORS_ONLY
        # llama.cpp also listens on a random loopback port; a key nobody knows keeps others off it.
        params.api_keys = [secrets.token_urlsafe(32)]
        try:
            self._server: xllamacpp.Server | None = xllamacpp.Server(params)
        except RuntimeError as exc:
            raise RuntimeError(f"llama.cpp could not load {model_path} with {self.n_gpu_layers} GPU layers "
                               "(its log above says why)") from exc

    def __repr__(self) -> str:
        loaded = self._server is not None
        return f"LlamaCppJudge(model={self.model!r}, n_gpu_layers={self.n_gpu_layers}, loaded={loaded})"

    def close(self) -> None:
        """Free the model: xllamacpp releases it, and its threads, when the server is collected."""
        self._server = None

    def request_body(self, request: JudgeRequest) -> dict:
        return {**chat_request(request, self.max_output_tokens, GRAMMAR_SCHEMA),
                "stream": True, "stream_options": {"include_usage": True}}

    def _attempt(self, request: JudgeRequest) -> JudgeOutcome:
        server = self._server
        if server is None:
            raise RuntimeError("the llamacpp judge is closed")
        stream = ChatStream(self._clock() + self.timeout_s, self._clock)
        server.handle_chat_completions(self.request_body(request), stream.receive)
        if stream.error is not None:
            code, message = stream.error.get("code"), str(stream.error.get("message", ""))[:160]
            if code in _TRANSIENT_ERROR_CODES:
                raise TransientJudgeError(f"llama.cpp {code}: {message}")
            return no_verdict(request, f"llama.cpp error {code}: {message}")
        if stream.timed_out:
            # Not retried, unlike a remote timeout: the same prompt on the same model would take as long.
            # Each streamed piece is one token.
            return no_verdict(request, f"timeout after {self.timeout_s:g}s", output_tokens=len(stream.pieces))
        return chat_completion_outcome(request, stream.completion())
