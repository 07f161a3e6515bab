"""Row-level security on the service's own tables: the wall HYVVE puts around its tables, around ours too.

Every table in `AGNO_DB_SCHEMA` that holds a workspace's data gets one policy: a row is visible and writable only
when `app.tenant_id` (agents/database/tenant.py) names its workspace, or is `*` (the operator scope: background
scans that claim work across workspaces, operator routes). A query that forgets its workspace then returns
nothing rather than another workspace's rows, and a write into another workspace is an error.

The service owns these tables, so RLS is FORCEd (an owner is otherwise exempt); superusers and BYPASSRLS roles
still see everything (the tests' owner, HYVVE's migrations). docs/adr/0010-rls-on-the-service-tables.md.
"""

from __future__ import annotations

from sqlalchemy import Connection, Engine, text

POLICY = "agentos_tenant_v1"  # a changed expression gets a new name, so start-up replaces the old policy
_TENANT = "current_setting('app.tenant_id', true)"

# table -> SQL naming the row's workspace
OWN_TABLES = {
    "agentos_approvals": "workspace_id",
    "agentos_actions": "workspace_id",
    "agentos_knowledge_documents": "workspace_id",
    "agentos_run_requests": "workspace_id",
    "agentos_outbox": "event ->> 'tenantId'",
}
# agno's tables keep `<workspace>:<user>` (agents/middleware/principal.py) as their user id.
AGNO_WORKSPACE = "split_part(user_id, ':', 1)"
# agno's table types that hold a workspace's data. Whether a client-chosen session id is taken is asked across
# workspaces by HyvvePostgresDb.session_taken (agents/database/agno_db.py), which RLS would otherwise hide.
AGNO_TABLE_TYPES = ("sessions", "runs", "memories", "approvals", "traces")
# Knowledge chunks (agents/knowledge/store.py) keep the workspace itself as their user id.
CHUNK_WORKSPACE = "user_id"


def admits(workspace_sql: str) -> str:
    return f"({workspace_sql}) = {_TENANT} OR {_TENANT} = '*'"


def protect(conn: Connection, schema: str, table: str, workspace_sql: str) -> bool:
    """Put the tenant policy on `schema.table` unless it has it; True if it was added."""
    present = conn.execute(
        text(
            """SELECT c.relforcerowsecurity AND EXISTS (
                   SELECT 1 FROM pg_policies p WHERE p.schemaname = :s AND p.tablename = :t AND p.policyname = :p)
               FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = :s AND c.relname = :t"""
        ),
        {"s": schema, "t": table, "p": POLICY},
    ).scalar()
    if present is None or present:
        return False  # no such table (yet), or protected already
    full = f'"{schema}"."{table}"'
    conn.execute(text("SELECT pg_advisory_xact_lock(hashtext('agentos_rls'))"))  # replicas starting at once
    for old in conn.execute(
        text("SELECT policyname FROM pg_policies WHERE schemaname = :s AND tablename = :t"), {"s": schema, "t": table}
    ).scalars().all():
        conn.execute(text(f'DROP POLICY IF EXISTS "{old}" ON {full}'))
    conn.execute(text(f"ALTER TABLE {full} ENABLE ROW LEVEL SECURITY"))
    conn.execute(text(f"ALTER TABLE {full} FORCE ROW LEVEL SECURITY"))
    rule = admits(workspace_sql)
    conn.execute(text(f'CREATE POLICY "{POLICY}" ON {full} USING ({rule}) WITH CHECK ({rule})'))
    return True


def protect_all(engine: Engine, schema: str, agno_tables: dict[str, str], chunk_tables: list[str]) -> None:
    """At start-up: every existing workspace table of the service (agno's are also protected as agno creates them:
    agents/database/agno_db.py). `agno_tables`: agno table type -> its table name."""
    wanted = dict(OWN_TABLES)
    wanted |= {agno_tables[kind]: AGNO_WORKSPACE for kind in AGNO_TABLE_TYPES if kind in agno_tables}
    wanted |= {table: CHUNK_WORKSPACE for table in chunk_tables}
    with engine.begin() as conn:
        for table, workspace_sql in wanted.items():
            protect(conn, schema, table, workspace_sql)
