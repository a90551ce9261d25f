"""The ``judge`` resource: which judge scores candidate streams, chosen by ``COMPLIANCE_JUDGE``.

- ``local`` (default): the shipped classifier stacked with the rules; offline, no key.
- ``openai``: an OpenAI-compatible chat-completions endpoint (``OPENAI_BASE_URL``, ``OPENAI_MODEL``,
  ``OPENAI_API_KEY``; the key is passed as an ``EnvVar`` so the UI shows its name, never its value).
- ``bedrock``: AWS Bedrock Converse (``BEDROCK_MODEL_ID``; credentials from the AWS chain).
- ``llamacpp``: a GGUF instruct model in this process (``LLAMACPP_MODEL_PATH``, ``LLAMACPP_N_GPU_LAYERS``,
  ``LLAMACPP_CPU_THREADS``).

The resource owns the judge it builds: built once per execution, closed at teardown (a llamacpp
judge holds its model in memory until then).
"""

from __future__ import annotations

import os

from dagster import ConfigurableResource, EnvVar, InitResourceContext
from pydantic import Field, PrivateAttr

from twitch_assets import settings
from twitch_assets.compliance.judges.base import CallLimits, Judge

JUDGE_KINDS = (settings.JUDGE_LOCAL, settings.JUDGE_OPENAI, settings.JUDGE_BEDROCK, settings.JUDGE_LLAMACPP)


class JudgeResource(ConfigurableResource):
    """Builds the configured judge and holds its limits; the verdict cache lives in the warehouse."""

    kind: str = Field(default=settings.DEFAULT_COMPLIANCE_JUDGE, description="local, openai, bedrock or llamacpp.")
    openai_base_url: str = Field(default=settings.DEFAULT_OPENAI_BASE_URL)
    openai_model: str = Field(default=settings.DEFAULT_OPENAI_MODEL)
    openai_api_key: str = Field(default="", description="Bearer key; empty for keyless local servers.")
    bedrock_model_id: str = Field(default="", description="Bedrock model or inference-profile id.")
    aws_region: str = Field(default="", description="Empty: the AWS chain's region.")
    llamacpp_model_path: str = Field(default="", description="The GGUF instruct model the llamacpp judge loads.")
    llamacpp_n_gpu_layers: int | None = Field(
        default=settings.DEFAULT_LLAMACPP_N_GPU_LAYERS, ge=0,
        description="Model layers offloaded to the GPU (0: CPU only); unset: all of them when there is a GPU.")
    llamacpp_cpu_threads: int | None = Field(
        default=settings.DEFAULT_LLAMACPP_CPU_THREADS, ge=1, description="CPU threads; unset: llama.cpp's choice.")
    max_concurrency: int = Field(default=4, ge=1, le=64)
    calls_per_minute: float = Field(default=120.0, gt=0)
    max_calls_per_hour: int = Field(default=2_000, ge=0, description="Cap on judge calls per hourly partition.")
    max_retries: int = Field(default=2, ge=0, le=6)
    timeout_s: float = Field(default=30.0, gt=0)
    max_output_tokens: int = Field(default=400, ge=64)
    cache_max_age_hours: int = Field(default=24 * 7, ge=1)
    _judge: Judge | None = PrivateAttr(default=None)

    def build_judge(self) -> Judge:
        """The configured judge, built on first use and kept (with its model, if any) until teardown."""
        if self._judge is None:
            self._judge = self._new_judge()
        return self._judge

    def teardown_after_execution(self, context: InitResourceContext) -> None:
        judge, self._judge = self._judge, None
        if judge is not None:
            judge.close()

    def _new_judge(self) -> Judge:
        limits = CallLimits(self.max_concurrency, self.calls_per_minute, self.max_calls_per_hour, self.max_retries)
        if self.kind == settings.JUDGE_LOCAL:
            from twitch_assets.compliance.judges.local import LocalJudge

            return LocalJudge()
        if self.kind == settings.JUDGE_OPENAI:
            from twitch_assets.compliance.judges.openai_chat import OpenAIChatJudge

            return OpenAIChatJudge(self.openai_base_url, self.openai_model, self.openai_api_key, limits,
                                   self.timeout_s, self.max_output_tokens)
        if self.kind == settings.JUDGE_BEDROCK:
            from twitch_assets.compliance.judges.bedrock import BedrockJudge, bedrock_client

            if not self.bedrock_model_id:
                raise ValueError(f"COMPLIANCE_JUDGE=bedrock needs {settings.BEDROCK_MODEL_ID}")
            client = bedrock_client(self.aws_region or None, self.timeout_s)
            return BedrockJudge(self.bedrock_model_id, client, limits, self.max_output_tokens)
        if self.kind == settings.JUDGE_LLAMACPP:
            from twitch_assets.compliance.judges.llamacpp import LlamaCppJudge, require_gguf

            return LlamaCppJudge(require_gguf(self.llamacpp_model_path), limits, self.timeout_s, self.max_output_tokens,
                                 self.llamacpp_n_gpu_layers, cpu_threads=self.llamacpp_cpu_threads)
        raise ValueError(f"{settings.COMPLIANCE_JUDGE} must be one of {', '.join(JUDGE_KINDS)}, got {self.kind!r}")


def judge_resource(environ: os._Environ | dict | None = None, kind: str = "") -> JudgeResource:
    """The resource as the environment configures it (``kind`` overrides ``COMPLIANCE_JUDGE``)."""
    env = os.environ if environ is None else environ
    kind = kind or env.get(settings.COMPLIANCE_JUDGE) or settings.DEFAULT_COMPLIANCE_JUDGE
    if kind not in JUDGE_KINDS:
        raise ValueError(f"{settings.COMPLIANCE_JUDGE} must be one of {', '.join(JUDGE_KINDS)}, got {kind!r}")
    return JudgeResource(
        kind=kind,
        openai_base_url=env.get(settings.OPENAI_BASE_URL) or settings.DEFAULT_OPENAI_BASE_URL,
        openai_model=env.get(settings.OPENAI_MODEL) or settings.DEFAULT_OPENAI_MODEL,
        openai_api_key=EnvVar(settings.OPENAI_API_KEY) if env.get(settings.OPENAI_API_KEY) else "",
        bedrock_model_id=env.get(settings.BEDROCK_MODEL_ID) or "",
        llamacpp_model_path=settings.llamacpp_model_path(env),
        llamacpp_n_gpu_layers=settings.llamacpp_n_gpu_layers(env),
        llamacpp_cpu_threads=settings.llamacpp_cpu_threads(env),
        max_concurrency=settings.int_setting(settings.COMPLIANCE_MAX_CONCURRENCY, 4, env),
        calls_per_minute=float(settings.int_setting(settings.COMPLIANCE_CALLS_PER_MINUTE, 120, env)),
        max_calls_per_hour=settings.int_setting(settings.COMPLIANCE_MAX_CALLS_PER_HOUR, 2_000, env),
    )
