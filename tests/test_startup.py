"""Start-up refuses what it cannot run on, with one clear line; the embedded default just works."""

from __future__ import annotations

import subprocess
import sys
import time

import pytest
import sqlalchemy as sa

from tests.harness import ServiceProcess, embedded_postgres, free_port
from tests.node_side import create_hyvve_tables


def _serve_and_fail(env: dict[str, str], timeout: float = 60) -> tuple[int, str]:
    process = ServiceProcess(env).start(wait=False)
    code = process.wait_exit(timeout)
    return code, process.logs()


@pytest.mark.parametrize(
    ("env", "named"),
    [
        ({"DATABASE_URL": "mysql://root@localhost/db"}, "DATABASE_URL"),
        ({"ENCRYPTION_MASTER_KEY": "dG9vLXNob3J0"}, "ENCRYPTION_MASTER_KEY"),
        ({"DEFAULT_MODEL": "gpt-4o-mini"}, "DEFAULT_MODEL"),
        ({"AGNO_DB_SCHEMA": "public"}, "AGNO_DB_SCHEMA"),
        ({"REDIS_URL": "localhost:6379"}, "REDIS_URL"),
    ],
)
def test_malformed_setting_stops_start_up_naming_it(env: dict[str, str], named: str) -> None:
    code, logs = _serve_and_fail(env)

    assert code == 2
    lines = [line for line in logs.splitlines() if line.strip()]
    assert len(lines) == 1, logs
    assert named in lines[0]


def test_unreachable_database_stops_start_up_with_a_clear_message() -> None:
    closed_port = free_port()
    started = time.monotonic()

    code, logs = _serve_and_fail({"DATABASE_URL": f"postgresql+psycopg://hyvve:s3cret@127.0.0.1:{closed_port}/hyvve"})

    assert code == 1
    assert f"database unreachable at 127.0.0.1:{closed_port}/hyvve" in logs
    assert "s3cret" not in logs
    assert time.monotonic() - started < 30


def test_database_without_pgvector_stops_start_up() -> None:
    # The machine's own Debian PostgreSQL has no pgvector package: exactly the server an operator
    # might point us at by mistake.
    url = "postgresql+psycopg://postgres@127.0.0.1:5432/postgres"
    try:
        with sa.create_engine(url).connect() as conn:
            if conn.execute(sa.text("SELECT 1 FROM pg_available_extensions WHERE name='vector'")).scalar():
                pytest.skip("this server has pgvector available")
    except sa.exc.OperationalError:
        pytest.skip("no local PostgreSQL without pgvector on 127.0.0.1:5432")

    code, logs = _serve_and_fail({"DATABASE_URL": url})

    assert code == 1
    assert "'vector' extension is not available" in logs


def test_readiness_follows_the_database_going_away_and_coming_back(service_env: dict[str, str]) -> None:
    with embedded_postgres() as (url, server):
        create_hyvve_tables(sa.create_engine(url))
        with ServiceProcess({**service_env, "DATABASE_URL": url}) as service, service.client() as http:
            assert http.get("/ready").status_code == 200

            server.stop()  # type: ignore[attr-defined]
            down = http.get("/ready")
            assert down.status_code == 503
            assert down.json()["failing"] == ["database"]
            assert http.get("/health").status_code == 200

            server.ensure_postgres_running()  # type: ignore[attr-defined]
            assert http.get("/ready").status_code == 200


def test_readiness_names_redis_when_it_is_down(service_env: dict[str, str]) -> None:
    env = {**service_env, "REDIS_URL": f"redis://127.0.0.1:{free_port()}/0"}
    with ServiceProcess(env) as service, service.client() as http:
        response = http.get("/ready")

    assert response.status_code == 503
    assert response.json()["failing"] == ["redis"]
    assert response.json()["checks"]["database"]["ok"] is True


def test_embedded_default_serves_and_keeps_data_across_restarts(tmp_path, service_env: dict[str, str]) -> None:
    env = {
        "DATABASE_URL": "",
        "EMBEDDED_DB_DIR": str(tmp_path / "pg"),
        "OPENAI_BASE_URL": service_env["OPENAI_BASE_URL"],
        "OPENAI_API_KEY": "sk-test",
        "OS_SECURITY_KEY": "local-operator-key",
    }
    operator = {"authorization": "Bearer local-operator-key"}
    with ServiceProcess(env) as service, service.client(headers=operator) as http:
        assert http.get("/ready").json()["status"] == "ready"
        run = http.post("/agents/scribe/runs", data={"message": "remember me", "stream": "false"})
        assert run.status_code == 200, run.text
        session_id = run.json()["session_id"]

    assert not _postgres_running(tmp_path / "pg"), "the embedded server must stop with the service"

    with ServiceProcess(env) as service, service.client(headers=operator) as http:
        sessions = http.get("/sessions", params={"type": "agent"}).json()["data"]
        assert session_id in [s["session_id"] for s in sessions]


def _postgres_running(data_dir) -> bool:
    result = subprocess.run(["pgrep", "-f", f"postgres -D {data_dir.resolve()}"], capture_output=True)
    return result.returncode == 0


def test_cli_help_lists_serve() -> None:
    result = subprocess.run([sys.executable, "-m", "agents", "--help"], capture_output=True, text=True)
    assert "serve" in result.stdout
