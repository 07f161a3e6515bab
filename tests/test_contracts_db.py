"""The database contract: contracts/db/hyvve.sql is generated from agents/database/hyvve_schema.py, it is exactly
what HYVVE's own migrations build for every table and column it declares, and a live database is checked against
it, column by column, with the types the service's SQL works with."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
import sqlalchemy as sa

from agents.contracts import HYVVE_SQL_PATH, build_hyvve_sql, diff_summary
from agents.database.hyvve_schema import HYVVE, HyvveSchemaMismatch, check_hyvve_schema, require_hyvve_schema
from tests.harness import ServiceProcess, fresh_database
from tests.node_side import create_hyvve_tables


@pytest.fixture
def hyvve_db(pg_server_url: str) -> Iterator[sa.Engine]:
    """A fresh database built by HYVVE's own migrations."""
    with fresh_database(pg_server_url) as url:
        engine = sa.create_engine(url)
        create_hyvve_tables(engine)
        yield engine
        engine.dispose()


@pytest.fixture
def local_db(pg_server_url: str) -> Iterator[sa.Engine]:
    """A fresh database with the HYVVE tables created from the committed contracts/db/hyvve.sql (local mode)."""
    with fresh_database(pg_server_url) as url:
        engine = sa.create_engine(url)
        with engine.begin() as conn:
            conn.exec_driver_sql(HYVVE_SQL_PATH.read_text())
        yield engine
        engine.dispose()


_CATALOG_SQL = sa.text(
    """
    SELECT c.table_name, c.column_name, c.data_type, c.udt_name, c.datetime_precision, c.is_nullable,
           c.column_default
    FROM information_schema.columns c
    WHERE c.table_schema = 'public' AND c.table_name = ANY(:tables)
    """
)
_UNIQUE_SQL = sa.text(
    """
    SELECT k.relname AS table_name, array_agg(a.attname::text ORDER BY a.attname) AS columns
    FROM pg_index i
    JOIN pg_class k ON k.oid = i.indrelid
    JOIN pg_namespace n ON n.oid = k.relnamespace AND n.nspname = 'public'
    JOIN pg_attribute a ON a.attrelid = k.oid AND a.attnum = ANY(i.indkey)
    WHERE i.indisunique AND k.relname = ANY(:tables)
    GROUP BY k.relname, i.indexrelid
    """
)


def _catalog(engine: sa.Engine) -> tuple[dict[tuple[str, str], tuple], dict[str, set[tuple[str, ...]]]]:
    """(table, column) -> (type, udt, precision, nullable, default); table -> its unique column sets."""
    tables = list(HYVVE.tables)
    with engine.connect() as conn:
        columns = {(r.table_name, r.column_name): (r.data_type, r.udt_name, r.datetime_precision, r.is_nullable,
                                                    r.column_default)
                   for r in conn.execute(_CATALOG_SQL, {"tables": tables})}
        unique: dict[str, set[tuple[str, ...]]] = {}
        for r in conn.execute(_UNIQUE_SQL, {"tables": tables}):
            unique.setdefault(r.table_name, set()).add(tuple(r.columns))
    return columns, unique


def test_hyvve_sql_is_what_hyvves_migrations_build(hyvve_db: sa.Engine, local_db: sa.Engine) -> None:
    """Every declared column: same type, nullability and default; same unique constraints over the declared
    columns; and no NOT NULL column without a default that the declaration (so every INSERT) leaves out."""
    hyvve, hyvve_unique = _catalog(hyvve_db)
    ours, our_unique = _catalog(local_db)

    differences = [
        f"{table}.{column}: ours {mine}, HYVVE's {hyvve.get((table, column), 'missing')}"
        for (table, column), mine in sorted(ours.items()) if hyvve.get((table, column)) != mine
    ]
    differences += [
        f"{table}.{column}: NOT NULL without a default in HYVVE, not in contracts/db/hyvve.sql"
        for (table, column), (*_, nullable, default) in sorted(hyvve.items())
        if nullable == "NO" and default is None and (table, column) not in ours
    ]
    for table in HYVVE.tables:
        declared = {name for (t, name) in ours if t == table}
        theirs = {cols for cols in hyvve_unique.get(table, set()) if set(cols) <= declared}
        if theirs != our_unique.get(table, set()):
            differences.append(f"{table}: unique ours {sorted(our_unique.get(table, set()))}, HYVVE's {sorted(theirs)}")
    assert differences == []


