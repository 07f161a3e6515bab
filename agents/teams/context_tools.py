"""Read-only tools every HYVVE agent may use. They read the caller only from the verified run context."""

from __future__ import annotations

import json

from agno.run import RunContext


def workspace_context(run_context: RunContext) -> str:
    """Tell which HYVVE workspace and user this conversation acts for, and the user's role there."""
    verified = run_context.dependencies or {}
    return json.dumps(
        {key: verified.get(key) for key in ("workspace_id", "user_id", "role")},
        sort_keys=True,
    )
