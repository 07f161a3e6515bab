"""Who and what the current request is about, for logs and spans (set by the tenancy middleware)."""

from __future__ import annotations

from contextvars import ContextVar

# Values are ids only, never credentials or content.
request_context: ContextVar[dict[str, str]] = ContextVar("request_context", default={})


def set_request_context(**values: str | None) -> None:
    request_context.set({k: v for k, v in values.items() if v})
