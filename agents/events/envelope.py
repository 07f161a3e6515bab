"""HYVVE's event envelope: `{id, type, source, timestamp, correlationId, tenantId, userId, version, data}`."""

from __future__ import annotations

import uuid
from datetime import datetime, timezone
from typing import Any

MAIN_STREAM = "hyvve:events:main"
SOURCE = "agentos"


def _without_nul(value: Any) -> Any:
    # PostgreSQL's jsonb cannot hold \u0000; a NUL a user typed must not cost the event.
    if isinstance(value, str):
        return value.replace("\x00", "")
    if isinstance(value, dict):
        return {k: _without_nul(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_without_nul(v) for v in value]
    return value


def make_event(
    type_: str, tenant_id: str, user_id: str | None, data: dict[str, Any], correlation_id: str | None = None
) -> dict[str, Any]:
    event: dict[str, Any] = {
        "id": str(uuid.uuid4()),
        "type": type_,
        "source": SOURCE,
        "timestamp": datetime.now(timezone.utc).isoformat().replace("+00:00", "Z"),
        "tenantId": tenant_id,
        "userId": user_id,
        "version": "1.0",
        "data": _without_nul(data),
    }
    if correlation_id:
        event["correlationId"] = correlation_id
    return event
