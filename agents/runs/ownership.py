"""Ownership of sessions and runs, checked from stored data before anything else touches them.

agno stamps every session and run with the user id it was written for, and we make that id
`<workspace>:<user>` (Principal.agno_user_id). So:
- a client-chosen session id may name a session of the caller's own (workspace, user), or one that does not
  exist yet; a session of anyone else is "not found", never joined (agno's own predicate, applied to every
  session type, since a run written under another type still lands in that session's run history, and asked
  across workspaces: HyvvePostgresDb.session_taken);
- a run is the caller's when its stored row carries the caller's user id. Reads (status, stream, replay) look
  it up by id and owner in one statement, so a foreign run and an unknown run cost and answer the same;
- a run still in progress (a foreground stream is stored when it ends) is the caller's by its live record
  (`LiveRuns`), written as agno registers the run for cancellation, before the client can learn its id.
Operators (the admin key, no workspace) are unscoped, as on agno's own routes.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections import OrderedDict
from dataclasses import replace
from typing import Any

import redis
import redis.asyncio as aioredis
from fastapi.concurrency import run_in_threadpool
from sqlalchemy import Engine

from agents.database.agno_db import AgnoStore, HyvvePostgresDb
from agents.errors import ApiError, ErrorCode
from agents.middleware.principal import Principal
from agents.observability.context import request_context
from agents.runs.scope import owner_id, owner_in_workspace

log = logging.getLogger(__name__)

SESSION_NOT_FOUND = "Session not found"
RUN_NOT_FOUND = "No such run"


def is_operator(principal: Principal) -> bool:
    return principal.is_admin and principal.workspace_id is None


async def require_joinable_session(db: HyvvePostgresDb, session_id: str | None, principal: Principal) -> None:
    """Refuse (404) a session id that names a session of another (workspace, user), of any session type.

    Asked across workspaces (RLS hides the others' sessions from the caller's own queries), answered yes or no."""
    if not session_id or is_operator(principal):
        return
    if await run_in_threadpool(db.session_taken, session_id, principal.agno_user_id):
        raise ApiError(404, ErrorCode.NOT_FOUND, SESSION_NOT_FOUND)


class LiveRuns:
    """Runs in progress by id -> the agno user id running them: in Redis (any replica cancels any run, as agno's
    cancellation does) or, without Redis, in this process (then there is one replica)."""

    KEY = "hyvve:agentos:live-run:"
    TTL_SECONDS = 24 * 3600  # agno's own cancellation keys live as long
    MAX_LOCAL = 10_000

    def __init__(self, redis: aioredis.Redis | None) -> None:
        self.redis = redis
        self._local: OrderedDict[str, str] = OrderedDict()

    async def record(self, run_id: str, owner: str) -> None:
        if self.redis is not None:
            try:
                await self.redis.set(self.KEY + run_id, owner, ex=self.TTL_SECONDS)
            except (redis.RedisError, OSError, TimeoutError) as exc:
                # The run goes on; only cancelling it before it is stored waits for Redis.
                log.warning("recording the owner of run %s failed: %s", run_id, type(exc).__name__)
            return
        self._local[run_id] = owner
        while len(self._local) > self.MAX_LOCAL:
            self._local.popitem(last=False)

    async def owner(self, run_id: str) -> str | None:
        if self.redis is None:
            return self._local.get(run_id)
        try:
            raw = await self.redis.get(self.KEY + run_id)
        except (redis.RedisError, OSError, TimeoutError):
            raise ApiError(503, ErrorCode.UNAVAILABLE, "Run coordination is unavailable; retry shortly") from None
        return raw.decode() if isinstance(raw, bytes) else raw


class RecordingCancellationManager:
    """agno's cancellation manager, recording who starts each run as agno registers it: before the run's first
    event, so before the client can know its id. The owner is the request's verified caller (a run started
    by the approval flow has none, and is stored before anyone sees it).

    agno asks whether a run was cancelled before each event it yields (with Redis: a round trip each, five of
    them before a streamed run's first content, then one per piece). Here Redis is asked at most once per
    `check_interval` per run; a cancel sent to this process is seen at its next check, one sent to another
    replica within `check_interval`. A run's first check always asks (a cancel may precede its start)."""

    CHECK_INTERVAL_SECONDS = 0.1
    MAX_TRACKED = 10_000

    def __init__(self, inner: Any, live: LiveRuns, check_interval: float = CHECK_INTERVAL_SECONDS) -> None:
        self.inner = inner
        self.live = live
        self.check_interval = check_interval
        self._checked: OrderedDict[str, float] = OrderedDict()  # run id -> when Redis last said "not cancelled"

    def __getattr__(self, name: str) -> Any:
        return getattr(self.inner, name)

    async def aregister_run(self, run_id: str) -> None:
        caller = request_context.get()
        if not (caller.get("workspace_id") and caller.get("user_id")):
            await self.inner.aregister_run(run_id)
            return
        # Two independent Redis writes (both fail open), side by side: the run's first event waits for one round
        # trip, not two.
        await asyncio.gather(
            self.inner.aregister_run(run_id), self.live.record(run_id, owner_id(caller["workspace_id"], caller["user_id"]))
        )

    async def araise_if_cancelled(self, run_id: str) -> None:
        checked = self._checked.get(run_id)
        if checked is not None and time.monotonic() - checked < self.check_interval:
            return
        await self.inner.araise_if_cancelled(run_id)  # raises when cancelled: then it is asked again next time
        self._checked[run_id] = time.monotonic()
        self._checked.move_to_end(run_id)
        while len(self._checked) > self.MAX_TRACKED:
            self._checked.popitem(last=False)

    def cancel_run(self, run_id: str) -> bool:
        self._checked.pop(run_id, None)  # a cancel made here is seen at the run's next check
        return bool(self.inner.cancel_run(run_id))

    async def acancel_run(self, run_id: str) -> bool:
        self._checked.pop(run_id, None)
        return bool(await self.inner.acancel_run(run_id))

    async def acleanup_run(self, run_id: str) -> None:
        self._checked.pop(run_id, None)
        await self.inner.acleanup_run(run_id)

    def cleanup_run(self, run_id: str) -> None:
        self._checked.pop(run_id, None)
        self.inner.cleanup_run(run_id)


class RunOwnership:
    """Stored runs, read only together with the proof that they are the caller's."""

    def __init__(self, engine: Engine, schema: str, live: LiveRuns | None = None) -> None:
        self.engine = engine
        self.live = live
        self.agno_store = AgnoStore(engine, schema)

    def owned_run(self, run_id: str, principal: Principal) -> dict[str, Any] | None:
        """The stored run if it is the caller's, else None (whether it exists or not)."""
        if is_operator(principal):
            return self.agno_store.any_run(run_id)
        if principal.workspace_id is None or principal.user_id is None:
            return None
        if principal.credential == "service" and principal.role == "service":
            # NestJS acting for nobody sees its workspace's runs.
            return self.agno_store.run_in_workspace(run_id, principal.workspace_id)
        return self.agno_store.run_of_owner(run_id, principal.agno_user_id)

    async def owns_run(self, run_id: str, component_id: str, principal: Principal, session_id: str | None) -> bool:
        """Whether the run is the caller's run of this component (in this session, if named): stored, or still in
        progress and not stored yet (a foreground stream). Operators own every run."""
        lookup = replace(principal, workspace_id=None) if principal.is_admin else principal
        stored = await run_in_threadpool(self.owned_run, run_id, lookup)
        if stored is not None:
            return component_id in (stored.get("agent_id"), stored.get("team_id")) and \
                session_id in (None, stored.get("session_id"))
        owner = await self.live.owner(run_id) if self.live is not None else None
        if owner is None:
            return False
        if principal.is_admin:
            return True
        if principal.credential == "service" and principal.role == "service" and principal.workspace_id:
            return owner_in_workspace(owner, principal.workspace_id)
        return principal.agno_user_id is not None and owner == principal.agno_user_id

