"""The outbox: events are written in the transaction of the state change and published afterwards.

A run never waits on Redis and a Redis outage loses nothing: the publisher drains unpublished rows in
id order, holding row locks so two replicas never publish the same row, and marks them published only
after XADD succeeded. Consumers dedupe by event `id` (a crash between XADD and the mark re-publishes).

As HYVVE's publisher (apps/api/src/events/event-publisher.service.ts): the same approximate MAXLEN, and an
`event_metadata` row (status PENDING) per event, committed with the mark, for HYVVE's consumer to update.
"""

from __future__ import annotations

import asyncio
import json
import logging
import uuid
from typing import Any

import redis
from sqlalchemy import Connection, Engine, select, text, update
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.sql import func

from agents.database import tenant
from agents.database.tables import ServiceTables
from agents.events.envelope import MAIN_STREAM

log = logging.getLogger(__name__)

STREAM_MAXLEN = 30 * 24 * 60 * 60  # HYVVE's: 30 days' retention at about one event a second

# Unqualified: HYVVE's table on the search_path, as the service's other HYVVE SQL. 'PENDING' is an untyped
# literal, so it casts to Prisma's enum EventStatus. Timestamps are UTC, as Prisma writes them.
_METADATA_SQL = text(
    """
    INSERT INTO event_metadata (id, event_id, stream_id, type, source, tenant_id, correlation_id, status, created_at)
    VALUES (:id, :event_id, :stream_id, :type, :source, :tenant_id, :correlation_id, 'PENDING',
            now() AT TIME ZONE 'utc')
    ON CONFLICT (event_id) DO NOTHING
    """
)


def enqueue(conn: Connection, tables: ServiceTables, *events: dict[str, Any], stream: str = MAIN_STREAM) -> None:
    """Queue `events`, in order, in the caller's transaction (one statement for all of them)."""
    if events:
        conn.execute(tables.outbox.insert().values([{"stream": stream, "event": event} for event in events]))


class OutboxPublisher:
    def __init__(self, engine: Engine, tables: ServiceTables, client: redis.Redis, batch: int = 100) -> None:
        self.engine = engine
        self.tables = tables
        self.redis = client
        self.batch = batch
        self._redis_down = False  # said once per outage, not every poll

    @tenant.in_operator_scope  # the outbox of every workspace drains onto one bus
    def publish_pending(self) -> int:
        """Publish one batch; returns how many were published (0 when idle or Redis is down)."""
        outbox = self.tables.outbox
        with self.engine.connect() as conn, conn.begin():
            rows = conn.execute(
                select(outbox.c.id, outbox.c.stream, outbox.c.event)
                .where(outbox.c.published_at.is_(None))
                .order_by(outbox.c.id)
                .limit(self.batch)
                .with_for_update(skip_locked=True)
            ).all()
            if not rows:
                return 0
            published: list[int] = []
            metadata: list[dict[str, Any]] = []
            try:
                for row in rows:
                    stream_id = self.redis.xadd(
                        row.stream, {"event": json.dumps(row.event)}, maxlen=STREAM_MAXLEN, approximate=True
                    )
                    published.append(row.id)
                    metadata.append(_metadata(row.event, stream_id))
            except (redis.RedisError, OSError) as exc:
                if not self._redis_down:
                    log.warning("outbox: Redis unavailable (%s); events wait in the outbox", type(exc).__name__)
                self._redis_down = True
            if published and self._redis_down:
                log.info("outbox: Redis is back; publishing the events that waited")
                self._redis_down = False
            if published:
                self._record_metadata(conn, metadata)
                conn.execute(update(outbox).where(outbox.c.id.in_(published)).values(published_at=func.now()))
            return len(published)

    def _record_metadata(self, conn: Connection, rows: list[dict[str, Any]]) -> None:
        """HYVVE's bookkeeping; if it cannot be written the events still count as published (a failure
        here must not re-publish them every poll)."""
        try:
            with conn.begin_nested():
                conn.execute(_METADATA_SQL, rows)
        except SQLAlchemyError as exc:
            log.error("outbox: event_metadata rows not written (%s); the events are published", type(exc).__name__)

    async def run(self, stop: asyncio.Event, idle_seconds: float = 0.5) -> None:
        while not stop.is_set():
            try:
                # Blocking DB and Redis work stays off the event loop that serves requests.
                sent = await asyncio.to_thread(self.publish_pending)
            except Exception:  # a database hiccup must not end the publisher
                log.exception("outbox publisher failed; retrying")
                sent = 0
            if not sent:
                try:
                    await asyncio.wait_for(stop.wait(), idle_seconds)
                except TimeoutError:
                    pass


def _metadata(event: dict[str, Any], stream_id: bytes | str) -> dict[str, Any]:
    return {
        "id": str(uuid.uuid4()),
        "event_id": event["id"],
        "stream_id": stream_id.decode() if isinstance(stream_id, bytes) else str(stream_id),
        "type": event["type"],
        "source": event["source"],
        "tenant_id": event["tenantId"],
        "correlation_id": event.get("correlationId"),
    }
