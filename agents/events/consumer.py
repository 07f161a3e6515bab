"""Decisions made in HYVVE (NestJS) reach us as events: `approval.item.approved|rejected|cancelled|expired`.

We read `hyvve:events:main` with our own consumer group, so every replica shares the work and each
entry is handled by one of them. An entry is acknowledged only after it was handled; entries left
pending by a replica that died are re-claimed (XAUTOCLAIM) after `EVENTS_RECLAIM_IDLE_MS`. Handling is a
decision on the ledger, idempotent, so a re-delivered or duplicate event changes nothing.
"""

from __future__ import annotations

import asyncio
import json
import logging
import os
import socket
from typing import Any

import redis.asyncio as aioredis

from agents.approvals.decisions import DecisionService
from agents.events.envelope import MAIN_STREAM, SOURCE

log = logging.getLogger(__name__)

DECISION_EVENTS = {
    "approval.item.approved": "approved",
    "approval.item.rejected": "rejected",
    "approval.item.cancelled": "cancelled",
    "approval.item.expired": "expired",
}


class DecisionConsumer:
    def __init__(self, client: aioredis.Redis, group: str, decisions: DecisionService, reclaim_idle_ms: int) -> None:
        self.redis = client
        self.group = group
        self.decisions = decisions
        self.reclaim_idle_ms = reclaim_idle_ms
        self.name = f"{socket.gethostname()}:{os.getpid()}"

    async def ensure_group(self) -> None:
        try:
            await self.redis.xgroup_create(MAIN_STREAM, self.group, id="$", mkstream=True)
        except aioredis.ResponseError as exc:
            if "BUSYGROUP" not in str(exc):
                raise

    async def run(self, stop: asyncio.Event) -> None:
        while not stop.is_set():
            try:
                await self.ensure_group()
                await self.poll_once()
            except (aioredis.RedisError, OSError) as exc:
                log.warning("event consumer: Redis unavailable (%s); retrying", type(exc).__name__)
                await asyncio.sleep(1)
            except Exception:
                log.exception("event consumer iteration failed")
                await asyncio.sleep(1)

    async def poll_once(self, block_ms: int = 1000) -> int:
        claimed: list[Any] = await self.redis.xautoclaim(
            MAIN_STREAM, self.group, self.name, min_idle_time=self.reclaim_idle_ms, start_id="0-0", count=50
        )
        fresh: Any = await self.redis.xreadgroup(self.group, self.name, {MAIN_STREAM: ">"}, count=50, block=block_ms)
        entries = list(claimed[1]) + [entry for _, stream_entries in fresh or [] for entry in stream_entries]
        for entry_id, fields in entries:
            if await asyncio.to_thread(self._handle, fields):
                await self.redis.xack(MAIN_STREAM, self.group, entry_id)
        return len(entries)

    def _handle(self, fields: dict[Any, Any]) -> bool:
        """True when the entry is done with (handled, or not ours); False leaves it pending for a retry."""
        raw = fields.get(b"event") or fields.get("event")
        if raw is None:
            log.warning("event consumer: skipping a malformed entry")
            return True
        try:
            event = json.loads(raw)
            status = DECISION_EVENTS.get(event.get("type"))
            if status is None or event.get("source") == SOURCE:
                return True  # not a decision, or our own announcement of one already applied
            data = event.get("data") or {}
            approval_id, tenant = data.get("approvalId"), event.get("tenantId")
            if not isinstance(approval_id, str) or not isinstance(tenant, str):
                return True
        except (TypeError, ValueError, AttributeError):
            log.warning("event consumer: skipping a malformed entry")
            return True
        try:
            # HYVVE's payloads: a decision's `decidedById`/`decisionNotes`, a cancellation's `cancelledById`/`reason`
            decided_by = data.get("decidedById") or data.get("cancelledById")
            notes = data.get("decisionNotes") or data.get("reason")
            self.decisions.decide(approval_id, status, decided_by, notes, "event", workspace_id=tenant)
        except Exception:
            log.exception("applying decision event for approval %s failed; will retry", approval_id)
            return False
        return True
