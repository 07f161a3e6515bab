"""Local mode: the embedded database gets HYVVE's tables, a demo workspace and a token; a real one never does.

Every service here is `python -m agents serve` as a newcomer runs it: no DATABASE_URL, no keys, no Redis.
"""

from __future__ import annotations

import json
import os
import pty
import select
import socket
import stat
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
import sqlalchemy as sa

from tests.harness import ServiceProcess, free_port

# Everything a developer's shell might have set, blanked: local mode is what is left.
_UNSET = ("DATABASE_URL", "OPENAI_API_KEY", "OPENAI_BASE_URL", "REDIS_URL", "HYVVE_API_URL", "OS_SECURITY_KEY",
          "AGENT_SERVICE_TOKEN", "BETTER_AUTH_URL", "AUTH_JWKS_URL", "ENCRYPTION_MASTER_KEY")


def local_env(workdir: Path) -> dict[str, str]:
    """The environment of `make run` on a fresh clone whose checkout is `workdir`."""
    return {**{name: "" for name in _UNSET}, "EMBEDDED_DB_DIR": str(workdir / ".data" / "postgres"),
            "DEFAULT_MODEL": "openai:gpt-4o-mini", "PROVIDER_BASE_URLS": "{}"}


def local_service(workdir: Path | None = None) -> ServiceProcess:
    workdir = workdir or Path(tempfile.mkdtemp(prefix="agentos-local-"))
    return ServiceProcess(local_env(workdir), cwd=workdir)


def banner_records(logs: str) -> list[dict]:
    """The start-up banners in a service's log: output to a file is JSON lines, the banner one record of them."""
    records = [json.loads(line) for line in logs.splitlines() if line.startswith("{")]
    return [r for r in records if r.get("message", "").startswith("HYVVE AgentOS is ready")]


def wait_for_banner(service: ServiceProcess, timeout: float = 20) -> str:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if banner_records(logs := service.logs()):
            return logs
        time.sleep(0.1)
    raise AssertionError(f"no start-up banner:\n{service.logs()}")


def banner_value(logs: str, label: str) -> str:
    found = [r["banner"][label] for r in banner_records(logs) if label in r["banner"]]
    assert found, f"no '{label}' in the banner of:\n{logs}"
    return found[-1].strip()


def cli(*args: str, env: dict[str, str], cwd: Path, timeout: float = 60) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "agents", *args], env={**os.environ, **env}, cwd=cwd,
                          capture_output=True, text=True, timeout=timeout)


@pytest.fixture(scope="module")
def workdir() -> Path:
    return Path(tempfile.mkdtemp(prefix="agentos-local-"))


@pytest.fixture(scope="module")
def local(workdir: Path) -> Iterator[ServiceProcess]:
    with local_service(workdir) as service:
        wait_for_banner(service)
        yield service


def test_the_banner_says_where_what_and_with_which_token(local: ServiceProcess, workdir: Path) -> None:
    logs = wait_for_banner(local)
    token_file = workdir / ".data" / "demo-token"

    assert banner_value(logs, "API") == local.base_url
    assert banner_value(logs, "API docs") == f"{local.base_url}/docs"
    token = token_file.read_text().strip()
    assert ".data/demo-token" in banner_value(logs, "Token")
    assert token and token not in logs  # a log record is shipped: the token stays in its file
    assert stat.S_IMODE(token_file.stat().st_mode) == 0o600
    assert "'demo'" in banner_value(logs, "Workspace")
    assert "scripted stand-in" in logs and "TEST DOUBLE" in logs and "OPENAI_API_KEY" in logs
    assert logs.count("REDIS_URL is unset") == 1
    assert logs.count("embedded PostgreSQL ready") == 1  # the CLI started it; the app joined it quietly
    assert httpx.get(f"{local.base_url}/docs", timeout=10).status_code == 200
    # Not 7777: the banner's command is the one that works for this port.
    assert banner_value(logs, "Try it").startswith(f"make demo PORT={local.port}   (")