def _alter(engine: sa.Engine, *statements: str) -> None:
    with engine.begin() as conn:
        for statement in statements:
            conn.exec_driver_sql(statement)


def test_committed_hyvve_sql_is_generated_from_the_declaration() -> None:
    expected = build_hyvve_sql()

    assert HYVVE_SQL_PATH.read_text() == expected, (
        "contracts/db/hyvve.sql differs from agents/database/hyvve_schema.py; run `make contracts`\n"
        + diff_summary(HYVVE_SQL_PATH, expected)
    )


def test_the_tables_declared_are_the_ones_the_node_side_owns() -> None:
    assert sorted(HYVVE.tables) == sorted([
        "users", "workspaces", "workspace_members", "sessions", "workspace_settings", "ai_provider_configs",
        "token_usage", "approval_items", "businesses", "event_metadata", "knowledge_pages", "page_embeddings",
    ])


def test_the_database_hyvves_migrations_build_passes_the_start_up_check(hyvve_db: sa.Engine) -> None:
    assert check_hyvve_schema(hyvve_db) == []
    require_hyvve_schema(hyvve_db)  # does not raise


def test_a_database_created_from_hyvve_sql_has_no_mismatches(local_db: sa.Engine) -> None:
    assert check_hyvve_schema(local_db) == []


def test_a_dropped_or_retyped_column_is_named(hyvve_db: sa.Engine) -> None:
    _alter(
        hyvve_db,
        "ALTER TABLE approval_items DROP COLUMN confidence_score",
        "ALTER TABLE sessions ALTER COLUMN expires_at TYPE text",
        "ALTER TABLE ai_provider_configs ALTER COLUMN tokens_used_today TYPE numeric",
        "ALTER TABLE workspace_settings ALTER COLUMN agent_model_preferences TYPE text",
    )

    assert check_hyvve_schema(hyvve_db) == [
        "sessions.expires_at: expected timestamp, found text",
        "workspace_settings.agent_model_preferences: expected jsonb, found text",
        "ai_provider_configs.tokens_used_today: expected integer, found numeric",
        "approval_items.confidence_score: missing",
    ]


def test_a_missing_table_is_named(hyvve_db: sa.Engine) -> None:
    _alter(hyvve_db, "DROP TABLE token_usage")

    assert check_hyvve_schema(hyvve_db) == ["token_usage: table missing"]


def test_start_up_check_raises_one_line_naming_every_mismatch(hyvve_db: sa.Engine) -> None:
    _alter(hyvve_db, "ALTER TABLE approval_items DROP COLUMN ai_reasoning", "ALTER TABLE approval_items DROP COLUMN due_at")

    with pytest.raises(HyvveSchemaMismatch) as refused:
        require_hyvve_schema(hyvve_db)

    message = str(refused.value)
    assert "\n" not in message
    assert "approval_items.ai_reasoning: missing" in message and "approval_items.due_at: missing" in message


