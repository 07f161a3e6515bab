"""Everything a benchmark run starts, on 127.0.0.1 only, and stops again: PostgreSQL, Redis, the scripted model
server, better-auth's JWKS, a NestJS and an OTLP stand-in, plain agno AgentOS, the service, the nginx gateway.

Also the /proc accounting: CPU seconds and RSS of a process and its descendants.
"""

from __future__ import annotations

import contextlib
import json
import os
import platform
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
import sqlalchemy as sa

from agents.database.service_role import create_service_role

from tests.gateway_harness import Gateway, nginx_binary
from tests.harness import ROOT, ServiceProcess, embedded_postgres, free_port
from tests.node_side import ISSUER, JwksServer, NestJsServer, NodeSide, OtlpReceiver, create_hyvve_tables, mint

MASTER_KEY = "YmVuY2htYXJrLW1hc3Rlci1rZXktMzItYnl0ZXMhISE="  # base64 of 32 bytes, this benchmark only
SERVICE_TOKEN = "be" * 32
ADMIN_KEY = "bench-operator-key"
MODEL_LATENCY_MS = 50
SERVICE_SCHEMA = "ai"
PLAIN_SCHEMA = "plain"
TICKS = os.sysconf("SC_CLK_TCK")
PAGE = os.sysconf("SC_PAGE_SIZE")


# -- /proc --------------------------------------------------------------------------------------------------------


def _stat(pid: int) -> list[str] | None:
    try:
        raw = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return None
    return raw[raw.rindex(")") + 2 :].split()  # fields from 3 (state) on; the name may hold spaces


def descendants(pid: int) -> list[int]:
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            fields = _stat(int(entry))
            if fields is not None:
                children.setdefault(int(fields[1]), []).append(int(entry))
    found, stack = [], [pid]
    while stack:
        for child in children.get(stack.pop(), []):
            found.append(child)
            stack.append(child)
    return found


def cpu_seconds(pid: int, tree: bool = False) -> float:
    """utime + stime of the process (all threads); with `tree`, plus its live descendants and reaped children."""
    total = 0.0
    fields = _stat(pid)
    if fields is not None:
        # fields[11..14] = utime, stime, cutime, cstime (stat fields 14..17)
        total += (int(fields[11]) + int(fields[12]) + (int(fields[13]) + int(fields[14]) if tree else 0)) / TICKS
    if tree:
        for child in descendants(pid):
            child_fields = _stat(child)
            if child_fields is not None:
                total += (int(child_fields[11]) + int(child_fields[12])) / TICKS
    return total


def rss_bytes(pid: int) -> int:
    fields = _stat(pid)
    return int(fields[21]) * PAGE if fields is not None else 0  # stat field 24: rss in pages


def machine() -> dict[str, Any]:
    meminfo = Path("/proc/meminfo").read_text().splitlines()
    total_kb = next(int(line.split()[1]) for line in meminfo if line.startswith("MemTotal"))
    model = next((line.split(":", 1)[1].strip() for line in Path("/proc/cpuinfo").read_text().splitlines()
                  if line.startswith("model name")), platform.processor())
    from importlib.metadata import version

    nginx = nginx_binary()
    nginx_version = subprocess.run([nginx, "-v"], capture_output=True, text=True).stderr.strip() if nginx else None
    redis_server = shutil.which("redis-server")
    redis_version = (subprocess.run([redis_server, "--version"], capture_output=True, text=True).stdout.split()[2]
                     if redis_server else None)
    return {
        "cores": os.cpu_count(),
        "cpu": model,
        "ram_gb": round(total_kb / 1024 / 1024, 1),
        "kernel": platform.release(),
        "python": platform.python_version(),
        "agno": version("agno"),
        "uvicorn": version("uvicorn"),
        "httpx": version("httpx"),
        "nginx": nginx_version.removeprefix("nginx version: ") if nginx_version else None,
        "redis": redis_version,
    }


# -- processes ----------------------------------------------------------------------------------------------------


def _wait_http(url: str, process: subprocess.Popen[bytes] | None, timeout: float, what: str, log: Path | None = None) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process is not None and process.poll() is not None:
            tail = log.read_text(errors="replace")[-3000:] if log else ""
            raise RuntimeError(f"{what} exited with {process.returncode}\n{tail}")
        try:
            if httpx.get(url, timeout=1).status_code < 500:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.2)
    raise TimeoutError(f"{what} not answering at {url} after {timeout}s")


