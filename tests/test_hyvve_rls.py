"""HYVVE's row-level security: the service connected as a least-privilege role (not the owner of HYVVE's tables,
no BYPASSRLS, only the grants of docs/adr/0009-least-privilege-role.md) still uses a workspace's own key and
meters it, because every transaction on an RLS table names its verified workspace. (The whole suite's service
runs as that role: tests/conftest.py.)"""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterator

import pytest
import sqlalchemy as sa

from agents.database.service_role import SERVICE_ROLE_SQL
from tests.conftest import adr_role_sql, least_privilege_url
from tests.harness import ServiceProcess, fresh_database
from tests.node_side import NodeSide, create_hyvve_tables
from tests.test_byoai import CIPHER, secret_key, sent_for


def test_the_adr_documents_the_role_db_init_creates() -> None:
    assert adr_role_sql() == SERVICE_ROLE_SQL


@pytest.fixture(scope="module")
def restricted(pg_server_url: str) -> Iterator[tuple[str, NodeSide]]:
    """A freshly migrated HYVVE database, and a URL for it as a least-privilege role."""
    with fresh_database(pg_server_url) as owner_url:
        owner = sa.create_engine(owner_url)
        create_hyvve_tables(owner)
        with least_privilege_url(owner) as url:
            yield url, NodeSide(owner)
        owner.dispose()


def test_the_role_is_least_privileged(restricted: tuple[str, NodeSide]) -> None:
    url, _ = restricted
    engine = sa.create_engine(url)
    try:
        with engine.connect() as conn:
            super_, bypass = conn.execute(sa.text(
                "SELECT rolsuper, rolbypassrls FROM pg_roles WHERE rolname = current_user")).one()
            owns = conn.execute(sa.text(
                "SELECT count(*) FROM pg_tables WHERE schemaname = 'public' AND tableowner = current_user")).scalar()
            seen = conn.execute(sa.text("SELECT count(*) FROM ai_provider_configs")).scalar()
        assert (super_, bypass, owns) == (False, False, 0)
        assert seen == 0  # no app.tenant_id: RLS shows nothing
    finally:
        engine.dispose()


def test_a_run_on_the_workspaces_own_key_is_metered_under_rls(
    restricted: tuple[str, NodeSide], service_env: dict[str, str], scripted
) -> None:
    url, node = restricted
    workspace = node.workspace(roles=("owner", "member"))
    key = secret_key("rls")
    config = node.provider(workspace.id, "deepseek", CIPHER.encrypt(key), "deepseek-chat")
    marker = uuid.uuid4().hex

    with ServiceProcess({**service_env, "DATABASE_URL": url}) as service, service.client(
        headers={"authorization": f"Bearer {workspace['member'].session_token}"}
    ) as http:
        response = http.post("/agents/scribe/runs", data={"message": f"own key {marker}", "stream": "false"})

    assert response.status_code == 200, response.text
    assert sent_for(scripted, marker)[0]["authorization"] == f"Bearer {key}"  # not the platform's key
    with node.engine.connect() as conn:  # as the owner, who bypasses RLS
        used = conn.execute(sa.text("SELECT tokens_used_today FROM ai_provider_configs WHERE id = :id"),
                            {"id": config}).scalar()
        usage = conn.execute(sa.text("SELECT workspace_id, model, duration FROM token_usage WHERE provider_id = :id"),
                             {"id": config}).all()
    assert used > 0
    assert [(u.workspace_id, u.model) for u in usage] == [(workspace.id, "deepseek-chat")]
    assert json.dumps(response.json()).count(key) == 0
