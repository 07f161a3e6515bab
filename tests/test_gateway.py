"""The gateway: the real nginx running gateway/nginx.conf in front of two real service replicas.

SSE arrives event by event, request ids pass through or are made, limits answer JSON, a dead replica is
skipped for idempotent requests (and never for a POST), /api/ goes to NestJS. The deployment files
(docker-compose.yml, Dockerfile) are checked against the settings, the CLI and the config the tests run.
"""

from __future__ import annotations

import ast
import json
import re
import socket
import socketserver
import threading
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import httpx
import pytest
import yaml
from sqlalchemy.engine import make_url
from starlette.routing import compile_path

from agents.devtools.scripted_model import ScriptedModelServer
from agents.middleware.route_policy import ROUTE_POLICY, Access
from agents.settings import Settings
from gateway.render import TEMPLATE, placeholders, render
from tests import harness
from tests.gateway_harness import Gateway, nginx_binary
from tests.harness import ROOT, ServiceProcess
from tests.node_side import NodeSide, Workspace

REQUEST_ID = re.compile(r"^[0-9a-f]{32}$")  # nginx's $request_id


def _addr(process: ServiceProcess) -> str:
    return f"127.0.0.1:{process.port}"


# -- stand-ins ----------------------------------------------------------------------------------------------


class EchoNest:
    """NestJS for the gateway: answers every request with what it received."""

    def __init__(self) -> None:
        self.requests: list[dict[str, Any]] = []
        nest = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"  # keep-alive, as nginx's upstream connections expect

            def _echo(self) -> None:
                length = int(self.headers.get("content-length") or 0)
                body = self.rfile.read(length).decode() if length else ""
                seen = {"method": self.command, "path": self.path, "headers": dict(self.headers.items()), "body": body}
                nest.requests.append(seen)
                payload = json.dumps({"nestjs": True, **seen}).encode()
                self.send_response(200)
                self.send_header("content-type", "application/json")
                self.send_header("content-length", str(len(payload)))
                self.end_headers()
                self.wfile.write(payload)

            do_GET = do_POST = do_PUT = do_PATCH = do_DELETE = _echo  # noqa: N815

            def log_message(self, *args: object) -> None:
                pass

        self._httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._httpd.daemon_threads = True
        threading.Thread(target=self._httpd.serve_forever, daemon=True).start()
        self.addr = f"127.0.0.1:{self._httpd.server_address[1]}"

    def stop(self) -> None:
        self._httpd.shutdown()
        self._httpd.server_close()