def _stop(process: subprocess.Popen[bytes] | None, timeout: float = 20) -> None:
    if process is None or process.poll() is not None:
        return
    process.send_signal(signal.SIGTERM)
    try:
        process.wait(timeout)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait(10)


@dataclass
class Target:
    """Something the load generator drives: where, as whom, which agent, and whose CPU to account."""

    name: str
    base_url: str
    pid: int
    headers: dict[str, str] = field(default_factory=dict)
    form: dict[str, str] = field(default_factory=dict)
    agent: str = "assistant"
    sentinel: str = "sentinel"
    approvals: str = "service"  # service: approval items; plain: agno's continue route
    via_gateway: bool = False
    # Whose CPU counts when the target is several processes (replicas, workers): each with its descendants.
    cpu_pids: tuple[int, ...] = ()

    def cpu_seconds(self) -> float:
        if not self.cpu_pids:
            return cpu_seconds(self.pid)
        return sum(cpu_seconds(pid, tree=True) for pid in self.cpu_pids)

    def spec(self) -> dict[str, Any]:
        return {"base_url": self.base_url, "headers": self.headers, "form": self.form, "agent": self.agent,
                "sentinel": self.sentinel, "approvals": self.approvals}


@dataclass
class Stack:
    """The running parts of one benchmark run."""

    workdir: Path
    database_url: str
    pg_pid: int
    model_url: str
    model_process: subprocess.Popen[bytes]
    redis_process: subprocess.Popen[bytes]
    plain_process: subprocess.Popen[bytes]
    service: ServiceProcess
    gateway: Gateway
    jwks: JwksServer
    nestjs: NestJsServer
    otlp: OtlpReceiver | None
    token: str
    workspace_id: str
    user_id: str
    plain_port: int
    versions: dict[str, Any] = field(default_factory=dict)
    log_stats: dict[str, Any] = field(default_factory=dict)
    service_env: dict[str, str] = field(default_factory=dict)
    plain: Target = field(init=False)
    service_direct: Target = field(init=False)
    service_gateway: Target = field(init=False)

    def __post_init__(self) -> None:
        plain_url = f"http://127.0.0.1:{self.plain_port}"
        auth = {"authorization": f"Bearer {self.token}"}
        assert self.service.process is not None
        self.plain = Target("plain agno", plain_url, self.plain_process.pid, form={"user_id": "bench-user"},
                            sentinel="plain-sentinel", approvals="plain")
        self.service_direct = Target("service (direct)", self.service.base_url, self.service.process.pid, auth)
        self.service_gateway = Target("service (gateway)", self.gateway.base_url, self.service.process.pid, auth,
                                      via_gateway=True)

    def model_config(self, **values: int) -> dict[str, Any]:
        control = self.model_url.removesuffix("/v1") + "/_scripted/config"
        response = httpx.post(control, json=values, timeout=5)
        response.raise_for_status()
        return response.json()

    def cpu(self) -> dict[str, float]:
        """CPU seconds so far of everything that does work for a request."""
        assert self.service.process is not None and self.gateway.process is not None
        return {
            "service": cpu_seconds(self.service.process.pid),
            "plain": cpu_seconds(self.plain_process.pid),
            "postgres": cpu_seconds(self.pg_pid, tree=True),
            "nginx": cpu_seconds(self.gateway.process.pid, tree=True),
            "redis": cpu_seconds(self.redis_process.pid),
            "model": cpu_seconds(self.model_process.pid),
        }


def log_stats(path: Path) -> dict[str, Any]:
    """How much the service logged: lines and bytes, by level and by logger (the top ones)."""
    import re

    levels: dict[str, int] = {}
    loggers: dict[str, int] = {}
    messages: dict[str, int] = {}
    lines = size = 0
    try:
        with path.open(errors="replace") as f:
            for line in f:
                lines += 1
                size += len(line)
                try:
                    entry = json.loads(line)
                except ValueError:
                    levels["(not JSON)"] = levels.get("(not JSON)", 0) + 1
                    continue
                levels[entry.get("level", "?")] = levels.get(entry.get("level", "?"), 0) + 1
                loggers[entry.get("logger", "?")] = loggers.get(entry.get("logger", "?"), 0) + 1
                # The message's shape: ids, numbers, ports and quoted values masked, so repeats group together.
                shape = re.sub(r"[0-9a-f]{8}-[0-9a-f-]{27}|\d+|'[^']*'|\"[^\"]*\"", "#", str(entry.get("message", "")))[:90]
                key = f"{entry.get('level')} {entry.get('logger')}: {shape}"
                messages[key] = messages.get(key, 0) + 1
    except OSError:
        return {}
    top = dict(sorted(loggers.items(), key=lambda item: -item[1])[:8])
    common = dict(sorted(messages.items(), key=lambda item: -item[1])[:8])
    return {"lines": lines, "bytes": size, "levels": levels, "loggers": top, "messages": common}


