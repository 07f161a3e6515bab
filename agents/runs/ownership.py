"""Ownership of sessions and runs, checked from stored data before anything else touches them.

agno stamps every session and run with the user id it was written for, and we make that id
`<workspace>:<user>` (Principal.agno_user_id). So:
- a client-chosen session id may name a session of the caller's own (workspace, user), or one that does not
  exist yet; a session of anyone else is "not found", never joined (agno's own predicate, applied to every
  session type, since a run written under another type still lands in that session's run history);
- a run is the caller's when its stored row carries the caller's user id. Reads (status, stream, replay) look
  it up by id and owner in one statement, so a foreign run and an unknown run cost and answer the same.
Operators (the admin key, no workspace) are unscoped, as on agno's own routes.
"""

from __future__ import annotations

from typing import Any

from fastapi import HTTPException
from sqlalchemy import Engine, text

from agno.db.base import BaseDb
from agno.os.middleware.user_scope import assert_session_writable

from agents.errors import ApiError
from agents.middleware.principal import Principal

SESSION_NOT_FOUND = "Session not found"
RUN_NOT_FOUND = "No such run"


def is_operator(principal: Principal) -> bool:
    return principal.is_admin and principal.workspace_id is None


async def require_joinable_session(db: BaseDb, session_id: str | None, principal: Principal) -> None:
    """Refuse (404) a session id that names a session of another (workspace, user)."""
    if not session_id:
        return
    try:
        await assert_session_writable(
            db, session_id, principal.agno_user_id, session_type=None, is_admin=is_operator(principal)
        )
    except HTTPException:
        raise ApiError(404, "not_found", SESSION_NOT_FOUND) from None


class RunOwnership:
    """Stored runs, read only together with the proof that they are the caller's."""

    def __init__(self, engine: Engine, schema: str) -> None:
        self.engine = engine
        self._by_owner = text(
            f'SELECT run_data FROM "{schema}".agno_runs WHERE run_id = :run_id AND user_id = :owner'
        )
        self._by_service = text(
            f'SELECT run_data FROM "{schema}".agno_runs WHERE run_id = :run_id AND user_id LIKE :workspace'
        )
        self._any = text(f'SELECT run_data FROM "{schema}".agno_runs WHERE run_id = :run_id')

    def owned_run(self, run_id: str, principal: Principal) -> dict[str, Any] | None:
        """The stored run if it is the caller's, else None (whether it exists or not)."""
        if is_operator(principal):
            statement, params = self._any, {"run_id": run_id}
        elif principal.workspace_id is None or principal.user_id is None:
            return None
        elif principal.credential == "service" and principal.role == "service":
            # NestJS acting for nobody sees its workspace's runs.
            statement = self._by_service
            params = {"run_id": run_id, "workspace": _like_prefix(principal.workspace_id)}
        else:
            statement, params = self._by_owner, {"run_id": run_id, "owner": principal.agno_user_id}
        with self.engine.connect() as conn:
            row = conn.execute(statement, params).first()
        return dict(row.run_data) if row is not None else None


def _like_prefix(workspace_id: str) -> str:
    escaped = workspace_id.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"{escaped}:%"
