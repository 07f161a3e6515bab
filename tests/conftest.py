"""Session fixtures: real PostgreSQL+pgvector, real Redis, the scripted model server, the service over HTTP."""

from __future__ import annotations

import json
import os
import random
import re
import uuid
from collections.abc import Iterator
from contextlib import contextmanager

import httpx
import pytest
import redis
import sqlalchemy as sa
from sqlalchemy.engine import make_url

from agents.database.service_role import create_service_role
from agents.devtools.scripted_model import ScriptedModelServer
from tests.harness import ROOT, ServiceProcess, fresh_database, postgres_server
from tests.node_side import ISSUER, JwksServer, NestJsServer, NodeSide, OtlpReceiver, Workspace, create_hyvve_tables

os.environ["AGNO_TELEMETRY"] = "false"

SERVICE_TOKEN = "5e" * 32  # NestJS's AGENT_SERVICE_TOKEN: 32 random bytes, hex
MASTER_KEY = "bWFzdGVyLWtleS1mb3ItdGVzdHMtb25seS0zMmJ5dGU="  # ENCRYPTION_MASTER_KEY: base64 of 32 bytes
ADMIN_KEY = "os-admin-key-for-tests"


@pytest.fixture(scope="session")
def pg_server_url() -> Iterator[str]:
    with postgres_server() as url:
        yield url


@pytest.fixture(scope="session")
def database_url(pg_server_url: str) -> Iterator[str]:
    with fresh_database(pg_server_url) as url:
        yield url


@pytest.fixture(scope="session")
def db(database_url: str) -> Iterator[sa.Engine]:
    engine = sa.create_engine(database_url)
    create_hyvve_tables(engine)
    yield engine
    engine.dispose()


ADR_0009 = ROOT / "docs" / "adr" / "0009-least-privilege-role.md"


def adr_role_sql() -> str:
    """The role and grants the ADR documents (its ```sql block): what every service of the suite runs as."""
    return ADR_0009.read_text().split("```sql\n", 1)[1].split("```", 1)[0]


@contextmanager
def least_privilege_url(owner: sa.Engine) -> Iterator[str]:
    """A new role with the ADR's grants on the owner's (migrated) database; its URL. Dropped afterwards."""
    role = f"agentos_{uuid.uuid4().hex[:8]}"
    create_service_role(owner, role, "change-me", adr_role_sql())
    yield make_url(owner.url).set(username=role, password="change-me").render_as_string(hide_password=False)
    with owner.begin() as conn:  # what it owns (the `ai` schema) and was granted go with it
        conn.exec_driver_sql(f'REASSIGN OWNED BY "{role}" TO CURRENT_USER')
        conn.exec_driver_sql(f'DROP OWNED BY "{role}"')
        conn.exec_driver_sql(f'DROP ROLE IF EXISTS "{role}"')


@pytest.fixture(scope="session")
def service_database_url(db: sa.Engine) -> Iterator[str]:
    """The service's own connection: the least-privilege role, under HYVVE's and our row-level security.
    The tests' `db` engine stays the owner (it plays HYVVE's Node side, and reads across workspaces)."""
    with least_privilege_url(db) as url:
        yield url


@pytest.fixture(scope="session")
def node(db: sa.Engine) -> NodeSide:
    return NodeSide(db)


@pytest.fixture(scope="session")
def jwks() -> Iterator[JwksServer]:
    server = JwksServer()
    server.add("EdDSA")
    yield server
    server.stop()


@pytest.fixture(scope="session")
def nestjs(db: sa.Engine) -> Iterator[NestJsServer]:
    server = NestJsServer(db)
    yield server
    server.stop()


@pytest.fixture(scope="session")
def otlp() -> Iterator[OtlpReceiver]:
    receiver = OtlpReceiver()
    yield receiver
    receiver.stop()


# Provider keys the tests make look like sk-<tag>-<32 hex>; with the fixed secrets below they must never
# appear in any service log or exported span of the whole session.
LEAKED_KEY = re.compile(r"sk-[a-z]+-[0-9a-f]{32}")


_LOG_OFFSETS = pytest.StashKey[dict]()


