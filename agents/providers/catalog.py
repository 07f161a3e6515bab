"""HYVVE provider names -> agno model classes. Adding a provider is one entry here.

`ai_provider_configs.provider` values in use: openai, claude/anthropic, gemini/google, deepseek, openrouter,
ollama. Any other name listed in `PROVIDER_BASE_URLS` is an OpenAI-compatible endpoint. Base URLs can be
overridden per provider (`PROVIDER_BASE_URLS`), which is also how tests point every provider at the
scripted stand-in. Ollama is reached through its OpenAI-compatible `/v1` API (no key).

Each model carries `provider` = the HYVVE provider name, so a run's `model_provider` says which of the
workspace's providers answered (metering reads it).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass, field

from openai import AsyncOpenAI

from agno.models.base import Model
from agno.models.deepseek import DeepSeek
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


# One SDK client (and so one connection pool and TLS context) per endpoint, shared by every run; each run
# gets its own `with_options(api_key=...)` view of it, so keys stay per run. Building a client per run cost
# ~25 ms of CPU (bench/results/experiments.md: the largest single cost of the production path).
_SHARED: dict[tuple[str | None, float, int], AsyncOpenAI] = {}
_SHARED_LOCK = threading.Lock()


def _keyed_client(spec: ModelSpec, api_key: str | None) -> AsyncOpenAI:
    endpoint = (spec.base_url, spec.timeout, spec.max_retries)
    with _SHARED_LOCK:
        shared = _SHARED.get(endpoint)
        if shared is None:
            shared = AsyncOpenAI(api_key="per-run", base_url=spec.base_url, timeout=spec.timeout,
                                 max_retries=spec.max_retries)
            _SHARED[endpoint] = shared
    return shared.with_options(api_key=api_key or "not-needed")


def _openai(spec: ModelSpec) -> Model:
    model = OpenAIChat(id=spec.model_id, api_key=spec.api_key, base_url=spec.base_url, timeout=spec.timeout,
                       max_retries=spec.max_retries)
    model.async_client = _keyed_client(spec, spec.api_key)
    return model


# Claude's and Gemini's SDKs are imported on first use: together they were 2 of the service's 4 s of start-up
# imports, paid by every process (and every test that starts one) whether or not a workspace uses them.
def _claude(spec: ModelSpec) -> Model:
    from agno.models.anthropic import Claude

    params: dict[str, object] = {"max_retries": spec.max_retries}
    if spec.base_url:
        params["base_url"] = spec.base_url
    return Claude(id=spec.model_id, api_key=spec.api_key, timeout=spec.timeout, client_params=params)


def _gemini(spec: ModelSpec) -> Model:
    from agno.models.google import Gemini

    # agno replaces http_options wholesale when given, so the timeout (ms) goes inside it.
    options: dict[str, object] = {"timeout": int(spec.timeout * 1000)}
    if spec.base_url:
        options["base_url"] = spec.base_url
    return Gemini(id=spec.model_id, api_key=spec.api_key, client_params={"http_options": options})


def _deepseek(spec: ModelSpec) -> Model:
    model = DeepSeek(id=spec.model_id, api_key=spec.api_key, timeout=spec.timeout, max_retries=spec.max_retries)
    if spec.base_url:  # else agno's default, DeepSeek's own API
        model.base_url = spec.base_url
    return model


def _openrouter(spec: ModelSpec) -> Model:
    model = OpenRouter(id=spec.model_id, api_key=spec.api_key, timeout=spec.timeout, max_retries=spec.max_retries)
    if spec.base_url:
        model.base_url = spec.base_url
    return model


def _openai_compatible(spec: ModelSpec) -> Model:
    model = OpenAILike(id=spec.model_id, api_key=spec.api_key or "not-needed", base_url=spec.base_url,
                       timeout=spec.timeout, max_retries=spec.max_retries)
    model.async_client = _keyed_client(spec, spec.api_key)
    return model


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