def test_types_prisma_may_choose_are_compatible(hyvve_db: sa.Engine) -> None:
    _alter(
        hyvve_db,
        "CREATE TYPE \"SomeApprovalStatus\" AS ENUM ('pending', 'approved', 'rejected', 'auto_approved', 'cancelled')",
        "ALTER TABLE approval_items ALTER COLUMN status DROP DEFAULT",
        "ALTER TABLE approval_items ALTER COLUMN status TYPE \"SomeApprovalStatus\" USING status::\"SomeApprovalStatus\"",
        "ALTER TABLE approval_items ALTER COLUMN status SET DEFAULT 'pending'",
        "ALTER TABLE approval_items ALTER COLUMN created_at TYPE timestamptz",
        "ALTER TABLE approval_items ALTER COLUMN preview_data TYPE json",
        "ALTER TABLE approval_items ALTER COLUMN title TYPE varchar(500)",
        "ALTER TABLE token_usage ALTER COLUMN total_tokens TYPE bigint",
        "ALTER TABLE token_usage ALTER COLUMN estimated_cost TYPE numeric(12, 6)",
        "ALTER TABLE sessions ALTER COLUMN id TYPE uuid USING id::uuid",
        "ALTER TABLE approval_items ALTER COLUMN escalated_to_id TYPE uuid USING escalated_to_id::uuid",
    )

    assert check_hyvve_schema(hyvve_db) == []


def test_a_uuid_column_where_the_service_writes_free_text_is_a_mismatch(hyvve_db: sa.Engine) -> None:
    _alter(hyvve_db, "ALTER TABLE token_usage ALTER COLUMN agent_id TYPE uuid USING agent_id::uuid",
           "ALTER TABLE approval_items ALTER COLUMN requested_by TYPE uuid USING requested_by::uuid")

    assert check_hyvve_schema(hyvve_db) == [
        "token_usage.agent_id: expected text, found uuid",  # holds agent ids such as 'scribe'
        "approval_items.requested_by: expected text, found uuid",  # 'service' when NestJS acts for nobody
    ]


def test_a_required_column_the_service_does_not_write_blocks_its_inserts(hyvve_db: sa.Engine) -> None:
    _alter(
        hyvve_db,
        "ALTER TABLE approval_items ADD COLUMN business_id text NOT NULL",
        "ALTER TABLE approval_items ALTER COLUMN assigned_to_id SET NOT NULL",
        "ALTER TABLE approval_items ADD COLUMN tags jsonb NOT NULL DEFAULT '[]'",  # has a default: fine
        "ALTER TABLE users ADD COLUMN locale text NOT NULL",  # read only: fine
    )

    assert check_hyvve_schema(hyvve_db) == [
        "approval_items.assigned_to_id: expected nullable, found NOT NULL without a default",
        "approval_items.business_id: NOT NULL without a default, and the service does not write it",
    ]


def test_tables_resolve_through_the_search_path_like_the_services_sql(hyvve_db: sa.Engine) -> None:
    # Prisma with `?schema=hyvve`: the tables live in another schema the connection's search_path names.
    _alter(hyvve_db, "CREATE SCHEMA hyvve", *(f"ALTER TABLE {name} SET SCHEMA hyvve" for name in HYVVE.tables))
    elsewhere = sa.create_engine(hyvve_db.url, connect_args={"options": "-c search_path=hyvve"})
    try:
        assert check_hyvve_schema(hyvve_db) == [f"{name}: table missing" for name in HYVVE.tables]
        assert check_hyvve_schema(elsewhere) == []
    finally:
        elsewhere.dispose()


def test_the_service_refuses_to_start_when_approval_items_lacks_a_column_it_writes(
    pg_server_url: str, service_env: dict[str, str]
) -> None:
    with fresh_database(pg_server_url) as url:
        engine = sa.create_engine(url)
        create_hyvve_tables(engine)
        _alter(engine, "ALTER TABLE approval_items DROP COLUMN confidence_score")
        engine.dispose()
        process = ServiceProcess({**service_env, "DATABASE_URL": url}).start(wait=False)
        try:
            process.wait_healthy(60)  # raises RuntimeError when the process exits instead
        except RuntimeError:
            pass
        else:
            pytest.fail("the service started against a database missing approval_items.confidence_score")
        finally:
            process.stop()

    assert process.process is not None and process.process.returncode == 1
    assert "approval_items.confidence_score: missing" in process.logs()