@pytest.hookimpl(tryfirst=True)
def pytest_runtest_setup(item: pytest.Item) -> None:
    item.stash[_LOG_OFFSETS] = {path: path.stat().st_size for path in ServiceProcess.every_log if path.exists()}


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo) -> Iterator[None]:
    """A failing test's report carries what the services logged while it ran: CI shows no log files."""
    outcome = yield
    report = outcome.get_result()
    if not report.failed:
        return
    offsets = item.stash.get(_LOG_OFFSETS, {})
    for path in ServiceProcess.every_log:
        if not path.exists():
            continue
        with path.open("rb") as log:
            log.seek(offsets.get(path, 0))
            lines = log.read().decode(errors="replace").splitlines()[-60:]
        if lines:
            report.sections.append((f"service log {path.name} (last {len(lines)} lines of this test)",
                                    "\n".join(line[:600] for line in lines)))


UNIT_TIER = ROOT / "tests" / "unit"


def _only_unit_tests(session: pytest.Session) -> bool:
    """The unit tier (tests/unit/) starts no service: the session-wide checks of services have nothing to check."""
    return all(UNIT_TIER in item.path.parents for item in session.items)


@pytest.fixture(scope="session", autouse=True)
def every_published_event_matches_its_schema(request: pytest.FixtureRequest) -> Iterator[None]:
    """Whatever the suite did, every event on the session's bus is inside its contract (contracts/events/) and
    passes HYVVE's own Zod schemas, as HYVVE's consumer validates it."""
    if _only_unit_tests(request.session):
        yield
        return
    redis_url = request.getfixturevalue("redis_url")
    yield
    from tests.hyvve_zod import hyvve_zod_violations
    from tests.test_contracts_events import bus_events, violations

    events = bus_events(redis_url)
    wrong = sorted({v for event in events for v in violations(event)})
    assert wrong == [], f"events outside their schema in contracts/events/: {wrong[:10]}"
    rejected = hyvve_zod_violations(events)  # one node process for the session's events
    assert rejected == [], f"events HYVVE's Zod schemas (packages/shared/src/schemas/events.ts) reject: {rejected[:10]}"


@pytest.fixture(scope="session", autouse=True)
def secrets_never_escape(request: pytest.FixtureRequest) -> Iterator[None]:
    if _only_unit_tests(request.session):
        yield
        return
    otlp: OtlpReceiver = request.getfixturevalue("otlp")
    yield
    spans = json.dumps(otlp.spans)
    for path in [*ServiceProcess.every_log, None]:
        text = spans if path is None else path.read_text(errors="replace")
        where = "exported spans" if path is None else f"service log {path}"
        for secret in (SERVICE_TOKEN, ADMIN_KEY, MASTER_KEY, "sk-platform-test"):
            assert secret not in text, f"a secret ({secret[:6]}...) appears in {where}"
        assert not LEAKED_KEY.search(text), f"a provider key appears in {where}"
        # Log pipelines parse one JSON object per line: no banner text, no progress bars, no stray prints.
        not_json = [line for line in text.splitlines() if path is not None and not _is_json_object(line)]
        assert not not_json, f"{len(not_json)} lines of {where} are not JSON, the first: {not_json[0][:200]!r}"


def _is_json_object(line: str) -> bool:
    try:
        return isinstance(json.loads(line), dict)
    except ValueError:
        return False


@pytest.fixture(scope="session")
def workspace(node: NodeSide) -> Workspace:
    """A workspace with one member of each role, each with a live better-auth session."""
    return node.workspace()


