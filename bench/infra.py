"""Everything a benchmark run starts, on 127.0.0.1 only, and stops again: PostgreSQL, Redis, the scripted model
server, better-auth's JWKS, a NestJS and an OTLP stand-in, plain agno AgentOS, agno AgentOS secured with its own
auth, isolation and tracing (checked to enforce them before any load), the service, the nginx gateway.

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
from tests.node_side import (
    ISSUER,
    JwksServer,
    NestJsServer,
    NodeSide,
    OtlpReceiver,
    SigningKey,
    create_hyvve_tables,
    make_key,
    mint,
)

MASTER_KEY = "YmVuY2htYXJrLW1hc3Rlci1rZXktMzItYnl0ZXMhISE="  # base64 of 32 bytes, this benchmark only
SERVICE_TOKEN = "be" * 32
ADMIN_KEY = "bench-operator-key"
MODEL_LATENCY_MS = 50
SERVICE_SCHEMA = "ai"
PLAIN_SCHEMA = "plain"
SECURED_SCHEMA = "agno_secured"
# agno's scope RBAC (agno/os/scopes.py): what a user of the secured anchor may do, and nothing more.
SECURED_SCOPES = ["agents:read", "agents:run"]
SECURED_USER = "bench-agno-user"
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
    agent: str = "scribe"
    pausing: str = "scribe"  # the agent whose save_to_knowledge pauses for approval
    approvals: str = "service"  # service: approval items; plain: agno's continue route
    via_gateway: bool = False
    cpu_key: str = "service"  # which of Stack.cpu()'s parts is this target's server
    # Whose CPU counts when the target is several processes (replicas, workers): each with its descendants.
    cpu_pids: tuple[int, ...] = ()

    def cpu_seconds(self) -> float:
        if not self.cpu_pids:
            return cpu_seconds(self.pid)
        return sum(cpu_seconds(pid, tree=True) for pid in self.cpu_pids)

    def spec(self) -> dict[str, Any]:
        return {"base_url": self.base_url, "headers": self.headers, "form": self.form, "agent": self.agent,
                "pausing": self.pausing, "approvals": self.approvals}


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
    secured_process: subprocess.Popen[bytes]
    service: ServiceProcess
    gateway: Gateway
    jwks: JwksServer
    nestjs: NestJsServer
    otlp: OtlpReceiver | None
    token: str
    workspace_id: str
    user_id: str
    plain_port: int
    secured_port: int
    secured_token: str
    versions: dict[str, Any] = field(default_factory=dict)
    log_stats: dict[str, Any] = field(default_factory=dict)
    service_env: dict[str, str] = field(default_factory=dict)
    secured_checks: dict[str, Any] = field(default_factory=dict)  # what check_secured observed
    plain: Target = field(init=False)
    secured: Target = field(init=False)
    service_direct: Target = field(init=False)
    service_gateway: Target = field(init=False)

    def __post_init__(self) -> None:
        plain_url = f"http://127.0.0.1:{self.plain_port}"
        auth = {"authorization": f"Bearer {self.token}"}
        assert self.service.process is not None
        self.plain = Target("plain agno", plain_url, self.plain_process.pid, form={"user_id": "bench-user"},
                            pausing="plain-notes", approvals="plain", cpu_key="plain")
        # No user_id in the form: under user_isolation agno takes it from the token's sub.
        self.secured = Target("agno secured", f"http://127.0.0.1:{self.secured_port}", self.secured_process.pid,
                              {"authorization": f"Bearer {self.secured_token}"}, pausing="plain-notes",
                              approvals="plain", cpu_key="secured")
        self.service_direct = Target("service (direct)", self.service.base_url, self.service.process.pid, auth)
        self.service_gateway = Target("service (gateway)", self.gateway.base_url, self.service.process.pid, auth,
                                      via_gateway=True)

    def model_config(self, **values: int) -> dict[str, Any]:
        control = self.model_url.removesuffix("/v1") + "/_scripted/config"
        response = httpx.post(control, json=values, timeout=5)
        response.raise_for_status()
        return response.json()

    def model_arrivals(self, since: float) -> list[float]:
        """When (epoch seconds) the model stand-in received each request since `since`, in order."""
        response = httpx.get(self.model_url.removesuffix("/v1") + "/_scripted/requests", timeout=30)
        response.raise_for_status()
        return sorted(t for r in response.json() if (t := r.get("received_at")) is not None and t >= since)

    def cpu(self) -> dict[str, float]:
        """CPU seconds so far of everything that does work for a request."""
        assert self.service.process is not None and self.gateway.process is not None
        return {
            "service": cpu_seconds(self.service.process.pid),
            "plain": cpu_seconds(self.plain_process.pid),
            "secured": cpu_seconds(self.secured_process.pid),
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
        except redis.RedisError as exc:
            if process.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError(f"redis-server did not start: {(workdir / 'redis.log').read_text()[-2000:]}") from exc
            time.sleep(0.1)
    client.close()
    return process, f"redis://127.0.0.1:{port}/0"


def _start_agno(workdir: Path, name: str, port: int, database_url: str, model_url: str, schema: str,
                workers: int = 1, jwks_file: Path | None = None) -> subprocess.Popen[bytes]:
    """bench/plain_agentos.py: plain agno, or with `jwks_file` agno secured (auth, isolation, tracing)."""
    command = [sys.executable, str(ROOT / "bench" / "plain_agentos.py"), "--port", str(port), "--db-url", database_url,
               "--model-url", model_url, "--schema", schema, "--workers", str(workers)]
    if jwks_file is not None:
        command += ["--jwks-file", str(jwks_file), "--issuer", ISSUER]
    return subprocess.Popen(command, cwd=workdir, stdout=(workdir / f"{name}.log").open("ab"), stderr=subprocess.STDOUT,
                            env={**os.environ, "AGNO_TELEMETRY": "false", "PYTHONPATH": str(ROOT)})


def secured_token(key: SigningKey, user: str = SECURED_USER, scopes: list[str] | None = None) -> str:
    """A JWT the secured anchor accepts: the same EdDSA key, issuer and audience as the service's, plus scopes."""
    return mint(key, user, expires_in=6 * 3600, scopes=SECURED_SCOPES if scopes is None else scopes)


