"""The businesses of a workspace, read from HYVVE's `businesses` table.

An onboarding run names one business; before the team is built it must be a row of `businesses` in the
caller's verified workspace (HYVVE has no NestJS route to ask). The workspace always comes from the
verified principal, never from the request.
"""

from __future__ import annotations

import asyncio
import json
import re

from sqlalchemy import Engine, text
from sqlalchemy.exc import SQLAlchemyError

from agno.run import RunContext

from agents.runs.scope import NOBODY, RunScope

BUSINESS_ID = re.compile(r"^[A-Za-z0-9_-]{1,64}$")  # HYVVE business ids are cuids

_BUSINESS_SQL = text(
    "SELECT id, name, description, industry FROM businesses WHERE id = :id AND workspace_id = :ws"
)


class BusinessDirectory:
    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    def find(self, workspace_id: str, business_id: str) -> dict[str, str | None] | None:
        """The business's row when it belongs to the workspace, else None. Database errors propagate."""
        if not BUSINESS_ID.match(business_id):
            return None
        with self.engine.connect() as conn:
            row = conn.execute(_BUSINESS_SQL, {"id": business_id, "ws": workspace_id}).first()
        return dict(row._mapping) if row is not None else None

    async def belongs(self, workspace_id: str | None, business_id: object) -> bool:
        if not workspace_id or not isinstance(business_id, str):
            return False
        return await asyncio.to_thread(self.find, workspace_id, business_id) is not None

    async def verified(self, workspace_id: str | None, factory_input: object) -> str | None:
        """The business an onboarding run's `factory_input` names (`{"business_id": ...}`) when it is one of the
        caller's verified workspace, else None: the team is built for it or not at all."""
        business_id = factory_input.get("business_id") if isinstance(factory_input, dict) else None
        return business_id if isinstance(business_id, str) and await self.belongs(workspace_id, business_id) else None

    async def read(self, run_context: RunContext, business_id: str) -> str:
        """The business as the onboarding tools show it to the model (JSON), or why it could not be read."""
        workspace_id = (RunScope.from_run_context(run_context) or NOBODY).workspace_id
        try:
            found = await asyncio.to_thread(self.find, str(workspace_id), business_id) if workspace_id else None
        except SQLAlchemyError as exc:
            return f"The business could not be read ({type(exc).__name__}); continue with what the user said."
        if found is None:
            return "The business could not be read; continue with what the user said."
        return json.dumps(found)[:4000]
