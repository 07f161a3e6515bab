"""A run waiting on an approval item continues only through the decision, never through `/continue`.

agno's continue routes (`POST /{agents|teams|workflows}/{id}/runs/{run_id}/continue`, operators only in the
route policy) would continue such a run themselves: the action gateway refuses the unapproved action, the
run completes with it "not carried out", and the owner's later approval finds nothing left to continue.
So while an item of the run (or of one of its team members' runs) is pending, or its decision is being
carried out by a continuation, every continue (streamed, background or not) answers 409 naming the
approval. A run with no such item, or whose continuation gave up, continues as agno does: through agno's
own approval gate and the gateway's ledger check.
"""

from __future__ import annotations

import asyncio
import re

from sqlalchemy import Engine
from starlette.types import ASGIApp, Receive, Scope, Send

from agents.database.agno_db import AgnoStore
from agents.database.tables import ServiceTables
from agents.errors import ErrorCode, error_response

_CONTINUE = re.compile(r"^/(agents|teams|workflows)/[^/]+/runs/(?P<run_id>[^/]+)/continue/?$")


class ContinueGuard:
    def __init__(self, app: ASGIApp, engine: Engine, tables: ServiceTables) -> None:
        self.app = app
        self.agno_store = AgnoStore(engine, tables.schema)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        found = _CONTINUE.match(scope["path"]) if scope["type"] == "http" and scope["method"] == "POST" else None
        if found is not None:
            blocking = await asyncio.to_thread(self._blocking_approval, found["run_id"])
            if blocking is not None:
                item_id, status = blocking
                if status == "pending":
                    code = ErrorCode.APPROVAL_PENDING
                    message = (f"This run waits for approval {item_id}: it continues when the approval is decided "
                               f"(POST /approval-items/{item_id}/resolve)")
                else:
                    code = ErrorCode.APPROVAL_CONTINUING
                    message = f"Approval {item_id} was decided ({status}); the approval flow is continuing this run"
                await error_response(409, code, message, approval_id=item_id)(scope, receive, send)
                return
        await self.app(scope, receive, send)

    def _blocking_approval(self, run_id: str) -> tuple[str, str] | None:
        return self.agno_store.blocking_approval(run_id)
