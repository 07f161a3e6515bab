"""HYVVE's event envelope: `{id, type, source, timestamp, correlationId, tenantId, userId, version, data}`.

Events must pass HYVVE's own Zod schemas (`packages/shared/src/schemas/events.ts`), which its consumer validates
every event with: an optional field there is absent, never null (`z.string().optional()` rejects null; its
publisher's `JSON.stringify` drops `undefined`), so `data` leaves out what is None.
"""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from typing import Any

from agents.middleware.principal import SERVICE_USER

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


def iso_utc(moment: datetime) -> str:
    """`Date.toISOString()`: UTC, milliseconds, `Z` (a naive datetime is UTC, as Prisma's columns hold)."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def make_event(
    type_: str, tenant_id: str, user_id: str | None, data: dict[str, Any], correlation_id: str | None = None
) -> dict[str, Any]:
    # As HYVVE's publisher (apps/api/src/events/event-publisher.service.ts): every event has a correlationId.
    return {
        "id": str(uuid.uuid4()),
        "type": type_,
        "source": SOURCE,
        "timestamp": iso_utc(datetime.now(UTC)),
        "correlationId": correlation_id or str(uuid.uuid4()),
        "tenantId": tenant_id,
        "userId": user_id or SERVICE_USER,  # HYVVE's envelope requires one: nobody's is NestJS's service user
        "version": "1.0",
        "data": _without_nul({key: value for key, value in data.items() if value is not None}),
    }
