"""The outbox: events are written in the transaction of the state change and published afterwards.

A run never waits on Redis and a Redis outage loses nothing: the publisher drains unpublished rows in
id order, holding row locks so two replicas never publish the same row, and marks them published only
after XADD succeeded. Consumers dedupe by event `id` (a crash between XADD and the mark re-publishes).
"""

from __future__ import annotations

import asyncio
import json
import logging
from typing import Any

import redis
from sqlalchemy import Connection, Engine, select, update
from sqlalchemy.sql import func

from agents.database import tenant
from agents.database.tables import ServiceTables
from agents.events.envelope import MAIN_STREAM

log = logging.getLogger(__name__)

STREAM_MAXLEN = 100_000


def enqueue(conn: Connection, tables: ServiceTables, event: dict[str, Any], stream: str = MAIN_STREAM) -> None:
    conn.execute(tables.outbox.insert().values(stream=stream, event=event))


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
            published = []
            try:
                for row in rows:
                    self.redis.xadd(
                        row.stream, {"event": json.dumps(row.event)}, maxlen=STREAM_MAXLEN, approximate=True
                    )
                    published.append(row.id)
            except (redis.RedisError, OSError) as exc:
                if not self._redis_down:
                    log.warning("outbox: Redis unavailable (%s); events wait in the outbox", type(exc).__name__)
                self._redis_down = True
            if published and self._redis_down:
                log.info("outbox: Redis is back; publishing the events that waited")
                self._redis_down = False
            if published:
                conn.execute(update(outbox).where(outbox.c.id.in_(published)).values(published_at=func.now()))
            return len(published)

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
                except asyncio.TimeoutError:
                    pass