def check_secured(base_url: str, key: SigningKey, database_url: str) -> dict[str, Any]:
    """Refuse to measure an anchor that does not enforce what it stands for: no token, a token from another key
    and a token without the run scope are refused; another user can neither run in nor read a user's session;
    the run was traced into the anchor's own tables. Returns what was observed (it goes into latest.json)."""
    run_path = "/agents/scribe/runs"
    form = {"message": "isolation check", "stream": "false"}
    seen: dict[str, Any] = {}
    with httpx.Client(base_url=base_url, timeout=60) as http:

        def post(token: str | None, **extra: str) -> httpx.Response:
            headers = {"authorization": f"Bearer {token}"} if token else {}
            return http.post(run_path, data={**form, **extra}, headers=headers)

        seen["no_token"] = post(None).status_code
        seen["unknown_key"] = post(secured_token(make_key("EdDSA"))).status_code
        seen["no_run_scope"] = post(secured_token(key, scopes=["agents:read"])).status_code
        owner = post(secured_token(key, "bench-isolation-a"))
        seen["owner_run"] = owner.status_code
        if owner.status_code != 200 or owner.json().get("status") != "COMPLETED":
            raise RuntimeError(f"agno secured: a valid token's run failed: {owner.status_code} {owner.text[:300]}")
        run = owner.json()
        other = secured_token(key, "bench-isolation-b")
        seen["other_user_runs_in_session"] = post(other, session_id=run["session_id"]).status_code
        seen["other_user_reads_run"] = http.get(f"{run_path}/{run['run_id']}", params={"session_id": run["session_id"]},
                                                headers={"authorization": f"Bearer {other}"}).status_code
    expected = {"no_token": (401,), "unknown_key": (401,), "no_run_scope": (403,),
                "other_user_runs_in_session": (403, 404), "other_user_reads_run": (403, 404)}
    wrong = {k: v for k, v in seen.items() if k in expected and v not in expected[k]}
    if wrong:
        raise RuntimeError(f"agno secured does not enforce auth/isolation: {wrong} (all seen: {seen})")
    # agno's default span processor exports each span as it ends; allow a moment for the last one. The run's
    # spans carry its id in their attributes (the trace row's own run_id stays empty here: with FastAPI's
    # built-in telemetry the request span, not agno's run span, is the trace's root).
    engine = sa.create_engine(database_url, poolclass=sa.pool.NullPool)
    try:
        deadline = time.monotonic() + 10
        while True:
            with engine.connect() as conn:
                traces = spans = 0
                if _has_table(conn, "agno_traces") and _has_table(conn, "agno_spans"):
                    traces = conn.execute(sa.text(f'SELECT count(*) FROM "{SECURED_SCHEMA}".agno_traces')).scalar()
                    spans = conn.execute(sa.text(f'SELECT count(*) FROM "{SECURED_SCHEMA}".agno_spans '
                                                 "WHERE strpos(attributes::text, :r) > 0"), {"r": run["run_id"]}).scalar()
            if traces and spans:
                break
            if time.monotonic() > deadline:
                raise RuntimeError(f"agno secured wrote no spans of run {run['run_id']} to {SECURED_SCHEMA}.agno_spans "
                                   f"({traces} traces, {spans} spans of the run): tracing is not on")
            time.sleep(0.5)
    finally:
        engine.dispose()
    seen.update({"traces": traces, "spans_of_run": spans})
    return seen


def _has_table(conn: sa.Connection, table: str) -> bool:
    return bool(conn.execute(sa.text("SELECT to_regclass(:t)"), {"t": f"{SECURED_SCHEMA}.{table}"}).scalar())


