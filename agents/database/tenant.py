"""HYVVE's row-level security: the workspace a transaction acts for.

HYVVE enables RLS on `approval_items`, `ai_provider_configs`, `token_usage` (and more) with
`USING (workspace_id::text = current_setting('app.tenant_id', true))`. A role that neither owns those tables nor
has BYPASSRLS (the service in production, docs/adr/0009-least-privilege-role.md) sees and writes only the rows of
the workspace set here, and nothing when none is set. Always the verified workspace, never request input.
"""

from __future__ import annotations

from sqlalchemy import Connection, text

# `SET LOCAL app.tenant_id = ...` takes no bind parameter; set_config(..., true) is the same, scoped to the
# transaction, so a pooled connection never carries one workspace into another's transaction.
_SET_TENANT = text("SELECT set_config('app.tenant_id', :ws, true)")


def set_tenant(conn: Connection, workspace_id: str) -> None:
    """Within a transaction: its rows of HYVVE's RLS tables are `workspace_id`'s."""
    conn.execute(_SET_TENANT, {"ws": workspace_id})