def test_the_demo_token_is_the_demo_owner_and_runs_answer_offline(local: ServiceProcess, workdir: Path) -> None:
    token = (workdir / ".data" / "demo-token").read_text().strip()
    with local.client(headers={"authorization": f"Bearer {token}"}) as http:
        agents = http.get("/agents")
        run = http.post("/agents/scribe/runs", data={"message": "hello there", "stream": "false"})

    assert agents.status_code == 200, agents.text
    assert {a["id"] for a in agents.json()} == {"approval", "scribe", "dashboard_gateway"}
    assert run.status_code == 200, run.text
    assert run.json()["content"] == "Scripted reply: hello there"
    assert run.json()["metadata"]["role"] == "owner"


def test_hyvves_web_app_on_its_dev_server_may_call_the_local_service(local: ServiceProcess) -> None:
    preflight = {"origin": "http://localhost:3000", "access-control-request-method": "POST",
                 "access-control-request-headers": "authorization,content-type"}
    with local.client() as http:
        allowed = http.options("/agents/validation/runs", headers=preflight)
        other = http.options("/agents/validation/runs", headers={**preflight, "origin": "http://evil.test"})

    assert allowed.headers.get("access-control-allow-origin") == "http://localhost:3000"
    assert "access-control-allow-origin" not in other.headers


@pytest.mark.parametrize("team", ["validation", "planning", "branding"])
def test_every_onboarding_team_runs_for_the_demo_business(local: ServiceProcess, workdir: Path, team: str) -> None:
    business = banner_value(wait_for_banner(local), "Business").split("'")[1]
    token = (workdir / ".data" / "demo-token").read_text().strip()
    with local.client(headers={"authorization": f"Bearer {token}"}) as http:
        run = http.post(f"/teams/{team}/runs", data={
            "message": "call get_business", "stream": "false", "factory_input": json.dumps({"business_id": business})})

    assert run.status_code == 200, run.text
    assert run.json()["status"] == "COMPLETED"
    assert "Demo Candle Co" in run.json()["content"]


def test_minted_tokens_carry_their_role(local: ServiceProcess, workdir: Path) -> None:
    minted = cli("token", "--workspace", "demo", "--role", "member", env=local_env(workdir), cwd=workdir)

    assert minted.returncode == 0, minted.stderr
    token = minted.stdout.strip()
    assert len(minted.stdout.splitlines()) == 1 and token
    assert "member of workspace" in minted.stderr
    with local.client(headers={"authorization": f"Bearer {token}"}) as http:
        assert http.get("/approval-items").status_code == 200
        refused = http.post("/approval-items/any/resolve", json={"decision": "approve"})
    assert refused.status_code == 403 and refused.json()["error"]["code"] == "forbidden"


def test_token_for_an_unknown_workspace_or_role_is_refused_in_one_line(local: ServiceProcess, workdir: Path) -> None:
    unknown = cli("token", "--workspace", "nowhere", env=local_env(workdir), cwd=workdir)

    assert unknown.returncode == 1
    assert unknown.stdout == ""
    assert unknown.stderr.strip().splitlines() == ["error: no workspace 'nowhere' in the local database "
                                                   "(the demo workspace is 'demo')"]


def test_a_restart_keeps_the_workspace_and_the_token(local: ServiceProcess, workdir: Path) -> None:
    first = wait_for_banner(local)
    first_token = (workdir / ".data" / "demo-token").read_text()
    local.stop()
    try:
        with local_service(workdir) as again:
            second = wait_for_banner(again)
            token = (workdir / ".data" / "demo-token").read_text().strip()
            with again.client(headers={"authorization": f"Bearer {token}"}) as http:
                assert http.get("/agents").status_code == 200
    finally:
        local.start()  # the module's service, for any test after this one

    assert token == first_token.strip()
    assert banner_value(second, "Workspace") == banner_value(first, "Workspace")


# -- never against a real database --------------------------------------------------------------------


