"""agno's asynchronous database interface over our synchronous adapter (agents/database/agno_db.py
`ThreadedAgnoDb`): what a continued run is built on, so its database calls leave the event loop free."""

from __future__ import annotations

import asyncio
import threading
from typing import Any

from agno.db.base import AsyncBaseDb

from agents.database import tenant
from agents.database.agno_db import ThreadedAgnoDb, threaded


class SyncAdapter:
    """agno's synchronous adapter as far as these calls go: records where and for whom each call ran."""

    id = "hyvve"
    session_table_name = "agno_sessions"

    def get_session(self, session_id: str, **options: Any) -> dict[str, Any]:
        return {"session_id": session_id, "options": options, "thread": threading.current_thread(),
                "tenant": tenant.current_tenant()}


def test_agno_sees_an_asynchronous_database_with_every_call_of_its_interface() -> None:
    db = threaded(SyncAdapter())  # type: ignore[arg-type]
    assert isinstance(db, AsyncBaseDb) and not ThreadedAgnoDb.__abstractmethods__
    assert asyncio.iscoroutinefunction(type(db).upsert_run) and asyncio.iscoroutinefunction(type(db).get_session)
    assert db.id == "hyvve" and db.session_table_name == "agno_sessions"  # agno's attributes: the adapter's


def test_a_call_runs_off_the_event_loop_in_the_callers_workspace() -> None:
    db = threaded(SyncAdapter())  # type: ignore[arg-type]

    async def continuation() -> tuple[dict[str, Any], threading.Thread]:
        tenant.bind_workspace("ws-1")  # as a continuation binds its job's workspace
        return await db.get_session("s-1", user_id="ws-1:u-1"), threading.current_thread()

    called, loop_thread = asyncio.run(continuation())
    assert called["session_id"] == "s-1" and called["options"] == {"user_id": "ws-1:u-1"}
    assert called["thread"] is not loop_thread
    assert called["tenant"] == "ws-1"  # row-level security scope travels with the call