def _start_redis(workdir: Path) -> tuple[subprocess.Popen[bytes], str]:
    binary = shutil.which("redis-server")
    if binary is None:
        raise RuntimeError("the benchmarks need redis-server (Debian: apt-get install redis-server)")
    port = free_port()
    process = subprocess.Popen(
        [binary, "--bind", "127.0.0.1", "--port", str(port), "--save", "", "--appendonly", "no",
         "--dir", str(workdir), "--protected-mode", "yes"],
        stdout=(workdir / "redis.log").open("ab"), stderr=subprocess.STDOUT,
    )
    import redis

    client = redis.Redis(host="127.0.0.1", port=port, socket_connect_timeout=1)
    deadline = time.monotonic() + 15
    while True:
        try:
            client.ping()
            break
        except redis.RedisError:
            if process.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError(f"redis-server did not start: {(workdir / 'redis.log').read_text()[-2000:]}")
            time.sleep(0.1)
    client.close()
    return process, f"redis://127.0.0.1:{port}/0"


def _seed(database_url: str, jwks: JwksServer) -> tuple[str, str, str]:
    """HYVVE's tables, one workspace with an owner, and its own (BYOAI) OpenAI key, encrypted as Node does."""
    from agents.providers.crypto import KeyCipher
    import base64

    engine = sa.create_engine(database_url)
    try:
        create_hyvve_tables(engine)
        node = NodeSide(engine)
        workspace = node.workspace(roles=("owner",))
        owner = workspace["owner"]
        cipher = KeyCipher(base64.b64decode(MASTER_KEY))
        node.provider(workspace.id, "openai", cipher.encrypt(f"sk-bench-{uuid.uuid4().hex}"), "gpt-4o-mini",
                      max_tokens_per_day=2_000_000_000)
    finally:
        engine.dispose()
    key = jwks.add("EdDSA")
    token = mint(key, owner.user_id, workspace.id, expires_in=6 * 3600)
    return token, workspace.id, owner.user_id


