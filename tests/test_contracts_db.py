"""The database contract: contracts/db/hyvve.sql is generated from agents/database/hyvve_schema.py, and a live
database is checked against it, column by column, with the types the service's SQL works with."""

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
    """A fresh database with the HYVVE tables created from the committed contracts/db/hyvve.sql."""
    with fresh_database(pg_server_url) as url:
        engine = sa.create_engine(url)
        create_hyvve_tables(engine)
        yield engine
        engine.dispose()


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
        "token_usage", "approval_items", "event_metadata",
    ])


def test_a_database_created_from_hyvve_sql_has_no_mismatches(hyvve_db: sa.Engine) -> None:
    assert check_hyvve_schema(hyvve_db) == []
    require_hyvve_schema(hyvve_db)  # does not raise


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
        "CREATE TYPE \"ApprovalStatus\" AS ENUM ('pending', 'approved', 'rejected', 'auto_approved', 'cancelled')",
        "ALTER TABLE approval_items ALTER COLUMN status DROP DEFAULT",
        "ALTER TABLE approval_items ALTER COLUMN status TYPE \"ApprovalStatus\" USING status::\"ApprovalStatus\"",
        "ALTER TABLE approval_items ALTER COLUMN status SET DEFAULT 'pending'",
        "ALTER TABLE approval_items ALTER COLUMN created_at TYPE timestamptz",
        "ALTER TABLE approval_items ALTER COLUMN preview_data TYPE json",
        "ALTER TABLE approval_items ALTER COLUMN title TYPE varchar(500)",
        "ALTER TABLE token_usage ALTER COLUMN total_tokens TYPE bigint",
        "ALTER TABLE token_usage ALTER COLUMN estimated_cost TYPE numeric(12, 6)",
        "ALTER TABLE sessions ALTER COLUMN id TYPE uuid USING id::uuid",
        "ALTER TABLE approval_items ALTER COLUMN assigned_to_id TYPE uuid USING assigned_to_id::uuid",
    )

    assert check_hyvve_schema(hyvve_db) == []


def test_a_uuid_column_where_the_service_writes_free_text_is_a_mismatch(hyvve_db: sa.Engine) -> None:
    _alter(hyvve_db, "ALTER TABLE token_usage ALTER COLUMN agent_id TYPE uuid USING agent_id::uuid",
           "ALTER TABLE approval_items ALTER COLUMN requested_by TYPE uuid USING requested_by::uuid")

    assert check_hyvve_schema(hyvve_db) == [
        "token_usage.agent_id: expected text, found uuid",  # holds agent ids such as 'assistant'
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