def _seed(database_url: str, jwks: JwksServer) -> tuple[str, str, str]:
    """HYVVE's tables, one workspace with an owner, and its own (BYOAI) OpenAI key, encrypted as Node does."""
    import base64

    from agents.providers.crypto import KeyCipher

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
            plain_process = _start_agno(workdir, "plain", plain_port, database_url, model_url, PLAIN_SCHEMA)
            started.append(plain_process)
            # agno verifies against a static JWKS file (it fetches no URL): better-auth's keys, written out.
            jwks_file = workdir / "agno-jwks.json"
            jwks_file.write_text(json.dumps({"keys": [k.public_jwk for k in jwks.keys]}))
            secured_port = free_port()
            secured_process = _start_agno(workdir, "secured", secured_port, database_url, model_url, SECURED_SCHEMA,
                                          jwks_file=jwks_file)
            started.append(secured_process)

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
            _wait_http(f"http://127.0.0.1:{plain_port}/health", plain_process, 90, "plain agno", workdir / "plain.log")
            log(f"  plain agno AgentOS on 127.0.0.1:{plain_port} (pid {plain_process.pid})")
            _wait_http(f"http://127.0.0.1:{secured_port}/health", secured_process, 90, "agno secured",
                       workdir / "secured.log")
            secured_url = f"http://127.0.0.1:{secured_port}"
            secured_checks = check_secured(secured_url, jwks.keys[0], database_url)
            log(f"  agno secured AgentOS on {secured_url} (pid {secured_process.pid}): JWT (EdDSA, JWKS file), "
                f"user isolation, tracing to {SECURED_SCHEMA}; enforcement checked: {secured_checks}")
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
                            secured_process, service, gateway, jwks, nestjs, receiver, token, workspace_id, user_id,
                            plain_port, secured_port, secured_token(jwks.keys[0]),
                            {"postgres": version, "pgvector": vector}, service_env=env,
                            secured_checks=secured_checks)
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
    """The service started through bench/patched_serve.py with `BENCH_PATCHES` (bench/experiments.py), from the
    code in `code` (this checkout unless a variant names a git ref)."""

    def __init__(self, env: dict[str, str], patches: str, cwd: Path, code: Path = ROOT) -> None:
        super().__init__({**env, "BENCH_PATCHES": patches, "PYTHONPATH": str(code)}, cwd=cwd)

    def start(self, wait: bool = True, timeout: float = 90) -> PatchedService:
        self.process = subprocess.Popen(
            [sys.executable, "-m", "bench.patched_serve", "--host", "127.0.0.1", "--port", str(self.port)],
            cwd=self.cwd, env=self.env, stdout=self.log_path.open("ab"), stderr=subprocess.STDOUT,
        )
        if wait:
            self.wait_healthy(timeout)
        return self


def code_at(ref: str, workdir: Path) -> Path:
    """This repository's files as committed at `ref`, extracted under `workdir` (once per ref)."""
    commit = subprocess.run(["git", "rev-parse", "--verify", f"{ref}^{{commit}}"], cwd=ROOT, check=True,
                            capture_output=True, text=True).stdout.strip()
    target = workdir / f"code-{commit[:12]}"
    if not target.exists():
        target.mkdir()
        archive = subprocess.run(["git", "archive", commit], cwd=ROOT, check=True, capture_output=True).stdout
        subprocess.run(["tar", "-x", "-C", str(target)], input=archive, check=True)
    return target


@contextlib.contextmanager
def variant(stack: Stack, patches: str) -> Iterator[Target]:
    """A second service (with `patches`) behind its own gateway, as a Target; stopped afterwards.

    `replicas2` among the patches: two such processes behind that gateway, as docker-compose.yml runs them.
    `@<git ref>` among them: the service's code as committed at that ref (an A/B of two commits in one run)."""
    wanted = [p for p in patches.split(",") if p]
    replicas = 2 if "replicas2" in wanted else 1
    refs = [p.removeprefix("@") for p in wanted if p.startswith("@")]
    code = code_at(refs[0], stack.workdir) if refs else ROOT
    rest = ",".join(p for p in wanted if p != "replicas2" and not p.startswith("@"))
    services = [PatchedService(stack.service_env, rest, stack.workdir, code) for _ in range(replicas)]
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
def plain_variant(stack: Stack, workers: int, secured: bool = False) -> Iterator[Target]:
    """Another plain (or, with `secured`, secured) agno AgentOS on the same schema, with `workers` uvicorn
    worker processes."""
    port = free_port()
    name = f"{'secured' if secured else 'plain'}-{workers}"
    jwks_file = stack.workdir / "agno-jwks.json" if secured else None
    process = _start_agno(stack.workdir, name, port, stack.database_url, stack.model_url,
                          SECURED_SCHEMA if secured else PLAIN_SCHEMA, workers, jwks_file)
    try:
        _wait_http(f"http://127.0.0.1:{port}/health", process, 90, name, stack.workdir / f"{name}.log")
        base = stack.secured if secured else stack.plain
        yield Target(f"{base.name} x{workers} workers", f"http://127.0.0.1:{port}", process.pid, base.headers,
                     base.form, pausing="plain-notes", approvals="plain", cpu_key=base.cpu_key,
                     cpu_pids=(process.pid,))
    finally:
        _stop(process)


def _shutdown(part: Any) -> None:
    if isinstance(part, subprocess.Popen):
        _stop(part)
    else:
        part.stop()