@contextlib.contextmanager
def stack(log: Any = print, otlp: bool = True) -> Iterator[Stack]:
    """Start everything (PostgreSQL first), yield it, stop everything (in reverse), whatever happens."""
    workdir = Path(tempfile.mkdtemp(prefix="hyvve-bench-"))
    started: list[Any] = []
    try:
        with embedded_postgres() as (pg_url, pg_server):
            pg_pid = int(pg_server.get_pid())  # type: ignore[attr-defined]
            admin = sa.create_engine(pg_url, isolation_level="AUTOCOMMIT")
            with admin.connect() as conn:
                conn.execute(sa.text("CREATE DATABASE bench"))
                version = conn.execute(sa.text("SHOW server_version")).scalar()
            admin.dispose()
            database_url = sa.make_url(pg_url).set(database="bench").render_as_string(hide_password=False)
            engine = sa.create_engine(database_url)
            with engine.begin() as conn:
                conn.execute(sa.text("CREATE EXTENSION IF NOT EXISTS vector"))
                vector = conn.execute(sa.text("SELECT extversion FROM pg_extension WHERE extname = 'vector'")).scalar()
            engine.dispose()
            log(f"  postgres {version} + pgvector {vector} (embedded, pid {pg_pid})")

            redis_process, redis_url = _start_redis(workdir)
            started.append(redis_process)
            log(f"  redis on {redis_url}")

            model_port = free_port()
            model_process = subprocess.Popen(
                [sys.executable, "-m", "agents.devtools.scripted_model", "--port", str(model_port),
                 "--latency-ms", str(MODEL_LATENCY_MS), "--log-level", "warning"],
                cwd=ROOT, stdout=(workdir / "model.log").open("ab"), stderr=subprocess.STDOUT,
            )
            started.append(model_process)
            model_url = f"http://127.0.0.1:{model_port}/v1"
            _wait_http(f"{model_url}/models", model_process, 30, "scripted model server", workdir / "model.log")
            log(f"  scripted model server on {model_url} ({MODEL_LATENCY_MS} ms latency, own process)")

            jwks, nestjs = JwksServer(), NestJsServer()
            started += [jwks, nestjs]
            receiver = OtlpReceiver() if otlp else None
            if receiver:
                started.append(receiver)
            token, workspace_id, user_id = _seed(database_url, jwks)

            plain_port = free_port()
            plain_log = workdir / "plain.log"
            plain_process = subprocess.Popen(
                [sys.executable, str(ROOT / "bench" / "plain_agentos.py"), "--port", str(plain_port),
                 "--db-url", database_url, "--model-url", model_url, "--schema", PLAIN_SCHEMA],
                cwd=workdir, stdout=plain_log.open("ab"), stderr=subprocess.STDOUT,
                env={**os.environ, "AGNO_TELEMETRY": "false"},
            )
            started.append(plain_process)

            env = {
                "ENVIRONMENT": "production",
                "DATABASE_URL": database_url,
                "AGNO_DB_SCHEMA": SERVICE_SCHEMA,
                "REDIS_URL": redis_url,
                "BETTER_AUTH_URL": ISSUER,
                "AUTH_JWKS_URL": jwks.url,
                "AGENT_SERVICE_TOKEN": SERVICE_TOKEN,
                "OS_SECURITY_KEY": ADMIN_KEY,
                "ENCRYPTION_MASTER_KEY": MASTER_KEY,
                "PROVIDER_BASE_URLS": json.dumps({"openai": model_url}),
                "OPENAI_API_KEY": "sk-bench-platform",
                "OPENAI_BASE_URL": model_url,
                "DEFAULT_MODEL": "openai:gpt-4o-mini",
                "HYVVE_API_URL": nestjs.url,
                "PROVIDER_TIMEOUT_SECONDS": "120",
            }
            if receiver:
                env["OTEL_EXPORTER_OTLP_ENDPOINT"] = receiver.url
            service = ServiceProcess(env, cwd=workdir)
            started.append(service)
            service.start(timeout=90)
            _wait_http(f"http://127.0.0.1:{plain_port}/health", plain_process, 90, "plain agno", plain_log)
            log(f"  plain agno AgentOS on 127.0.0.1:{plain_port} (pid {plain_process.pid})")
            assert service.process is not None
            log(f"  service on {service.base_url} (pid {service.process.pid}, log {service.log_path})")

            # One replica behind the gateway (nginx.conf names two upstreams: both are this one), so the
            # comparison is one Python process against one. The per-IP rate limit is lifted: all load comes
            # from one address here.
            address = f"127.0.0.1:{service.port}"
            gateway = Gateway([address, address], nestjs.url.removeprefix("http://"), rate_limit="100000r/s")
            started.append(gateway)
            gateway.start()
            log(f"  nginx gateway on {gateway.base_url} -> {address}")

            running = Stack(workdir, database_url, pg_pid, model_url, model_process, redis_process, plain_process,
                            service, gateway, jwks, nestjs, receiver, token, workspace_id, user_id, plain_port,
                            {"postgres": version, "pgvector": vector}, service_env=env)
            yield running
            for part in reversed(started):
                _shutdown(part)
            started.clear()
            running.log_stats = log_stats(service.log_path)
            service.log_path.unlink(missing_ok=True)
    finally:
        for part in reversed(started):
            with contextlib.suppress(Exception):
                _shutdown(part)
        shutil.rmtree(workdir, ignore_errors=True)


class PatchedService(ServiceProcess):
    """The service started through bench/patched_serve.py with `BENCH_PATCHES` (bench/experiments.py)."""

    def __init__(self, env: dict[str, str], patches: str, cwd: Path) -> None:
        super().__init__({**env, "BENCH_PATCHES": patches, "PYTHONPATH": str(ROOT)}, cwd=cwd)

    def start(self, wait: bool = True, timeout: float = 90) -> "PatchedService":
        self.process = subprocess.Popen(
            [sys.executable, "-m", "bench.patched_serve", "--host", "127.0.0.1", "--port", str(self.port)],
            cwd=self.cwd, env=self.env, stdout=self.log_path.open("ab"), stderr=subprocess.STDOUT,
        )
        if wait:
            self.wait_healthy(timeout)
        return self