def test_a_real_database_url_is_never_seeded(service_env: dict[str, str], db: sa.Engine) -> None:
    workdir = Path(tempfile.mkdtemp(prefix="agentos-real-"))
    # As a deployment connects: the service's least-privilege role (the schema `ai` is then the role's own).
    env = {**local_env(workdir), "DATABASE_URL": service_env["DATABASE_URL"]}

    with ServiceProcess(env, cwd=workdir) as service:
        logs = wait_for_banner(service)
    minted = cli("token", "--workspace", "demo", env=env, cwd=workdir)

    with db.connect() as conn:
        demo = conn.execute(sa.text("SELECT count(*) FROM workspaces WHERE slug = 'demo'")).scalar()
        local_users = conn.execute(sa.text("SELECT count(*) FROM users WHERE email LIKE '%.hyvve.local'")).scalar()
    assert (demo, local_users) == (0, 0)
    assert not (workdir / ".data").exists()
    assert "local mode" not in logs and "Token" not in logs and "stand-in" not in logs
    assert "OPENAI_API_KEY is unset: runs on the platform model will fail" in logs
    assert minted.returncode == 2 and minted.stdout == ""
    assert minted.stderr.strip().splitlines() == [
        "error: DATABASE_URL is set: local mode (demo workspace, demo tokens) only uses the embedded database; "
        "against HYVVE's database, sign in through HYVVE"
    ]


# -- errors a newcomer meets -----------------------------------------------------------------------------


def _one_line_failure(service: ServiceProcess, timeout: float = 30) -> str:
    service.start(wait=False)
    assert service.wait_exit(timeout) == 1
    lines = [line for line in service.logs().splitlines() if line.strip()]
    assert len(lines) == 1, service.logs()
    record = json.loads(lines[0])  # output to a file: one JSON record, not a plain line
    assert record["level"] == "error"
    return str(record["message"])


def test_a_port_in_use_is_one_clear_line() -> None:
    service = local_service()
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", service.port))
        taken.listen()
        started = time.monotonic()

        line = _one_line_failure(service)

    assert line.startswith(f"port {service.port} on 127.0.0.1 is already in use")
    assert f"--port {service.port + 1}" in line and f"PORT={service.port + 1}" in line
    assert time.monotonic() - started < 15  # refused before the database starts
    assert not (service.cwd / ".data").exists()


def test_a_stale_embedded_database_lock_is_explained() -> None:
    # postmaster.pid left by a crash or reboot, its pid now another program's (here: this test's).
    workdir = Path(tempfile.mkdtemp(prefix="agentos-local-"))
    data_dir = workdir / ".data" / "postgres"
    data_dir.mkdir(parents=True)
    pid_file = data_dir / "postmaster.pid"
    pid_file.write_text(f"{os.getpid()}\n{data_dir}\n1700000000\n5432\n/tmp\n\n  0 0\nready\n")

    line = _one_line_failure(local_service(workdir))

    assert line.startswith(f"cannot start: the embedded PostgreSQL under {data_dir} looks locked")
    assert f"names process {os.getpid()}" in line and f"delete {pid_file}" in line
    assert pid_file.exists()  # explained, not deleted behind the user's back


def test_a_terminal_gets_the_human_banner(tmp_path: Path) -> None:
    # `make run` in a terminal: stdout is a tty, so the banner is text for a person (JSON is for files and pipes).
    controller, terminal = pty.openpty()
    port = free_port()
    process = subprocess.Popen([sys.executable, "-m", "agents", "serve", "--port", str(port)], cwd=tmp_path,
                               env={**os.environ, **local_env(tmp_path)}, stdout=terminal, stderr=terminal)
    os.close(terminal)
    seen = b""
    try:
        while b"and its decision)" not in seen and process.poll() is None:
            ready, _, _ = select.select([controller], [], [], 60)
            assert ready, f"no banner on the terminal:\n{seen.decode(errors='replace')}"
            seen += os.read(controller, 65536)
    finally:
        process.terminate()
        process.wait(30)
        os.close(controller)

    shown = seen.decode(errors="replace").replace("\r\n", "\n")
    token = (tmp_path / ".data" / "demo-token").read_text().strip()
    assert "\nHYVVE AgentOS is ready (local mode: embedded PostgreSQL)\n" in shown
    assert f"\n  Token      {token}\n" in shown
    assert f"\n  Try it     make demo PORT={port}   (" in shown
