"""The HYVVE tables this service reads or writes, as the Node side (Prisma, better-auth) defines them.

Declared once, here. From this declaration:
- `render_ddl()` writes `contracts/db/hyvve.sql` (`python -m agents contracts`), which the embedded local
  database creates the tables from; a test fails when the committed file differs, and another when it differs
  from what HYVVE's own migrations build (name, type, nullability, default, unique constraints);
- `check_hyvve_schema(engine)` compares a live database with it: every table and column must exist with a
  compatible type, or start-up is refused with the list of mismatches.

The service never migrates these tables: they are Prisma's. Ids are Prisma `String @id` (text holding UUIDs).
Tables resolve through the connection's `search_path`, as the service's own unqualified SQL does.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from pgvector.sqlalchemy import Vector
from sqlalchemy import (
    Boolean,
    Column,
    Engine,
    Enum,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
    text,
    types,
)
from sqlalchemy.dialects import postgresql
from sqlalchemy.dialects.postgresql import JSONB

from agents.database.engine import DatabaseNotReady

HYVVE = MetaData()  # no schema: Prisma's tables live on the search_path (normally `public`)

_NOW = text("CURRENT_TIMESTAMP")


def _timestamp() -> postgresql.TIMESTAMP:
    return postgresql.TIMESTAMP(precision=3)  # Prisma DateTime: timestamp(3) holding UTC


def _created() -> Column[Any]:
    return Column("created_at", _timestamp(), nullable=False, server_default=_NOW)


def _updated() -> Column[Any]:
    # Prisma's @updatedAt: the client fills it, the column has no default, so every INSERT names it.
    return Column("updated_at", _timestamp(), nullable=False)


def _fk(target: str) -> ForeignKey:
    return ForeignKey(target, ondelete="CASCADE")


# `info={"free_text": ...}` marks a text `*_id` column that may hold non-UUID values, so a `uuid` column there
# would break the service's writes. `info={"inserted": True}` on a table: the service inserts rows into it.

users = Table(
    "users",
    HYVVE,
    Column("id", Text, primary_key=True),
    Column("email", Text, nullable=False, unique=True),
    Column("email_verified", Boolean, nullable=False, server_default=text("false")),
    Column("name", Text),
    Column("image", Text),
    _created(),
    _updated(),
)

workspaces = Table(
    "workspaces",
    HYVVE,
    Column("id", Text, primary_key=True),
    Column("name", Text, nullable=False),
    Column("slug", Text, nullable=False, unique=True),
    Column("image", Text),
    Column("timezone", Text, nullable=False, server_default=text("'UTC'")),
    _created(),
    _updated(),
    Column("deleted_at", _timestamp()),
)

workspace_members = Table(
    "workspace_members",
    HYVVE,
    Column("id", Text, primary_key=True),
    Column("user_id", Text, _fk("users.id"), nullable=False),
    Column("workspace_id", Text, _fk("workspaces.id"), nullable=False),
    Column("role", Text, nullable=False, server_default=text("'member'")),
    Column("module_permissions", JSONB),
    Column("invited_by_id", Text),
    Column("invited_at", _timestamp(), nullable=False, server_default=_NOW),
    Column("accepted_at", _timestamp()),
    UniqueConstraint("user_id", "workspace_id", name="workspace_members_user_id_workspace_id_key"),
    Index("workspace_members_workspace_id_idx", "workspace_id"),
)

sessions = Table(
    "sessions",
    HYVVE,
    Column("id", Text, primary_key=True),
    Column("user_id", Text, _fk("users.id"), nullable=False),
    Column("token", Text, nullable=False, unique=True),
    Column("expires_at", _timestamp(), nullable=False),
    Column("ip_address", Text),
    Column("user_agent", Text),
    Column("active_workspace_id", Text),
    _created(),
    _updated(),
    Index("sessions_user_id_idx", "user_id"),
    comment="better-auth sessions: the browser sends `token` as a Bearer credential today.",
)

workspace_settings = Table(
    "workspace_settings",
    HYVVE,
    Column("id", Text, primary_key=True),
    Column("workspace_id", Text, _fk("workspaces.id"), nullable=False, unique=True),
    Column("auto_approve_threshold", Integer, nullable=False, server_default=text("85")),
    Column("quick_review_threshold", Integer, nullable=False, server_default=text("60")),
    Column("agent_model_preferences", JSONB),
    _created(),
    _updated(),
)

ai_provider_configs = Table(
    "ai_provider_configs",
    HYVVE,
    Column("id", Text, primary_key=True),
    Column("workspace_id", Text, _fk("workspaces.id"), nullable=False),
    Column("provider", Text, nullable=False),
    Column("api_key_encrypted", Text, nullable=False),
    Column("default_model", Text, nullable=False),
    Column("is_valid", Boolean, nullable=False, server_default=text("false")),
    Column("last_validated_at", _timestamp()),
    Column("validation_error", Text),
    Column("max_tokens_per_day", Integer, nullable=False, server_default=text("100000")),
    Column("tokens_used_today", Integer, nullable=False, server_default=text("0")),
    _created(),
    _updated(),
    UniqueConstraint("workspace_id", "provider", name="ai_provider_configs_workspace_id_provider_key"),
)

token_usage = Table(
    "token_usage",
    HYVVE,
    Column("id", Text, primary_key=True),
    Column("workspace_id", Text, _fk("workspaces.id"), nullable=False),
    Column("provider_id", Text, _fk("ai_provider_configs.id"), nullable=False),
    Column("agent_id", Text, info={"free_text": "agent and team ids such as 'scribe'"}),
    Column("session_id", Text, info={"free_text": "agno session ids, which clients may choose"}),
    Column("model", Text, nullable=False),
    Column("prompt_tokens", Integer, nullable=False),
    Column("completion_tokens", Integer, nullable=False),
    Column("total_tokens", Integer, nullable=False),
    Column("estimated_cost", postgresql.DOUBLE_PRECISION, nullable=False),
    Column("requested_at", _timestamp(), nullable=False),
    Column("duration", Integer, nullable=False),  # milliseconds
    _created(),
    Index("token_usage_workspace_id_requested_at_idx", "workspace_id", "requested_at"),
    info={"inserted": True},
)

approval_items = Table(
    "approval_items",
    HYVVE,
    Column("id", Text, primary_key=True),
    Column("workspace_id", Text, _fk("workspaces.id"), nullable=False),
    Column("type", Text, nullable=False),
    Column("title", Text, nullable=False),
    Column("description", Text),
    Column("confidence_score", Integer, nullable=False),
    Column("confidence_factors", JSONB),
    Column("ai_recommendation", Text, nullable=False),
    Column("ai_reasoning", Text),
    Column("preview_url", Text),
    Column("preview_data", JSONB),
    Column("related_entities", JSONB),
    Column("source_module", Text),
    Column("source_id", Text),
    Column("status", Text, nullable=False, server_default=text("'pending'")),
    Column("priority", Text, nullable=False, server_default=text("'medium'")),
    Column("requested_by", Text, nullable=False),
    Column("assigned_to_id", Text),
    Column("escalated_to_id", Text),
    Column("due_at", _timestamp(), nullable=False),
    Column("escalated_at", _timestamp()),
    Column("resolved_at", _timestamp()),
    Column("resolved_by_id", Text),
    Column("resolution", JSONB),
    _created(),
    _updated(),
    Index("approval_items_workspace_id_status_idx", "workspace_id", "status"),
    info={"inserted": True},
)

businesses = Table(
    "businesses",
    HYVVE,
    Column("id", Text, primary_key=True),  # a cuid
    Column("workspace_id", Text, _fk("workspaces.id"), nullable=False),
    Column("user_id", Text, nullable=False),
    Column("name", Text, nullable=False),
    Column("description", Text),
    Column("industry", Text),
    _created(),
    _updated(),
    UniqueConstraint("workspace_id", "name", name="businesses_workspace_id_name_key"),
    Index("businesses_workspace_id_idx", "workspace_id"),
    comment="Onboarding teams work on one business of the caller's workspace (its enum columns are not read).",
)

event_metadata = Table(
    "event_metadata",
    HYVVE,
    Column("id", Text, primary_key=True),
    Column("event_id", Text, nullable=False, unique=True),
    Column("stream_id", Text, nullable=False),
    Column("type", Text, nullable=False),
    Column("source", Text, nullable=False),
    Column("tenant_id", Text, nullable=False),
    Column("correlation_id", Text),
    Column("status", Enum("PENDING", "PROCESSING", "COMPLETED", "FAILED", "DLQ", name="EventStatus"),
           nullable=False, server_default=text("'PENDING'")),  # Prisma's enum EventStatus
    Column("attempts", Integer, nullable=False, server_default=text("0")),
    Column("last_error", Text),
    Column("processed_at", _timestamp()),
    _created(),
    Index("event_metadata_tenant_id_created_at_idx", "tenant_id", "created_at"),
    comment="One row per event on hyvve:events:main, written by its publisher; HYVVE's consumer updates it.",
    info={"inserted": True},
)

knowledge_pages = Table(
    "knowledge_pages",
    HYVVE,
    Column("id", Text, primary_key=True),
    Column("tenant_id", Text, nullable=False),  # HYVVE writes the workspace id here too (1:1 for now)
    Column("workspace_id", Text, nullable=False),
    Column("title", Text, nullable=False),
    Column("slug", String(255), nullable=False),
    Column("content", JSONB, nullable=False),  # Tiptap JSON; never read: `content_text` is its plain text
    Column("content_text", Text, nullable=False),
    Column("owner_id", Text, nullable=False),
    Column("is_template", Boolean, nullable=False, server_default=text("false")),
    _created(),
    _updated(),
    Column("deleted_at", _timestamp()),
    UniqueConstraint("tenant_id", "workspace_id", "slug", name="knowledge_pages_tenant_id_workspace_id_slug_key"),
    Index("knowledge_pages_workspace_id_idx", "workspace_id"),
    # HYVVE's full-text index (migration add_kb_fts_index): agents' searches use this exact expression.
    Index("knowledge_pages_content_text_fts_idx", text("to_tsvector('english'::regconfig, content_text)"),
          postgresql_using="gin"),
    comment="HYVVE's KB pages (read only): agents' knowledge search covers them (agents/knowledge/hyvve_pages.py).",
)

page_embeddings = Table(
    "page_embeddings",
    HYVVE,
    Column("id", Text, primary_key=True),
    Column("page_id", Text, _fk("knowledge_pages.id"), nullable=False),
    Column("chunk_index", Integer, nullable=False),
    Column("chunk_text", Text, nullable=False),
    Column("embedding", Vector(1536), nullable=False),
    Column("embedding_model", String(100), nullable=False, server_default=text("'text-embedding-3-small'")),
    _created(),
    Index("page_embeddings_page_id_idx", "page_id"),
    comment="HYVVE's KB page chunks and their OpenAI embeddings (read only), written by HYVVE's embeddings worker.",
)

# -- the DDL file ------------------------------------------------------------------------------------------

_HEADER = """\
-- HYVVE tables this service reads or writes, as HYVVE's Prisma migrations build them (the columns the
-- service uses, and every NOT NULL column without a default). The service never migrates these: local mode
-- creates them from this file, start-up checks a real database against it, and a test compares it with the
-- database HYVVE's migrations build. Ids are Prisma `String @id` (text holding UUIDs; businesses: cuid).
--
-- Generated from agents/database/hyvve_schema.py by `python -m agents contracts`: edit that, not this.
"""


_POSTGRES = postgresql.dialect()  # type: ignore[no-untyped-call]  # SQLAlchemy's dialect classes carry no types


def _sql_type(type_: types.TypeEngine[Any]) -> str:
    if isinstance(type_, types.Enum):
        return f'"{type_.name}"'  # Prisma's enum types keep their case
    compiled: str = type_.compile(dialect=_POSTGRES)
    return compiled.lower().replace(" without time zone", "")


def _enum_sql(enum: types.Enum) -> str:
    values = ", ".join(f"'{v}'" for v in enum.enums)
    return (f'DO $$ BEGIN CREATE TYPE "{enum.name}" AS ENUM ({values}); '
            "EXCEPTION WHEN duplicate_object THEN NULL; END $$;\n")


def _column_sql(column: Column[Any], single_pk: bool) -> str:
    parts = [_sql_type(column.type)]
    if column.primary_key and single_pk:
        parts.append("PRIMARY KEY")
    elif not column.nullable:
        parts.append("NOT NULL")
    if column.unique:
        parts.append("UNIQUE")
    if column.server_default is not None:
        parts.append(f"DEFAULT {column.server_default.arg.text}")  # type: ignore[attr-defined]
    for fk in column.foreign_keys:
        target = fk.column
        parts.append(f"REFERENCES {target.table.name}({target.name}) ON DELETE {fk.ondelete}")
    return " ".join(parts)


def _table_sql(table: Table) -> str:
    single_pk = len(table.primary_key.columns) == 1
    width = max(len(c.name) for c in table.columns)
    lines = [f"    {c.name.ljust(width)}  {_column_sql(c, single_pk)}" for c in table.columns]
    for constraint in sorted(
        (c for c in table.constraints if isinstance(c, UniqueConstraint) and len(c.columns) > 1),
        key=lambda c: str(c.name),
    ):
        names = ", ".join(c.name for c in constraint.columns)
        lines.append(f"    CONSTRAINT {constraint.name} UNIQUE ({names})")
    sql = ""
    if table.comment:
        sql += f"-- {table.comment}\n"
    sql += f"CREATE TABLE IF NOT EXISTS {table.name} (\n" + ",\n".join(lines) + "\n);\n"
    for index in sorted(table.indexes, key=lambda i: str(i.name)):
        names = ", ".join(e.name if isinstance(e, Column) else str(e) for e in index.expressions)
        using = index.dialect_options["postgresql"]["using"]
        sql += f"CREATE INDEX IF NOT EXISTS {index.name} ON {table.name}{f' USING {using} ' if using else ''}({names});\n"
    return sql


def render_ddl() -> str:
    """The text of `contracts/db/hyvve.sql`."""
    enums = {str(c.type.name): c.type for t in HYVVE.tables.values() for c in t.columns if isinstance(c.type, types.Enum)}
    return (_HEADER + "".join("\n" + _enum_sql(enums[name]) for name in sorted(enums))
            + "".join("\n" + _table_sql(table) for table in HYVVE.tables.values()))


def create_hyvve_tables(engine: Engine) -> None:
    """Create the tables that are missing (local mode and tests; never against HYVVE's own database)."""
    with engine.begin() as conn:
        conn.exec_driver_sql(render_ddl())


# -- the start-up check -----------------------------------------------------------------------------------

# What a live column may be, per declared type: the types the service's reads and writes work with.
_TEXT = frozenset({"text", "character varying", "character", "citext"})
_COMPATIBLE: dict[type, tuple[str, frozenset[str]]] = {
    types.Text: ("text", _TEXT),
    types.Enum: ("text", _TEXT),  # a Prisma enum: the same strings
    types.Integer: ("integer", frozenset({"integer", "bigint"})),
    types.Float: ("double precision", frozenset({"double precision", "real", "numeric"})),
    types.Boolean: ("boolean", frozenset({"boolean"})),
    JSONB: ("jsonb", frozenset({"jsonb", "json"})),
    types.TIMESTAMP: ("timestamp", frozenset({"timestamp without time zone", "timestamp with time zone"})),
    types.String: ("text", _TEXT),  # varchar(n)
    Vector: ("vector", frozenset({"USER-DEFINED"})),  # pgvector; its udt_name must be `vector` (below)
}

_COLUMNS_SQL = text(
    """
    SELECT c.table_name, c.column_name, c.data_type, c.udt_name, c.is_nullable, c.column_default,
           t.typtype = 'e' AS is_enum
    FROM information_schema.columns c
    JOIN pg_catalog.pg_namespace n ON n.nspname = c.table_schema
    JOIN pg_catalog.pg_class k ON k.relnamespace = n.oid AND k.relname = c.table_name
    LEFT JOIN pg_catalog.pg_type t ON t.typname = c.udt_name AND t.typnamespace = (
        SELECT oid FROM pg_catalog.pg_namespace WHERE nspname = c.udt_schema)
    WHERE c.table_name = ANY(:tables)
      AND k.oid = to_regclass(quote_ident(c.table_name))
    ORDER BY c.table_name, c.ordinal_position
    """
)


@dataclass(frozen=True)
class LiveColumn:
    data_type: str
    udt_name: str
    nullable: bool
    has_default: bool
    is_enum: bool

    def describe(self) -> str:
        if self.is_enum:
            return f"enum {self.udt_name}"
        return self.udt_name if self.data_type in ("USER-DEFINED", "ARRAY") else self.data_type


def _expected(column: Column[Any]) -> tuple[str, frozenset[str]]:
    for kind, (name, accepted) in _COMPATIBLE.items():
        if isinstance(column.type, kind):
            return name, accepted
    raise TypeError(f"{column.table.name}.{column.name}: no compatibility rule for {column.type!r}")


def _compatible(column: Column[Any], live: LiveColumn) -> bool:
    name, accepted = _expected(column)
    if isinstance(column.type, Vector):
        return live.udt_name == "vector"
    if live.data_type in accepted:
        return True
    if name != "text":
        return False
    # Prisma enums hold the same strings (psycopg sends str untyped, so PostgreSQL casts it), and an id
    # column may be a native uuid unless it holds free text.
    is_id = column.name == "id" or column.name.endswith("_id")
    return live.is_enum or (live.data_type == "uuid" and is_id and "free_text" not in column.info)


def compare(live: dict[str, dict[str, LiveColumn]], tables: Iterable[Table] | None = None) -> list[str]:
    """Mismatches between the declared tables and the live columns (table -> column -> LiveColumn)."""
    problems: list[str] = []
    for table in tables or HYVVE.tables.values():
        found = live.get(table.name)
        if not found:
            problems.append(f"{table.name}: table missing")
            continue
        for column in table.columns:
            where = f"{table.name}.{column.name}"
            actual = found.get(column.name)
            if actual is None:
                problems.append(f"{where}: missing")
            elif not _compatible(column, actual):
                problems.append(f"{where}: expected {_expected(column)[0]}, found {actual.describe()}")
            elif table.info.get("inserted") and column.nullable and not actual.nullable and not actual.has_default:
                problems.append(f"{where}: expected nullable, found NOT NULL without a default")
            elif (table.info.get("inserted") and column.server_default is not None and not actual.nullable
                  and not actual.has_default):
                problems.append(f"{where}: expected a default, found NOT NULL without one")
        if table.info.get("inserted"):
            for name, actual in found.items():
                if name not in table.columns and not actual.nullable and not actual.has_default:
                    problems.append(
                        f"{table.name}.{name}: NOT NULL without a default, and the service does not write it"
                    )
    return problems


def live_columns(engine: Engine, names: Iterable[str]) -> dict[str, dict[str, LiveColumn]]:
    live: dict[str, dict[str, LiveColumn]] = {}
    with engine.connect() as conn:
        for row in conn.execute(_COLUMNS_SQL, {"tables": list(names)}):
            live.setdefault(row.table_name, {})[row.column_name] = LiveColumn(
                data_type=row.data_type,
                udt_name=row.udt_name,
                nullable=row.is_nullable == "YES",
                has_default=row.column_default is not None,
                is_enum=bool(row.is_enum),
            )
    return live


def check_hyvve_schema(engine: Engine) -> list[str]:
    """Human-readable mismatches between the live HYVVE tables and what the service needs; [] when none.

    E.g. `approval_items.confidence_score: missing`, `sessions.expires_at: expected timestamp, found text`.
    """
    return compare(live_columns(engine, HYVVE.tables))


class HyvveSchemaMismatch(DatabaseNotReady):
    """The HYVVE tables in the database are not the ones the service was built against."""


def require_hyvve_schema(engine: Engine) -> None:
    """At start-up: raise HyvveSchemaMismatch naming every mismatch (one line)."""
    problems = check_hyvve_schema(engine)
    if problems:
        raise HyvveSchemaMismatch(
            "the HYVVE tables do not match contracts/db/hyvve.sql: " + "; ".join(problems)
        )
