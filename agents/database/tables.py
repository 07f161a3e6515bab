"""The service's own tables, beside agno's in `AGNO_DB_SCHEMA`: never in Prisma's `public` schema."""

from __future__ import annotations

from typing import Any

from sqlalchemy import (
    BigInteger,
    Column,
    DateTime,
    Engine,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
    text,
)
from sqlalchemy.dialects.postgresql import JSONB

ADDED_COLUMNS = (
    ("agentos_actions", "lease_owner varchar"),
    ("agentos_actions", "lease_until timestamp with time zone"),
)


class ServiceTables:
    def __init__(self, schema: str) -> None:
        self.schema = schema
        self.metadata = MetaData(schema=schema)
        now = text("now()")
        # Outbox: events written in the same transaction as the state change, published afterwards.
        self.outbox = Table(
            "agentos_outbox",
            self.metadata,
            Column("id", BigInteger, primary_key=True, autoincrement=True),
            Column("stream", String, nullable=False),
            Column("event", JSONB, nullable=False),
            Column("created_at", DateTime(timezone=True), nullable=False, server_default=now),
            Column("published_at", DateTime(timezone=True)),
            Index("agentos_outbox_unpublished", "id", postgresql_where=text("published_at IS NULL")),
        )
        # One row per HYVVE approval item we created: the decision ledger and the continuation job.
        self.approvals = Table(
            "agentos_approvals",
            self.metadata,
            Column("approval_item_id", String, primary_key=True),
            Column("agno_approval_id", String, nullable=False, unique=True),
            Column("workspace_id", String, nullable=False, index=True),
            Column("user_id", String),
            Column("agno_user_id", String),
            Column("run_id", String, nullable=False),
            Column("session_id", String, nullable=False),
            Column("agent_id", String),
            Column("tool_name", String),
            Column("correlation_id", String),
            Column("status", String, nullable=False),
            Column("decided_by", String),
            Column("decided_at", DateTime(timezone=True)),
            Column("decision_notes", Text),
            Column("decision_source", String),
            Column("due_at", DateTime(timezone=True), nullable=False),
            Column("continuation", String, nullable=False, server_default="none"),
            Column("lease_owner", String),
            Column("lease_until", DateTime(timezone=True)),
            Column("attempts", Integer, nullable=False, server_default="0"),
            Column("last_error", Text),
            Column("created_at", DateTime(timezone=True), nullable=False, server_default=now),
            Index(
                "agentos_approvals_continuation",
                "continuation",
                postgresql_where=text("continuation IN ('queued', 'running')"),
            ),
        )
        # Actions carried out by approved tools, keyed so one approved call runs at most once. While `started`,
        # the process sending it holds a lease; a dead owner's action is sent again with the same key.
        self.actions = Table(
            "agentos_actions",
            self.metadata,
            Column("action_key", String, primary_key=True),
            Column("workspace_id", String, nullable=False),
            Column("run_id", String, nullable=False),
            Column("tool_name", String, nullable=False),
            Column("arguments", JSONB, nullable=False),
            Column("state", String, nullable=False),
            Column("result", Text),
            Column("started_at", DateTime(timezone=True), nullable=False, server_default=now),
            Column("finished_at", DateTime(timezone=True)),
            Column("lease_owner", String),
            Column("lease_until", DateTime(timezone=True)),
        )

        # Workspace knowledge documents (agents/knowledge/): status, dedupe and the ingestion job. The
        # source is kept until the document is indexed, so any replica can (re)do the work after a crash.
        self.knowledge_documents = Table(
            "agentos_knowledge_documents",
            self.metadata,
            Column("id", String, primary_key=True),
            Column("workspace_id", String, nullable=False),
            Column("name", String, nullable=False),
            Column("source_type", String, nullable=False),  # text | markdown | pdf | url
            Column("source_url", Text),
            Column("content_sha256", String, nullable=False),
            Column("size_bytes", BigInteger, nullable=False),
            Column("metadata", JSONB, nullable=False, server_default=text("'{}'::jsonb")),
            Column("status", String, nullable=False),  # pending | processing | completed | failed
            Column("error", Text),
            Column("embedder", String),
            Column("chunk_count", Integer, nullable=False, server_default="0"),
            Column("created_by", String),
            Column("source", LargeBinary),
            Column("lease_owner", String),
            Column("lease_until", DateTime(timezone=True)),
            Column("attempts", Integer, nullable=False, server_default="0"),
            Column("created_at", DateTime(timezone=True), nullable=False, server_default=now),
            Column("updated_at", DateTime(timezone=True), nullable=False, server_default=now),
            # Re-ingesting the same content in the same workspace finds this row instead of adding one.
            Index("agentos_knowledge_documents_digest", "workspace_id", "content_sha256", unique=True),
            Index(
                "agentos_knowledge_documents_todo",
                "created_at",
                postgresql_where=text("status IN ('pending', 'processing')"),
            ),
        )

        # Idempotency keys of run starts (agents/runs/start.py): a retried start finds the first run here.
        self.run_requests = Table(
            "agentos_run_requests",
            self.metadata,
            Column("workspace_id", String, nullable=False),
            Column("agno_user_id", String, nullable=False),
            Column("component", String, nullable=False),  # agent:<id> | team:<id>
            Column("idempotency_key", String, nullable=False),
            Column("run_id", String, nullable=False),
            Column("session_id", String, nullable=False),
            Column("created_at", DateTime(timezone=True), nullable=False, server_default=now),
            Index("agentos_run_requests_key", "workspace_id", "agno_user_id", "component", "idempotency_key",
                  unique=True),
        )

        # Things that must happen once (a run's lifecycle event, a day's limit warning): keyed markers.
        self.once = Table(
            "agentos_once",
            self.metadata,
            Column("key", String, primary_key=True),
            Column("created_at", DateTime(timezone=True), nullable=False, server_default=now),
        )

        # Runs in flight and the process executing each (agents/runs/reconciler.py). The owner renews the
        # lease while it lives; a run whose lease ran out is failed by whichever replica claims it first.
        self.run_leases = Table(
            "agentos_run_leases",
            self.metadata,
            Column("run_id", String, primary_key=True),
            Column("session_id", String, nullable=False),
            Column("owner", String, nullable=False),
            Column("lease_until", DateTime(timezone=True), nullable=False),
            # Enough of the run to fail it if agno never stored it (a foreground run stores at its end).
            Column("run", JSONB, nullable=False),
            Column("started_at", DateTime(timezone=True), nullable=False, server_default=now),
            Index("agentos_run_leases_owner", "owner"),
            Index("agentos_run_leases_expiry", "lease_until"),
        )

    def create(self, engine: Engine) -> None:
        with engine.begin() as conn:
            conn.execute(text(f'CREATE SCHEMA IF NOT EXISTS "{self.metadata.schema}"'))
            # Serialise the CREATE TABLEs of replicas starting at once.
            conn.execute(text("SELECT pg_advisory_xact_lock(hashtext('agentos_tables'))"))
            self.metadata.create_all(conn, checkfirst=True)
            # Columns added after a table was first created (create_all leaves existing tables alone).
            for table, column in ADDED_COLUMNS:
                conn.execute(text(f'ALTER TABLE "{self.metadata.schema}".{table} ADD COLUMN IF NOT EXISTS {column}'))


def first_time(conn: Any, tables: ServiceTables, key: str) -> bool:
    """Record `key`; True only for the first caller ever (within the caller's transaction)."""
    from sqlalchemy.dialects.postgresql import insert

    marker = insert(tables.once).values(key=key).on_conflict_do_nothing().returning(tables.once.c.key)
    return conn.execute(marker).scalar() is not None