class CrashingReplica:
    """A replica that reads a whole request, then dies without answering (a crash mid-request)."""

    def __init__(self) -> None:
        self.seen: list[str] = []
        replica = self

        class Handler(socketserver.BaseRequestHandler):
            def handle(self) -> None:
                self.request.settimeout(5)
                data = b""
                while b"\r\n\r\n" not in data:
                    chunk = self.request.recv(65536)
                    if not chunk:
                        return
                    data += chunk
                head, _, rest = data.partition(b"\r\n\r\n")
                length = re.search(rb"(?im)^content-length:\s*(\d+)", head)
                remaining = int(length.group(1)) - len(rest) if length else 0
                while remaining > 0:
                    chunk = self.request.recv(min(remaining, 65536))
                    if not chunk:
                        break
                    remaining -= len(chunk)
                replica.seen.append(head.split(b"\r\n", 1)[0].decode())
                # Returning closes the socket with no response.

        self._server = socketserver.ThreadingTCPServer(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        threading.Thread(target=self._server.serve_forever, daemon=True).start()
        self.addr = f"127.0.0.1:{self._server.server_address[1]}"

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()


# -- fixtures -------------------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def replicas(service_env: dict[str, str]) -> Iterator[list[ServiceProcess]]:
    with harness.replicas(service_env) as started:
        yield started


@pytest.fixture(scope="module")
def nest() -> Iterator[EchoNest]:
    server = EchoNest()
    yield server
    server.stop()


@pytest.fixture(scope="module")
def gateway(replicas: list[ServiceProcess], nest: EchoNest) -> Iterator[Gateway]:
    with Gateway([_addr(r) for r in replicas], nest.addr) as running:
        yield running


@pytest.fixture
def member(gateway: Gateway, workspace: Workspace) -> Iterator[httpx.Client]:
    """A workspace member through the gateway, signed in with a HYVVE session token."""
    token = workspace["member"].session_token
    with httpx.Client(base_url=gateway.base_url, headers={"authorization": f"Bearer {token}"}, timeout=30) as http:
        yield http


# -- the config itself ------------------------------------------------------------------------------------------


def test_rendered_config_passes_nginx_t() -> None:
    gateway = Gateway(["127.0.0.1:7777", "127.0.0.1:7778"], "127.0.0.1:3001", rate_limit="20r/s")
    try:
        checked = gateway.check()
        rendered = gateway.conf.read_text()
    finally:
        gateway.stop()

    assert checked.returncode == 0, checked.stderr
    assert placeholders(rendered) == set()


def test_render_names_a_missing_placeholder() -> None:
    with pytest.raises(KeyError, match="GATEWAY_NESTJS"):
        render({"GATEWAY_LISTEN": "80", "GATEWAY_AGENTOS_1": "a:1", "GATEWAY_AGENTOS_2": "b:1",
                "GATEWAY_RATE_LIMIT": "1r/s", "GATEWAY_OPERATOR_LISTEN": "81"})


def test_only_gateway_placeholders_are_uppercase_in_the_template() -> None:
    # The nginx image substitutes any defined environment variable written as $NAME or ${NAME}; nginx's
    # own variables are lowercase, so only our ${GATEWAY_*} placeholders can ever be replaced.
    text = "\n".join(line.split("#", 1)[0] for line in TEMPLATE.read_text().splitlines())  # no comments
    uppercase = set(re.findall(r"\$\{?([A-Z][A-Z0-9_]*)", text))
    assert uppercase == placeholders(), uppercase


# -- streaming ---------------------------------------------------------------------------------------------------


def test_sse_run_arrives_event_by_event_through_the_gateway(
    member: httpx.Client, scripted: ScriptedModelServer
) -> None:
    control = scripted.base_url.removesuffix("/v1") + "/_scripted/config"
    before = httpx.post(control, json={}, timeout=5).json()
    delay_ms = 150
    httpx.post(control, json={"chunk_delay_ms": delay_ms}, timeout=5).raise_for_status()
    message = "stream this answer to me one word at a time please"
    arrivals: list[tuple[float, dict[str, Any]]] = []
    try:
        with member.stream("POST", "/agents/scribe/runs", data={"message": message, "stream": "true"}) as response:
            assert response.status_code == 200, response.read()
            assert response.headers["content-type"].startswith("text/event-stream")
            assert "content-encoding" not in response.headers  # httpx asked for gzip: event streams never are
            for line in response.iter_lines():
                if line.startswith("data: "):
                    arrivals.append((time.monotonic(), json.loads(line[len("data: "):])))
    finally:
        httpx.post(control, json={"chunk_delay_ms": before["chunk_delay_ms"]}, timeout=5)

    content = [(t, e) for t, e in arrivals if e.get("event") == "RunContent"]
    assert "".join(e.get("content") or "" for _, e in content) == f"Scripted reply: {message}"
    assert arrivals[-1][1].get("event") == "RunCompleted"
    # The model sends ~12 pieces 150 ms apart: the first reaches the client well before the last, and
    # the pieces arrive spread out, not in one burst when the run ends.
    first, last = content[0][0], content[-1][0]
    assert last - first > 5 * delay_ms / 1000, [round(t - first, 3) for t, _ in content]
    gaps = [b[0] - a[0] for a, b in zip(content, content[1:], strict=False)]
    assert sum(gap > delay_ms / 2000 for gap in gaps) >= len(gaps) // 2, gaps


# -- request ids -------------------------------------------------------------------------------------------------


def test_correlation_id_passes_through_to_the_service_and_back(member: httpx.Client) -> None:
    response = member.get("/agents", headers={"x-correlation-id": "abc"})

    assert response.status_code == 200, response.text
    assert response.headers["x-correlation-id"] == "abc"  # echoed by the service (nginx adds none here)
    assert response.headers.get_list("x-correlation-id") == ["abc"]


def test_a_request_without_correlation_id_gets_one_from_the_gateway(
    member: httpx.Client, gateway: Gateway
) -> None:
    first = member.get("/agents")
    second = member.get("/agents")
    too_long = member.get("/agents", headers={"x-correlation-id": "x" * 200})

    ids = [r.headers["x-correlation-id"] for r in (first, second, too_long)]
    assert all(REQUEST_ID.match(i) for i in ids), ids  # made by nginx, and the service kept it
    assert len(set(ids)) == 3
    logged = _wait_for_log(gateway, lambda e: e["correlation_id"] == ids[0])
    assert logged["upstream"].startswith("127.0.0.1:") and logged["status"] == 200


# -- limits --------------------------------------------------------------------------------------------------------


def test_a_body_over_the_limit_is_a_json_413(member: httpx.Client) -> None:
    big = b"x" * (21 * 1024 * 1024)

    response = member.post("/agents/scribe/runs", content=big, headers={"content-type": "application/octet-stream"})

    assert response.status_code == 413
    assert response.headers["content-type"] == "application/json"
    assert response.json()["error"]["code"] == "payload_too_large"
    assert response.json()["error"]["message"]
    assert REQUEST_ID.match(response.headers["x-correlation-id"])


def test_a_body_under_the_limit_reaches_the_service(member: httpx.Client) -> None:
    # 2 MB is more than nginx keeps in memory (client_body_buffer_size): it goes through a temp file.
    blob = b"y" * (2 * 1024 * 1024)

    response = member.post("/agents/scribe/runs", files={"files": ("notes.txt", blob, "text/plain")})

    assert response.status_code != 413
    assert response.status_code < 500, response.text
    assert "error" in response.json() or "run_id" in response.json()
    assert response.headers.get("x-correlation-id")


def _raw_request(gateway: Gateway, head: bytes) -> tuple[int, dict[str, str], bytes]:
    """One request as sent, bypassing httpx (which would normalise a bad path); nginx's status, headers and body."""
    with socket.create_connection(("127.0.0.1", gateway.port), timeout=10) as sock:
        sock.sendall(head)
        data = b""
        while chunk := sock.recv(65536):
            data += chunk
    status_line, _, rest = data.partition(b"\r\n")
    header_block, _, body = rest.partition(b"\r\n\r\n")
    headers = dict(line.decode().lower().split(": ", 1) for line in header_block.split(b"\r\n") if b": " in line)
    return int(status_line.split()[1]), headers, body


@pytest.mark.parametrize(("head", "status", "code"), [
    (b"GET /../../etc/passwd HTTP/1.1\r\nHost: gateway\r\nConnection: close\r\n\r\n", 400, "bad_request"),
    (b"GET /agents HTTP/1.1\r\nHost: gateway\r\nX-Filler: " + b"a" * (20 * 1024) + b"\r\nConnection: close\r\n\r\n",
     431, "headers_too_large"),
    (b"GET /agents HTTP/1.1\r\nHost: gateway\r\n" + b"".join(b"X-Filler-%d: %s\r\n" % (i, b"a" * 15000) for i in range(5))
     + b"Connection: close\r\n\r\n", 431, "headers_too_large"),
    (b"GET /agents?q=" + b"a" * (20 * 1024) + b" HTTP/1.1\r\nHost: gateway\r\nConnection: close\r\n\r\n", 414,
     "uri_too_long"),
    (b"GET /_gateway/bad_request HTTP/1.1\r\nHost: gateway\r\nConnection: close\r\n\r\n", 404, "not_found"),
], ids=["path-above-root", "one-header-too-large", "headers-too-large-in-total", "uri-too-long", "error-page-itself"])
def test_requests_nginx_refuses_itself_get_the_json_error_shape(
    gateway: Gateway, head: bytes, status: int, code: str
) -> None:
    answered, headers, body = _raw_request(gateway, head)

    assert answered == status, body
    assert headers["content-type"] == "application/json"
    error = json.loads(body)
    assert error["error"]["code"] == code and error["detail"] == error["error"]["message"]


def test_headers_nginx_passes_but_the_replica_refuses_are_its_json_431(member: httpx.Client) -> None:
    response = member.get("/agents", headers={"cookie": "c" * (15 * 1024), "x-filler": "f" * (15 * 1024)})

    assert response.status_code == 431
    assert response.json()["error"]["code"] == "headers_too_large"


def test_past_the_rate_a_client_gets_json_429_and_probes_still_pass(
    replicas: list[ServiceProcess], nest: EchoNest, workspace: Workspace
) -> None:
    token = workspace["member"].session_token
    # The real config with a low rate: 1 request/s, plus the configured burst of 40.
    with Gateway([_addr(r) for r in replicas], nest.addr, rate_limit="1r/s") as limited, httpx.Client(
        base_url=limited.base_url, headers={"authorization": f"Bearer {token}"}, timeout=30
    ) as http:
        statuses = []
        refused = None
        for _ in range(100):
            response = http.get("/agents")
            statuses.append(response.status_code)
            if response.status_code == 429:
                refused = response
                break
        probe = http.get("/health")

    assert refused is not None, statuses
    assert statuses.count(200) >= 40, statuses  # a page's burst of requests is not refused
    assert refused.headers["content-type"] == "application/json"
    assert refused.json()["error"]["code"] == "rate_limited"
    assert refused.headers["retry-after"] == "1"
    assert probe.status_code == 200


# -- routing -------------------------------------------------------------------------------------------------------


def test_through_the_gateway_no_workspace_joins_or_reads_anothers_bridge_runs(
    gateway: Gateway, node: NodeSide, scripted: ScriptedModelServer
) -> None:
    victim_ws, attacker_ws = node.workspace(), node.workspace()

    def client(token: str) -> httpx.Client:
        return httpx.Client(base_url=gateway.base_url, headers={"authorization": f"Bearer {token}"}, timeout=30)

    with client(victim_ws["member"].session_token) as victim, client(attacker_ws["member"].session_token) as member, \
            client(attacker_ws["guest"].session_token) as guest:
        secret = f"victim-words-{time.time_ns()}"
        scripted.state.chunk_delay_ms = 150
        started = victim.post("/bridge/v1/agents/scribe/runs", json={"message": f"{secret} " * 4, "stream": True})
        assert started.status_code == 200, started.text
        run_id, session_id = started.json()["runId"], started.json()["sessionId"]

        for kind, component in (("agents", "scribe"), ("teams", "pm_team")):
            joined = member.post(f"/bridge/v1/{kind}/{component}/runs", json={"message": "in", "sessionId": session_id})
            assert joined.status_code == 404, joined.text
        for http in (member, guest):  # the run is live on one replica; the reads go to either
            for path in (f"/bridge/v1/agents/scribe/runs/{run_id}", f"/bridge/v1/agents/scribe/runs/{run_id}/stream",
                         f"/bridge/v1/teams/pm_team/runs/{run_id}"):
                for _ in range(2):
                    response = http.get(path)
                    assert response.status_code == 404, (path, response.text)
                    assert secret not in response.text and session_id not in response.text
        with victim.stream("GET", f"/bridge/v1/agents/scribe/runs/{run_id}/stream") as own:
            lines = [line for line in own.iter_lines() if line.startswith("data: ")]
        assert json.loads(lines[-1][6:])["type"] == "end"  # the owner follows its own run to the end


def test_api_goes_to_nestjs_with_forwarding_headers(gateway: Gateway, nest: EchoNest) -> None:
    traceparent = "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01"
    with httpx.Client(base_url=gateway.base_url, timeout=10) as http:
        response = http.post(
            "/api/workspaces/w1/things?limit=5",
            json={"name": "candle"},
            headers={"traceparent": traceparent, "x-correlation-id": "nest-1", "authorization": "Bearer t"},
        )

    assert response.status_code == 200, response.text
    seen = response.json()
    assert seen["nestjs"] is True
    assert seen["method"] == "POST"
    assert seen["path"] == "/api/workspaces/w1/things?limit=5"
    assert json.loads(seen["body"]) == {"name": "candle"}
    headers = {k.lower(): v for k, v in seen["headers"].items()}
    assert headers["traceparent"] == traceparent
    assert headers["x-correlation-id"] == "nest-1"
    assert headers["authorization"] == "Bearer t"
    assert headers["x-forwarded-for"] == "127.0.0.1"
    assert headers["x-forwarded-proto"] == "http"
    assert headers["host"] == "127.0.0.1"
    assert headers.get("connection", "").lower() != "close"  # HTTP/1.1 keep-alive upstream


def _concrete(path: str) -> str:
    return re.sub(r"\{[^}]+\}", "x", path)


def test_every_route_a_member_may_call_reaches_the_service(gateway: Gateway) -> None:
    """READ/RUN/APPROVE routes of the route policy: unauthenticated, the service answers 401, never nginx."""
    frontend = [r for r in ROUTE_POLICY if r.access in (Access.READ, Access.RUN, Access.APPROVE) and r.path != "/"]
    assert frontend
    with httpx.Client(base_url=gateway.base_url, timeout=10) as http:
        for rule in frontend:
            for method in sorted(rule.methods - {"WEBSOCKET"}):
                path = _concrete(rule.path)
                assert compile_path(rule.path)[0].match(path)
                response = http.request(method, path)
                assert response.status_code == 401, (method, path, response.status_code, response.text)
        for probe in ("/health", "/ready"):
            assert http.get(probe).status_code == 200
        unrouted = http.get("/nowhere")
    assert unrouted.status_code == 404
    assert unrouted.json()["error"]["code"] == "not_found"


# -- failover ------------------------------------------------------------------------------------------------------


def test_a_crashed_replica_is_retried_for_get_and_never_for_post() -> None:
    crashing = [CrashingReplica(), CrashingReplica()]
    nest = EchoNest()
    try:
        with Gateway([c.addr for c in crashing], nest.addr) as gateway, httpx.Client(
            base_url=gateway.base_url, timeout=20
        ) as http:
            get = http.get("/agents")
            seen_get = sum(len(c.seen) for c in crashing)
            post = http.post("/agents/scribe/runs", data={"message": "once"})
            seen_post = sum(len(c.seen) for c in crashing) - seen_get
    finally:
        for c in crashing:
            c.stop()
        nest.stop()

    assert seen_get == 2  # tried on both replicas
    assert seen_post == 1  # sent once: a run is never started twice by the gateway
    for response in (get, post):
        assert response.status_code == 502
        assert response.headers["content-type"] == "application/json"
        assert response.json()["error"]["code"] == "upstream_unavailable"


def test_killing_a_replica_mid_traffic_loses_no_get(
    gateway: Gateway, replicas: list[ServiceProcess], workspace: Workspace
) -> None:
    token = workspace["member"].session_token
    victim = replicas[1]
    paths = ["/agents", "/sessions", "/health", "/config"]
    done = 0
    lock = threading.Lock()

    def get(i: int) -> tuple[int, str]:
        nonlocal done
        with httpx.Client(base_url=gateway.base_url, headers={"authorization": f"Bearer {token}"}, timeout=30) as http:
            response = http.get(paths[i % len(paths)])
        with lock:
            done += 1
            if done == 10:
                assert victim.process is not None
                victim.process.kill()  # SIGKILL: no graceful shutdown, in-flight requests die
        return response.status_code, response.text[:200]

    started = time.monotonic()
    try:
        with ThreadPoolExecutor(max_workers=4) as pool:
            results = list(pool.map(get, range(50)))
        elapsed = time.monotonic() - started
        assert victim.process is not None and victim.process.poll() is not None  # it really died
        assert [status for status, _ in results] == [200] * 50, [r for r in results if r[0] != 200]
        assert elapsed < 60
        # Some request did meet the dead replica and was moved to the live one.
        retried = [e for e in gateway.access_entries() if ", " in e["upstream"] and _addr(victim) in e["upstream"]]
        assert retried, gateway.access_entries()[-20:]
    finally:
        victim.start()  # same port: later tests and the gateway see two replicas again


def _wait_for_log(gateway: Gateway, match: Any, timeout: float = 5) -> dict[str, Any]:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        for entry in gateway.access_entries():
            if match(entry):
                return entry
        time.sleep(0.05)
    raise AssertionError(f"no matching access log entry:\n{gateway.access_entries()[-10:]}")


# -- deployment files ----------------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def compose() -> dict[str, Any]:
    return yaml.safe_load((ROOT / "docker-compose.yml").read_text())


def _cli_default_port() -> int:
    tree = ast.parse((ROOT / "agents" / "cli.py").read_text())
    for node in ast.walk(tree):
        first = node.args[0] if isinstance(node, ast.Call) and node.args else None
        if isinstance(first, ast.Constant) and first.value == "--port":
            return next(k.value.value for k in node.keywords if k.arg == "default")  # type: ignore[attr-defined]
    raise AssertionError("agents/cli.py has no --port argument")


def _defaults(value: str) -> str:
    """A compose value as `docker compose up` renders it with no variables set: `${X:-default}` -> default."""
    return re.sub(r"\$\{[A-Z_]+:-([^}]*)\}", r"\1", value)


def _flag(command: list[str], name: str) -> str:
    return command[command.index(name) + 1]


def test_compose_runs_two_replicas_on_the_settings_the_service_reads(compose: dict[str, Any]) -> None:
    services = compose["services"]
    fields = {name.upper() for name in Settings.model_fields}
    port = _cli_default_port()
    assert port == 7777

    assert {"postgres", "redis", "agentos-1", "agentos-2", "nginx"} <= services.keys()
    assert services["postgres"]["image"] == "pgvector/pgvector:pg16"
    for name in ("agentos-1", "agentos-2"):
        service = services[name]
        assert service["build"]["dockerfile"] == "Dockerfile"
        environment = service["environment"]
        assert set(environment) <= fields, set(environment) - fields
        assert environment["DATABASE_URL"].startswith("postgresql+psycopg://")
        assert "@postgres:5432/" in environment["DATABASE_URL"]
        assert environment["REDIS_URL"].startswith("redis://redis:6379")
        command = service["command"]
        assert command[:3] == ["python", "-m", "agents"] and _flag(command, "--port") == str(port)
        assert _flag(command, "--host") == "0.0.0.0"
        # uvicorn trusts X-Forwarded-* from the gateway's address only; replicas keep theirs across restarts.
        nginx_ip = services["nginx"]["networks"]["hyvve"]["ipv4_address"]
        assert _flag(command, "--forwarded-allow-ips") == nginx_ip
        assert service["networks"]["hyvve"]["ipv4_address"]
        for dependency in ("postgres", "redis"):
            assert service["depends_on"][dependency]["condition"] == "service_healthy"
        assert "ports" not in service  # only the gateway is published
    for name, service in services.items():
        if service.get("restart") == "no":
            continue  # a one-shot (db-init): the replicas wait for it to complete, not to be healthy
        assert service.get("healthcheck", {}).get("test"), f"{name} has no healthcheck"


def test_compose_prepares_an_empty_database_before_the_replicas_start_as_the_least_privileged_role(
    compose: dict[str, Any]
) -> None:
    services = compose["services"]
    fields = {name.upper() for name in Settings.model_fields}
    init = services["db-init"]
    assert init["command"][:5] == ["python", "-m", "agents", "db", "init"]  # tests/test_db_init.py runs it
    assert init["restart"] == "no"
    assert init["depends_on"]["postgres"]["condition"] == "service_healthy"
    assert set(init["environment"]) <= fields, set(init["environment"]) - fields
    owner = make_url(_defaults(init["environment"]["DATABASE_URL"]))
    assert owner.username == "hyvve" == services["postgres"]["environment"]["POSTGRES_USER"].split("-")[-1][:-1]
    # A HYVVE checkout on the host, when given, is what db-init applies; else our DDL.
    assert init["environment"]["HYVVE_REPO"] == "${HYVVE_REPO:+/hyvve}"
    assert "${HYVVE_REPO:-./contracts/db}:/hyvve:ro" in init["volumes"]
    role = _defaults(_flag(init["command"], "--role"))
    for name in ("agentos-1", "agentos-2"):
        replica = services[name]
        assert replica["depends_on"]["db-init"]["condition"] == "service_completed_successfully"
        url = make_url(_defaults(replica["environment"]["DATABASE_URL"]))
        assert url.username == role != owner.username  # the role db-init made, never the owner
        assert url.password == _defaults(init["environment"]["AGENTOS_DB_PASSWORD"])
        assert url.database == owner.database


def test_compose_gateway_renders_the_config_the_tests_run(compose: dict[str, Any]) -> None:
    nginx = compose["services"]["nginx"]
    port = _cli_default_port()

    mounts = {v.split(":")[1]: v.split(":")[0] for v in nginx["volumes"]}
    assert (ROOT / mounts["/etc/nginx/templates/nginx.conf.template"]).resolve() == TEMPLATE.resolve()
    environment = nginx["environment"]
    assert environment["NGINX_ENVSUBST_OUTPUT_DIR"] == "/etc/nginx"  # renders /etc/nginx/nginx.conf itself
    assert environment["NGINX_ENVSUBST_FILTER"] == "GATEWAY_"
    assert placeholders() <= environment.keys()
    assert environment["GATEWAY_AGENTOS_1"] == f"agentos-1:{port}"
    assert environment["GATEWAY_AGENTOS_2"] == f"agentos-2:{port}"
    assert re.fullmatch(r"\d+r/[sm]", environment["GATEWAY_RATE_LIMIT"])
    listen = environment["GATEWAY_LISTEN"]
    assert any(str(p).endswith(f":{listen}") for p in nginx["ports"])
    for replica in ("agentos-1", "agentos-2"):
        assert nginx["depends_on"][replica]["condition"] == "service_healthy"
    render({k: str(v) for k, v in environment.items()})  # every placeholder has a value


def test_dockerfile_serves_the_cli_default_port_as_a_non_root_user() -> None:
    dockerfile = (ROOT / "Dockerfile").read_text()
    port = _cli_default_port()
    instructions = [line.split(None, 1) for line in _logical_lines(dockerfile)]

    assert instructions[0] == ["FROM", "python:3.11-slim"]
    cmd = json.loads(next(arg for op, arg in instructions if op == "CMD"))
    assert cmd[:4] == ["python", "-m", "agents", "serve"] and _flag(cmd, "--port") == str(port)
    assert _flag(cmd, "--host") == "0.0.0.0"
    assert ["EXPOSE", str(port)] in instructions
    user = [arg for op, arg in instructions if op == "USER"]
    assert user and user[-1] not in ("root", "0")
    healthcheck = next(arg for op, arg in instructions if op == "HEALTHCHECK")
    assert f"127.0.0.1:{port}/health" in healthcheck
    # What the image copies is what .dockerignore lets into the build context.
    ignore = (ROOT / ".dockerignore").read_text().splitlines()
    allowed = {line[1:].rstrip("/") for line in ignore if line.startswith("!")}
    copied = {source.rstrip("/") for op, arg in instructions if op == "COPY" for source in arg.split()[:-1]}
    assert copied <= allowed, copied - allowed


def test_the_image_installs_the_versions_the_tests_passed_with() -> None:
    instructions = [line.split(None, 1) for line in _logical_lines((ROOT / "Dockerfile").read_text())]
    installs = [arg for op, arg in instructions if op == "RUN" and "pip install" in arg and "--no-deps" not in arg]

    assert installs and all("-c constraints.txt" in arg for arg in installs)



def _logical_lines(dockerfile: str) -> list[str]:
    joined = re.sub(r"\\\n", " ", dockerfile)
    return [line.strip() for line in joined.splitlines() if line.strip() and not line.lstrip().startswith("#")]


def test_nginx_is_installed_for_these_tests() -> None:
    assert nginx_binary(), "install nginx (Debian: apt-get install nginx-light); .ci/run does"