@contextlib.contextmanager
def variant(stack: Stack, patches: str) -> Iterator[Target]:
    """A second service (with `patches`) behind its own gateway, as a Target; stopped afterwards.

    `replicas2` among the patches: two such processes behind that gateway, as docker-compose.yml runs them."""
    wanted = [p for p in patches.split(",") if p]
    replicas = 2 if "replicas2" in wanted else 1
    services = [PatchedService(stack.service_env, ",".join(p for p in wanted if p != "replicas2"), stack.workdir)
                for _ in range(replicas)]
    gateway = None
    try:
        for service in services:
            service.start()
        addresses = [f"127.0.0.1:{service.port}" for service in services]
        gateway = Gateway((addresses * 2)[:2], stack.nestjs.url.removeprefix("http://"),
                          rate_limit="100000r/s").start()
        pids = tuple(service.process.pid for service in services if service.process is not None)
        yield Target(f"service [{patches or 'as shipped'}]", gateway.base_url, pids[0],
                     {"authorization": f"Bearer {stack.token}"}, via_gateway=True, cpu_pids=pids)
    finally:
        if gateway is not None:
            gateway.stop()
        for service in services:
            service.stop()
            service.log_path.unlink(missing_ok=True)


SERVICE_ROLE = "agentos_service"  # docs/adr/0009-least-privilege-role.md


@contextlib.contextmanager
def role_service(stack: Stack, schema: str) -> Iterator[Target]:
    """Another service, connected as its least-privilege role (ADR 0009) on its own `schema`, which it creates and
    owns, as production does: the only way row-level security applies. (The stack's own service connects as the
    embedded superuser, which no policy binds.) Direct, no gateway; stopped afterwards."""
    owner = sa.create_engine(stack.database_url)
    password = uuid.uuid4().hex
    try:
        create_service_role(owner, SERVICE_ROLE, password)
    finally:
        owner.dispose()
    url = sa.make_url(stack.database_url).set(username=SERVICE_ROLE, password=password)
    env = {**stack.service_env, "DATABASE_URL": url.render_as_string(hide_password=False), "AGNO_DB_SCHEMA": schema}
    service = ServiceProcess(env, cwd=stack.workdir)
    try:
        service.start(timeout=90)
        assert service.process is not None
        yield Target(f"service as {SERVICE_ROLE}", service.base_url, service.process.pid,
                     {"authorization": f"Bearer {stack.token}"}, cpu_pids=(service.process.pid,))
    finally:
        service.stop()
        service.log_path.unlink(missing_ok=True)


def force_rls(stack: Stack, schema: str, on: bool) -> list[str]:
    """FORCE (on) or NO FORCE (off) row-level security on every table of `schema` that has it: off, the tables'
    owner (the role that created them) is exempt from their policies, so the same service runs without them."""
    engine = sa.create_engine(stack.database_url, poolclass=sa.pool.NullPool)
    try:
        with engine.begin() as conn:
            tables = conn.execute(sa.text(
                "SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
                "WHERE n.nspname = :s AND c.relkind = 'r' AND c.relrowsecurity ORDER BY 1"), {"s": schema}).scalars().all()
            for table in tables:
                conn.execute(sa.text(f'ALTER TABLE "{schema}"."{table}" {"" if on else "NO "}FORCE ROW LEVEL SECURITY'))
    finally:
        engine.dispose()
    return list(tables)


@contextlib.contextmanager
def plain_variant(stack: Stack, workers: int) -> Iterator[Target]:
    """Another plain agno AgentOS on the same schema, with `workers` uvicorn worker processes."""
    port = free_port()
    log_path = stack.workdir / f"plain-{workers}.log"
    process = subprocess.Popen(
        [sys.executable, str(ROOT / "bench" / "plain_agentos.py"), "--port", str(port), "--db-url",
         stack.database_url, "--model-url", stack.model_url, "--schema", PLAIN_SCHEMA, "--workers", str(workers)],
        cwd=stack.workdir, stdout=log_path.open("ab"), stderr=subprocess.STDOUT,
        env={**os.environ, "AGNO_TELEMETRY": "false", "PYTHONPATH": str(ROOT)},
    )
    try:
        _wait_http(f"http://127.0.0.1:{port}/health", process, 90, "plain agno", log_path)
        yield Target(f"plain agno x{workers} workers", f"http://127.0.0.1:{port}", process.pid,
                     form={"user_id": "bench-user"}, sentinel="plain-sentinel", approvals="plain",
                     cpu_pids=(process.pid,))
    finally:
        _stop(process)


def _shutdown(part: Any) -> None:
    if isinstance(part, subprocess.Popen):
        _stop(part)
    else:
        part.stop()
