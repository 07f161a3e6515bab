"""The platform's own model (`DEFAULT_MODEL`), used when a workspace brings no key of its own."""

from __future__ import annotations

from agno.models.base import Model
from agno.models.openai import OpenAIChat

from agents.settings import Settings, SettingsError


def platform_model(settings: Settings) -> Model:
    provider, model_id = settings.default_model.split(":", 1)
    if provider != "openai":
        raise SettingsError(f"Invalid setting DEFAULT_MODEL: provider '{provider}' is not supported for the platform model")
    return OpenAIChat(
        id=model_id,
        api_key=settings.openai_api_key.get_secret_value() if settings.openai_api_key else None,
        base_url=settings.openai_base_url,
        timeout=60,
        max_retries=0,
    )
