"""Cancel a run by its id alone, as agno's own client does (it sends no session_id).

agno's cancel route asks a scoped caller for the run's session and finds only stored runs, so a member could
not cancel with agno's client, nor cancel a foreground stream at all until it ended. Here the session comes
from the caller's own run, stored or in progress (RunOwnership.owns_run); another's or an unknown
run answers 404 alike. The cancellation itself is agno's (any replica, with Redis): a queued ticket is
tombstoned, a running one stops at its next check and ends `cancelled`.
"""

from __future__ import annotations

from fastapi import APIRouter, Query, Request
from fastapi.responses import JSONResponse

from agno.run.cancel import acancel_run

from agents.errors import ApiError, ErrorCode
from agents.middleware.deps import CurrentPrincipal
from agents.runs.ownership import RUN_NOT_FOUND, RunOwnership


def get_cancel_router(ownership: RunOwnership) -> APIRouter:
    router = APIRouter()

    async def cancel(request: Request, component_id: str, run_id: str, principal: CurrentPrincipal,
                     session_id: str | None) -> JSONResponse:
        if not await ownership.owns_run(run_id, component_id, principal, session_id):
            raise ApiError(404, ErrorCode.NOT_FOUND, RUN_NOT_FOUND)
        queue_worker = getattr(request.app.state, "queue_worker", None)
        if queue_worker is not None:
            await queue_worker.acancel_queued(run_id)
        await acancel_run(run_id)
        return JSONResponse({}, status_code=200)

    @router.post("/agents/{agent_id}/runs/{run_id}/cancel", tags=["Agents"], operation_id="cancel_agent_run")
    async def cancel_agent_run(request: Request, agent_id: str, run_id: str, principal: CurrentPrincipal,
                               session_id: str | None = Query(default=None)) -> JSONResponse:
        return await cancel(request, agent_id, run_id, principal, session_id)

    @router.post("/teams/{team_id}/runs/{run_id}/cancel", tags=["Teams"], operation_id="cancel_team_run")
    async def cancel_team_run(request: Request, team_id: str, run_id: str, principal: CurrentPrincipal,
                              session_id: str | None = Query(default=None)) -> JSONResponse:
        return await cancel(request, team_id, run_id, principal, session_id)

    return router
