"""Who and what the current request is about, for logs and spans (set by the tenancy middleware)."""

from __future__ import annotations

from collections.abc import Mapping
from contextvars import ContextVar
from types import MappingProxyType

# Values are ids only, never credentials or content.
# Read-only: a new mapping is set per request or job, never changed in place.
request_context: ContextVar[Mapping[str, str]] = ContextVar("request_context", default=MappingProxyType({}))


def set_request_context(**values: str | None) -> None:
    request_context.set({k: v for k, v in values.items() if v})
