"""How an approved tool acts, at most once.

Each call is keyed by (run, action, arguments) in the `agentos_actions` ledger before anything happens:
a second execution of the same approved call (a continuation retried after a crash, a duplicate
continue) finds the key and returns the recorded result instead of acting twice.

Where the action goes:
- without `HYVVE_API_URL` (local mode): this service carries it out (`execute`, e.g. Scribe's note into our
  knowledge service) or the ledger row is the record of it;
- with `HYVVE_API_URL`: the HYVVE route the tool names (agents/hyvve_api.py), with the credential HYVVE's guard
  on that route accepts, and the key as `Idempotency-Key`. An approved action runs in the continuation worker,
  where the only credential held is the service token: a route that takes only a member's own session is
  refused, as is a tool with no HYVVE route. Refusals are recorded in the ledger like any outcome.

While an action is `started`, its process holds a lease on the row and renews it. A process that died
there stops renewing: once the lease has run out, the next execution takes the row over and carries the
action out again with the same key. A live owner's action is never repeated.

Tools read the workspace and user only from the run context; failures return to the agent as text. agents.main
builds one gateway; the tools that act are bound to it when the registry builds them (agents/teams/registry.py).
"""

from __future__ import annotations

import asyncio
import hashlib
import json
import logging
from collections.abc import Awaitable, Callable
from datetime import timedelta
from typing import Any

import httpx
from sqlalchemy import Engine, select, update
from sqlalchemy.dialects.postgresql import insert
from sqlalchemy.sql import func

from agno.run import RunContext

from agents.database.agno_db import AgnoStore
from agents.database.tables import ServiceTables
from agents.hyvve_api import Credential, HyvveRoute
from agents.runs.scope import NOBODY, RunScope

log = logging.getLogger(__name__)

# An action this service carries out itself: (workspace_id, user_id) -> what the agent is told.
LocalAction = Callable[[str, "str | None"], Awaitable[str]]


