"""The ``judge`` resource: which judge scores candidate streams, chosen by ``COMPLIANCE_JUDGE``.

- ``local`` (default): the shipped classifier stacked with the rules; offline, no key.
- ``openai``: an OpenAI-compatible chat-completions endpoint (``OPENAI_BASE_URL``, ``OPENAI_MODEL``,
  ``OPENAI_API_KEY``; the key is passed as an ``EnvVar`` so the UI shows its name, never its value).
- ``bedrock``: AWS Bedrock Converse (``BEDROCK_MODEL_ID``; credentials from the AWS chain).
"""

from __future__ import annotations

import os

from dagster import ConfigurableResource, EnvVar
from pydantic import Field

from twitch_assets import settings
from twitch_assets.compliance.judges.base import CallLimits, Judge

JUDGE_KINDS = (settings.JUDGE_LOCAL, settings.JUDGE_OPENAI, settings.JUDGE_BEDROCK)


class JudgeResource(ConfigurableResource):
    """Builds the configured judge and holds its limits; the verdict cache lives in the warehouse."""

    kind: str = Field(default=settings.DEFAULT_COMPLIANCE_JUDGE, description="local, openai or bedrock.")
    openai_base_url: str = Field(default=settings.DEFAULT_OPENAI_BASE_URL)
    openai_model: str = Field(default=settings.DEFAULT_OPENAI_MODEL)
    openai_api_key: str = Field(default="", description="Bearer key; empty for keyless local servers.")
    bedrock_model_id: str = Field(default="", description="Bedrock model or inference-profile id.")
    aws_region: str = Field(default="", description="Empty: the AWS chain's region.")
    max_concurrency: int = Field(default=4, ge=1, le=64)
    calls_per_minute: float = Field(default=120.0, gt=0)
    max_calls_per_hour: int = Field(default=2_000, ge=0, description="Cap on judge calls per hourly partition.")
    max_retries: int = Field(default=2, ge=0, le=6)
    timeout_s: float = Field(default=30.0, gt=0)
    max_output_tokens: int = Field(default=400, ge=64)
    cache_max_age_hours: int = Field(default=24 * 7, ge=1)

    def build_judge(self) -> Judge:
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
        max_concurrency=settings.int_setting(settings.COMPLIANCE_MAX_CONCURRENCY, 4, env),
        calls_per_minute=float(settings.int_setting(settings.COMPLIANCE_CALLS_PER_MINUTE, 120, env)),
        max_calls_per_hour=settings.int_setting(settings.COMPLIANCE_MAX_CALLS_PER_HOUR, 2_000, env),
    )
