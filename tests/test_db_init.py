"""`docker compose up` from nothing: the one-shot `db-init` (`python -m agents db init`, as the owner) makes an empty
database ready, and the service then starts and runs as the least-privilege role it created. No Docker daemon here:
the one-shot's own command runs against a fresh database of the test server (the compose file is parsed in
tests/test_gateway.py)."""

from __future__ import annotations

import os
import subprocess
import sys
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlalchemy as sa
from sqlalchemy.engine import make_url

from tests.harness import ROOT, ServiceProcess, fresh_database
from tests.node_side import hyvve_repo

PASSWORD = "init-pass;'quoted"  # a `;` and a quote: the password is a literal, never SQL


def db_init(owner_url: str, role: str, repo: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "DATABASE_URL": owner_url, "AGENTOS_DB_PASSWORD": PASSWORD, "HYVVE_REPO": repo,
           "PYTHONPATH": str(ROOT)}
    return subprocess.run([sys.executable, "-m", "agents", "db", "init", "--role", role], env=env, cwd=ROOT,
                          capture_output=True, text=True, timeout=300)


@pytest.fixture
def empty_database(pg_server_url: str) -> Iterator[tuple[str, str]]:
    role = f"agentos_{uuid.uuid4().hex[:8]}"
    with fresh_database(pg_server_url) as url:
        yield url, role
        owner = sa.create_engine(url)
        with owner.begin() as conn:
            conn.exec_driver_sql(f'REASSIGN OWNED BY "{role}" TO CURRENT_USER')
            conn.exec_driver_sql(f'DROP OWNED BY "{role}"')
            conn.exec_driver_sql(f'DROP ROLE IF EXISTS "{role}"')
        owner.dispose()


@pytest.mark.parametrize("schema", ["hyvve-migrations", "our-ddl"])
def test_db_init_makes_an_empty_database_ready_for_the_service_as_its_role(
    empty_database: tuple[str, str], schema: str, service_env: dict[str, str], scripted, tmp_path: Path
) -> None:
    owner_url, role = empty_database
    repo = str(hyvve_repo() or "") if schema == "hyvve-migrations" else ""
    if schema == "hyvve-migrations" and not repo:
        pytest.fail("HYVVE_REPO is unset: set it to a HYVVE checkout (e.g. HYVVE_REPO=$PWD/../shared/hyvve/upstream)")
    first = db_init(owner_url, role, repo)
    assert first.returncode == 0, first.stderr
    assert f"role {role}: created" in first.stderr
    again = db_init(owner_url, role, repo)  # `docker compose up` again: nothing breaks, nothing doubles
    assert again.returncode == 0, again.stderr
    assert "HYVVE's tables: present, left alone" in again.stderr
    assert PASSWORD not in first.stderr + again.stderr

    owner = sa.create_engine(owner_url)
    with owner.connect() as conn:
        rls = conn.execute(sa.text("SELECT relrowsecurity FROM pg_class WHERE relname = 'approval_items'")).scalar()
    assert rls is (schema == "hyvve-migrations")  # HYVVE's migrations put RLS on it; our DDL mirrors only columns
    # The README's first credential on the compose stack: `python -m agents token --database`, as the owner.
    minted = subprocess.run(
        [sys.executable, "-m", "agents", "token", "--database", "--role", "member"], cwd=tmp_path, text=True,
        capture_output=True, timeout=120, env={**os.environ, "DATABASE_URL": owner_url, "PYTHONPATH": str(ROOT)},
    )
    assert minted.returncode == 0, minted.stderr
    url = make_url(owner_url).set(username=role, password=PASSWORD).render_as_string(hide_password=False)
    with ServiceProcess({**service_env, "DATABASE_URL": url}) as service, service.client(
        headers={"authorization": f"Bearer {minted.stdout.strip()}"}
    ) as http:
        assert http.get("/ready").status_code == 200
        run = http.post("/agents/scribe/runs", data={"message": "hello from compose", "stream": "false"})
        assert run.status_code == 200, run.text
        assert run.json()["status"] == "COMPLETED"
    owner.dispose()


def test_db_init_says_what_it_needs(pg_server_url: str) -> None:
    result = subprocess.run([sys.executable, "-m", "agents", "db", "init"], cwd=ROOT, capture_output=True, text=True,
                            env={**os.environ, "DATABASE_URL": pg_server_url, "AGENTOS_DB_PASSWORD": "",
                                 "PYTHONPATH": str(ROOT)}, timeout=120)
    assert result.returncode == 2
    assert "AGENTOS_DB_PASSWORD" in result.stderr and result.stderr.count("\n") == 1