class ActionGateway:
    def __init__(
        self,
        engine: Engine,
        tables: ServiceTables,
        api_url: str | None,
        service_token: str | None,
        owner: str,
        lease: timedelta = timedelta(seconds=30),
    ) -> None:
        self.engine = engine
        self.tables = tables
        self.agno_store = AgnoStore(engine, tables.schema)
        self.api_url = api_url
        self.service_token = service_token
        self.owner = owner  # this process, as the continuation worker names it
        self.lease = lease

    async def perform(
        self,
        run_context: RunContext,
        action: str,
        arguments: dict[str, Any],
        execute: LocalAction | None = None,
        route: HyvveRoute | None = None,
        body: dict[str, Any] | None = None,
    ) -> str:
        """Carry out an approved action at most once: on HYVVE through `route` (with `body`) when HYVVE_API_URL
        is set, else here with `execute` (or only recorded)."""
        scope = RunScope.from_run_context(run_context) or NOBODY
        workspace_id, user_id = scope.workspace_id, scope.user_id
        if not workspace_id:
            return f"'{action}' was not carried out: this run acts for no workspace."
        key = hashlib.sha256(json.dumps([run_context.run_id, action, arguments], sort_keys=True).encode()).hexdigest()
        claimed = await asyncio.to_thread(self._claim, key, workspace_id, run_context.run_id, action, arguments)
        if claimed is None:
            log.warning("refused %s in run %s: no approval grants it", action, run_context.run_id)
            return f"'{action}' was not carried out: no approval grants it."
        if not claimed and not await asyncio.to_thread(self._take_over, key):
            return await asyncio.to_thread(self._earlier_outcome, key, action)
        refusal = self._refusal(action, route) if self.api_url else None
        if refusal is not None:
            await asyncio.to_thread(self._finish, key, "refused", refusal)
            return refusal
        renewing = asyncio.create_task(self._renew(key))
        try:
            if self.api_url and route is not None:
                result = await self._send(route, body or {}, key, action)
            elif execute is not None:
                result = await execute(workspace_id, user_id)
            else:
                result = f"{action} done (recorded by the agent service; no HYVVE API is configured)."
        except (httpx.HTTPError, ValueError) as exc:
            await asyncio.to_thread(self._finish, key, "failed", str(exc))
            return f"'{action}' failed: {type(exc).__name__}. Nothing was changed; tell the user."
        finally:
            renewing.cancel()
        await asyncio.to_thread(self._finish, key, "done", result)
        return result

    def _refusal(self, action: str, route: HyvveRoute | None) -> str | None:
        """Why HYVVE cannot be asked to carry out `action`, or None when it can."""
        if route is None:
            return (f"'{action}' was not carried out: no HYVVE route carries out this action. "
                    "Nothing was changed; tell the user.")
        if route.credential is Credential.MEMBER_SESSION:
            return (f"'{action}' was not carried out: HYVVE's {route.method} {route.path} accepts only a signed-in "
                    "member's own session, and an approved action runs after the decision, when this service holds "
                    "no member credential. Nothing was changed; tell the user to add it in HYVVE themselves.")
        return None

    async def _send(self, route: HyvveRoute, body: dict[str, Any], key: str, action: str) -> str:
        # Only service-token routes get here (_refusal); HYVVE's guards read nothing but Authorization, and
        # TenantGuard takes the workspace from the body the tool built.
        headers = {"authorization": f"Bearer {self.service_token}", "idempotency-key": key}
        async with httpx.AsyncClient(timeout=30) as client:
            response = await client.request(route.method, route.url(str(self.api_url)), json=body, headers=headers)
        response.raise_for_status()
        return f"{action} done: {response.text[:500]}"

    def _claim(self, key: str, workspace_id: str, run_id: str, action: str, arguments: dict[str, Any]) -> bool | None:
        """Claim the action under `key` if a granted approval of this run covers exactly this call: None when none
        does, else whether this claim was the first (False: claimed before, maybe by a process that died).

        agno's own gate can be talked past by a client that continues the run with its own copy of the
        tool calls; the ledger cannot: only a decision recorded here (or auto-approval) grants an action.
        One transaction: the check and the claim cost one round of the thread pool and the database.
        """
        actions = self.tables.actions
        with self.engine.begin() as conn:
            if not self.agno_store.approval_covers(conn, run_id, action, arguments):
                return None
            claimed = conn.execute(
                insert(actions)
                .values(action_key=key, workspace_id=workspace_id, run_id=run_id, tool_name=action,
                        arguments=arguments, state="started", lease_owner=self.owner,
                        lease_until=func.now() + self.lease)
                .on_conflict_do_nothing(index_elements=[actions.c.action_key])
                .returning(actions.c.action_key)
            ).scalar()
        return claimed is not None

    def _take_over(self, key: str) -> bool:
        """Claim an action left `started` by a process whose lease ran out (it died): it is sent again."""
        actions = self.tables.actions
        with self.engine.begin() as conn:
            earlier = conn.execute(
                update(actions)
                .where(
                    actions.c.action_key == key,
                    actions.c.state == "started",
                    # No lease: claimed by a version that kept none; its process is gone by now.
                    (actions.c.lease_until.is_(None)) | (actions.c.lease_until < func.now()),
                )
                .values(lease_owner=self.owner, lease_until=func.now() + self.lease)
                .returning(actions.c.tool_name)
            ).scalar()
        if earlier is not None:
            log.warning("action %s (%s) left unfinished by a dead process: sent again with its key", key[:12], earlier)
        return earlier is not None

    async def _renew(self, key: str) -> None:
        actions = self.tables.actions
        statement = (
            update(actions)
            .where(actions.c.action_key == key, actions.c.lease_owner == self.owner, actions.c.state == "started")
            .values(lease_until=func.now() + self.lease)
        )
        while True:
            await asyncio.sleep(self.lease.total_seconds() / 3)
            try:
                await asyncio.to_thread(self._write, statement)
            except Exception:  # the next renewal may get through; the lease covers two misses
                log.warning("renewing the lease of action %s failed", key[:12], exc_info=True)

    def _write(self, statement: Any) -> None:
        with self.engine.begin() as conn:
            conn.execute(statement)

    def _earlier_outcome(self, key: str, action: str) -> str:
        actions = self.tables.actions
        with self.engine.connect() as conn:
            earlier = conn.execute(select(actions.c.state, actions.c.result).where(actions.c.action_key == key)).one()
        if earlier.state == "done":
            return str(earlier.result)
        if earlier.state == "started":
            log.warning("action %s (%s) asked again while another process sends it: not repeated", key[:12], action)
            return f"'{action}' is being carried out for this request by another process; it was not repeated."
        log.warning("action %s (%s) asked again after it %s: not repeated", key[:12], action, earlier.state)
        return f"'{action}' was already attempted for this request ({earlier.state}); it was not repeated."

    def _finish(self, key: str, state: str, result: str) -> None:
        actions = self.tables.actions
        with self.engine.begin() as conn:
            conn.execute(
                update(actions)
                # Only while it is ours: a process taken over (its lease lost) must not overwrite the outcome.
                .where(actions.c.action_key == key, actions.c.lease_owner == self.owner, actions.c.state == "started")
                .values(state=state, result=result, finished_at=func.now(), lease_until=None)
            )