@pytest.fixture(scope="session")
def redis_url() -> Iterator[str]:
    # A database of its own per test session, so two sessions on one machine do not share (or wipe) a bus: the
    # first of databases 1-14, in random order, whose session lock this session takes (15 is one test's own).
    if url := os.environ.get("REDIS_URL"):
        candidates = [url]
    else:
        candidates = [f"redis://127.0.0.1:6379/{n}" for n in random.sample(range(1, 15), 14)]
    lock = f"agentos-test-session:{os.getpid()}"
    for url in candidates:
        try:
            client = redis.Redis.from_url(url, socket_connect_timeout=2)
            client.ping()
        except redis.RedisError as exc:
            pytest.fail(f"the tests need a real Redis at {url} (set REDIS_URL): {exc}")
        if len(candidates) == 1 or client.set("agentos-test-session", lock, nx=True, ex=4 * 3600):
            break
    else:
        pytest.fail("every Redis database 1-14 is held by another test session; set REDIS_URL")
    client.delete("hyvve:events:main")  # a clean bus (and consumer group) for this test session
    yield url
    if client.get("agentos-test-session") == lock.encode():
        client.delete("agentos-test-session")


@pytest.fixture(scope="session")
def model_server() -> Iterator[ScriptedModelServer]:
    server = ScriptedModelServer().start()
    yield server
    server.stop()


@pytest.fixture
def scripted(model_server: ScriptedModelServer) -> Iterator[ScriptedModelServer]:
    """The scripted model server, with rules, faults and recorded requests cleared after the test."""
    model_server.reset()
    yield model_server
    model_server.reset()


@pytest.fixture(scope="session")
def service_env(
    service_database_url: str,
    db: sa.Engine,
    redis_url: str,
    model_server: ScriptedModelServer,
    jwks: JwksServer,
    nestjs: NestJsServer,
    otlp: OtlpReceiver,
) -> dict[str, str]:
    return {
        "OTEL_EXPORTER_OTLP_ENDPOINT": otlp.url,
        "DATABASE_URL": service_database_url,
        "HYVVE_API_URL": nestjs.url,
        "ENCRYPTION_MASTER_KEY": MASTER_KEY,
        # Every provider is the scripted stand-in, over real HTTP.
        "PROVIDER_BASE_URLS": json.dumps(
            {name: model_server.base_url for name in ("openai", "deepseek", "openrouter", "ollama", "together")}
            | {"claude": model_server.anthropic_base_url, "anthropic": model_server.anthropic_base_url,
               "gemini": model_server.gemini_base_url, "google": model_server.gemini_base_url}
        ),
        "PROVIDER_TIMEOUT_SECONDS": "3",
        "APPROVAL_EXPIRY_GRACE_HOURS": "0",
        "BETTER_AUTH_URL": ISSUER,
        "AUTH_JWKS_URL": jwks.url,
        "AUTH_JWKS_REFETCH_COOLDOWN_SECONDS": "1",
        "AUTH_CACHE_SECONDS": "1",
        "AGENT_SERVICE_TOKEN": SERVICE_TOKEN,
        "OS_SECURITY_KEY": ADMIN_KEY,
        "REDIS_URL": redis_url,
        "OPENAI_BASE_URL": model_server.base_url,
        "OPENAI_API_KEY": "sk-platform-test",
        "DEFAULT_MODEL": "openai:gpt-4o-mini",
        "AGNO_DB_SCHEMA": "ai",
        # URL ingestion tests fetch pages from a server on 127.0.0.1 (the guard itself is tested directly).
        "KNOWLEDGE_ALLOW_PRIVATE_URLS": "true",
        # A document waiting for a used-up budget looks again soon (tests reset the budget as HYVVE does).
        "KNOWLEDGE_BUDGET_WAIT_SECONDS": "1",
    }


@pytest.fixture(scope="session")
def service(service_env: dict[str, str]) -> Iterator[ServiceProcess]:
    with ServiceProcess(service_env) as process:
        yield process


@pytest.fixture
def anonymous(service: ServiceProcess) -> Iterator[httpx.Client]:
    with service.client() as http:
        yield http


@pytest.fixture
def client(service: ServiceProcess, workspace: Workspace) -> Iterator[httpx.Client]:
    """A workspace member, signed in with HYVVE's opaque session token (what the browser sends)."""
    token = workspace["member"].session_token
    with service.client(headers={"authorization": f"Bearer {token}"}) as http:
        yield http


@pytest.fixture
def admin(service: ServiceProcess) -> Iterator[httpx.Client]:
    with service.client(headers={"authorization": f"Bearer {ADMIN_KEY}"}) as http:
        yield http
