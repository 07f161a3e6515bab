"""HYVVE provider names -> agno model classes. Adding a provider is one entry here.

`ai_provider_configs.provider` values in use: openai, claude/anthropic, gemini/google, deepseek, openrouter,
ollama. Any other name listed in `PROVIDER_BASE_URLS` is an OpenAI-compatible endpoint. Base URLs can be
overridden per provider (`PROVIDER_BASE_URLS`), which is also how tests point every provider at the
scripted stand-in. Ollama is reached through its OpenAI-compatible `/v1` API (no key).

Each model carries `provider` = the HYVVE provider name, so a run's `model_provider` says which of the
workspace's providers answered (metering reads it).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from agno.models.anthropic import Claude
from agno.models.base import Model
from agno.models.deepseek import DeepSeek
from agno.models.google import Gemini
from agno.models.openai import OpenAIChat
from agno.models.openai.like import OpenAILike
from agno.models.openrouter import OpenRouter


@dataclass(frozen=True)
class ModelSpec:
    provider: str  # chooses the agno class: a HYVVE provider name
    label: str  # stamped as the model's `provider`: the HYVVE provider name, or "platform" for our own key
    model_id: str
    api_key: str | None = field(repr=False)
    base_url: str | None
    timeout: float
    max_retries: int


def _openai(spec: ModelSpec) -> Model:
    return OpenAIChat(id=spec.model_id, api_key=spec.api_key, base_url=spec.base_url, timeout=spec.timeout,
                      max_retries=spec.max_retries)


def _claude(spec: ModelSpec) -> Model:
    params: dict[str, object] = {"max_retries": spec.max_retries}
    if spec.base_url:
        params["base_url"] = spec.base_url
    return Claude(id=spec.model_id, api_key=spec.api_key, timeout=spec.timeout, client_params=params)


def _gemini(spec: ModelSpec) -> Model:
    # agno replaces http_options wholesale when given, so the timeout (ms) goes inside it.
    options: dict[str, object] = {"timeout": int(spec.timeout * 1000)}
    if spec.base_url:
        options["base_url"] = spec.base_url
    return Gemini(id=spec.model_id, api_key=spec.api_key, client_params={"http_options": options})


def _deepseek(spec: ModelSpec) -> Model:
    return DeepSeek(id=spec.model_id, api_key=spec.api_key, timeout=spec.timeout, max_retries=spec.max_retries,
                    **({"base_url": spec.base_url} if spec.base_url else {}))


def _openrouter(spec: ModelSpec) -> Model:
    return OpenRouter(id=spec.model_id, api_key=spec.api_key, timeout=spec.timeout, max_retries=spec.max_retries,
                      **({"base_url": spec.base_url} if spec.base_url else {}))


def _openai_compatible(spec: ModelSpec) -> Model:
    return OpenAILike(id=spec.model_id, api_key=spec.api_key or "not-needed", base_url=spec.base_url,
                      timeout=spec.timeout, max_retries=spec.max_retries)


PROVIDERS: dict[str, Callable[[ModelSpec], Model]] = {
    "openai": _openai,
    "claude": _claude,
    "anthropic": _claude,
    "gemini": _gemini,
    "google": _gemini,
    "deepseek": _deepseek,
    "openrouter": _openrouter,
    "ollama": _openai_compatible,
}
KEYLESS = {"ollama"}
DEFAULT_BASE_URLS = {"ollama": "http://localhost:11434/v1"}


def is_known(provider: str, base_urls: dict[str, str]) -> bool:
    return provider in PROVIDERS or provider in base_urls


def build_model(spec: ModelSpec) -> Model:
    make = PROVIDERS.get(spec.provider, _openai_compatible)
    model = make(spec)
    model.provider = spec.label
    return model
