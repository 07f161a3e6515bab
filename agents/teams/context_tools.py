"""Read-only tools every HYVVE agent may use. They read the caller only from the verified run context."""

from __future__ import annotations

import json

from agno.run import RunContext

from agents.runs.scope import NOBODY, RunScope


def workspace_context(run_context: RunContext) -> str:
    """Tell which HYVVE workspace and user this conversation acts for, and the user's role there."""
    scope = RunScope.from_run_context(run_context) or NOBODY
    return json.dumps(
        {"workspace_id": scope.workspace_id, "user_id": scope.user_id, "role": scope.role},
        sort_keys=True,
    )
