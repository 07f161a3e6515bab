"""The service's least-privilege database role (docs/adr/0009-least-privilege-role.md), created as HYVVE's owner.

`SERVICE_ROLE_SQL` is the ADR's SQL block, word for word (tests/test_hyvve_rls.py holds them equal); `python -m agents
db init` runs it for the compose stack, the test suite runs the ADR's copy for every service it starts.
"""

from __future__ import annotations

import re

from sqlalchemy import Engine, text

SERVICE_ROLE_SQL = """\
CREATE ROLE agentos_service LOGIN PASSWORD 'change-me' NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE;
-- CONNECT, and CREATE for the service's own schema (AGNO_DB_SCHEMA, `ai`), which it creates and owns.
GRANT CONNECT, CREATE ON DATABASE hyvve_db TO agentos_service;
GRANT USAGE ON SCHEMA public TO agentos_service;
-- Read only: identity, tenancy, settings, businesses.
GRANT SELECT ON users, workspaces, workspace_members, sessions, workspace_settings, businesses TO agentos_service;
-- BYOAI: read the workspace's provider configs, count its tokens, write its usage rows.
GRANT SELECT, UPDATE (tokens_used_today) ON ai_provider_configs TO agentos_service;
GRANT SELECT, INSERT ON token_usage TO agentos_service;
-- Approvals: a paused tool call becomes an item; decisions resolve it.
GRANT SELECT, INSERT, UPDATE ON approval_items TO agentos_service;
-- Events: the `event_metadata` row HYVVE's publisher writes for each event, which HYVVE's consumer updates.
GRANT SELECT, INSERT ON event_metadata TO agentos_service;
-- Knowledge: agents search the workspace's KB pages (the columns the service declares) and their embeddings.
GRANT SELECT (id, tenant_id, workspace_id, title, slug, content, content_text, owner_id, is_template, created_at, updated_at, deleted_at) ON knowledge_pages TO agentos_service;
GRANT SELECT ON page_embeddings TO agentos_service;
"""

_NAME = re.compile(r"^[a-z_][a-z0-9_]{0,62}$")


def role_statements(sql: str, role: str, database: str, password: str) -> list[str]:
    """The statements of `sql` (the block above or the ADR's) for `role` on `database`, one per item."""
    for name in (role, database):
        if not _NAME.match(name):
            raise ValueError(f"'{name}': a role or database name here is lower-case letters, digits and _")
    literal = "'" + password.replace("'", "''") + "'"
    body = "\n".join(line for line in sql.splitlines() if not line.lstrip().startswith("--"))
    body = body.replace("agentos_service", f'"{role}"').replace("hyvve_db", f'"{database}"')
    # The password goes in after the split: it may hold a `;`.
    return [s.strip().replace("'change-me'", literal) for s in body.split(";") if s.strip()]


def create_service_role(engine: Engine, role: str, password: str, sql: str = SERVICE_ROLE_SQL) -> bool:
    """Create `role` with its grants on the engine's database (idempotent); True if the role is new.

    An existing role keeps its attributes but gets this password and the grants again (GRANT is idempotent).
    """
    database = engine.url.database or ""
    statements = role_statements(sql, role, database, password)
    with engine.begin() as conn:
        conn.execute(text("SELECT pg_advisory_xact_lock(hashtext('agentos service role'))"))
        exists = conn.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :r"), {"r": role}).first() is not None
        for statement in statements:
            if exists and statement.startswith("CREATE ROLE"):
                statement = "ALTER ROLE" + statement.removeprefix("CREATE ROLE")  # the same options, again
            conn.exec_driver_sql(statement)
    return not exists
