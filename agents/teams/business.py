"""The businesses of a workspace, as NestJS knows them (`GET /api/workspaces/{ws}/businesses/{id}`).

An onboarding run names one business; it must belong to the caller's workspace, checked with NestJS
before the team is built. Without `HYVVE_API_URL` nothing can be checked, so onboarding runs are refused
(fail closed). The read is done with the service token and the verified workspace, never the caller's.
"""

from __future__ import annotations

import re

import httpx

from agno.run import RunContext

BUSINESS_ID = re.compile(r"^[A-Za-z0-9_-]{1,64}$")  # HYVVE business ids are cuids


class BusinessDirectory:
    def __init__(self, api_url: str | None, service_token: str | None) -> None:
        self.api_url = api_url
        self.service_token = service_token

    async def fetch(self, workspace_id: str, business_id: str) -> httpx.Response | None:
        if not self.api_url or not BUSINESS_ID.match(business_id):
            return None
        async with httpx.AsyncClient(timeout=10) as client:
            return await client.get(
                f"{self.api_url}/api/workspaces/{workspace_id}/businesses/{business_id}",
                headers={"authorization": f"Bearer {self.service_token}", "x-workspace-id": workspace_id},
            )

    async def belongs(self, workspace_id: str | None, business_id: object) -> bool:
        if not workspace_id or not isinstance(business_id, str):
            return False
        try:
            response = await self.fetch(workspace_id, business_id)
        except httpx.HTTPError:
            return False
        return response is not None and response.status_code == 200


_directory = BusinessDirectory(None, None)


def configure(directory: BusinessDirectory) -> None:
    """Set at start-up by agents.main, like the action gateway."""
    global _directory
    _directory = directory


def directory() -> BusinessDirectory:
    return _directory


async def read_business(run_context: RunContext, business_id: str) -> str:
    workspace_id = (run_context.dependencies or {}).get("workspace_id")
    try:
        response = await _directory.fetch(str(workspace_id), business_id) if workspace_id else None
    except httpx.HTTPError as exc:
        return f"The business could not be read ({type(exc).__name__}); continue with what the user said."
    if response is None or response.status_code != 200:
        return "The business could not be read; continue with what the user said."
    return response.text[:4000]
