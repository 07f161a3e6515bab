"""Stream reattach for agents and teams: `POST /{agents|teams}/{id}/runs/{run_id}/resume`.

agno 3.1.10 refuses to resume runs of factory-built components (ours are: BYOAI builds them per
request), though its own resume machinery only needs a component for the database fallback. So this
route takes agno's place: it checks the run is the caller's (agno's own check), builds the component
for the caller's workspace, and streams with agno's resume generator: buffered events after
`last_event_index`, then live ones (from the Redis event stream, so from any replica), or the stored run.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any, Literal

from fastapi import APIRouter, Form
from fastapi.responses import StreamingResponse

from agno.db.base import BaseDb
from agno.os.middleware.user_scope import verify_run_in_session_via_db

from agents.database.agno_db import resume_stream
from agents.errors import ApiError, ErrorCode
from agents.middleware.deps import CurrentPrincipal

ComponentBuilder = Callable[[str, str, str | None], Awaitable[Any]]


def get_resume_router(build: ComponentBuilder, agno_db: BaseDb) -> APIRouter:
    router = APIRouter()

    async def resume(
        kind: Literal["agent", "team"],
        component_id: str,
        run_id: str,
        principal: CurrentPrincipal,
        last_event_index: int | None,
        session_id: str | None,
    ) -> StreamingResponse:
        if not principal.is_admin:
            if not session_id:
                raise ApiError(400, ErrorCode.SESSION_ID_REQUIRED, "session_id is required to reattach to a run")
            await verify_run_in_session_via_db(
                agno_db, session_id, run_id, principal.agno_user_id or "",
                component_type="agents" if kind == "agent" else "teams", component_id=component_id,
            )
        component = await build(kind, component_id, principal.workspace_id)
        if component is None:
            raise ApiError(404, ErrorCode.NOT_FOUND, f"No {kind} '{component_id}'")
        user_id = None if principal.is_admin else principal.agno_user_id
        return StreamingResponse(
            resume_stream(kind, component, run_id, last_event_index, session_id, user_id=user_id),
            media_type="text/event-stream",
        )

    @router.post("/agents/{agent_id}/runs/{run_id}/resume", tags=["Agents"], operation_id="resume_agent_run")
    async def resume_agent_run(
        agent_id: str,
        run_id: str,
        principal: CurrentPrincipal,
        last_event_index: int | None = Form(None, description="Index of the last event received (0-based)"),
        session_id: str | None = Form(None, description="The run's session"),
    ) -> StreamingResponse:
        return await resume("agent", agent_id, run_id, principal, last_event_index, session_id)

    @router.post("/teams/{team_id}/runs/{run_id}/resume", tags=["Teams"], operation_id="resume_team_run")
    async def resume_team_run(
        team_id: str,
        run_id: str,
        principal: CurrentPrincipal,
        last_event_index: int | None = Form(None, description="Index of the last event received (0-based)"),
        session_id: str | None = Form(None, description="The run's session"),
    ) -> StreamingResponse:
        return await resume("team", team_id, run_id, principal, last_event_index, session_id)

    return router
