"""Traces, metrics, logs and the Control Plane's calls, observed from outside the process."""

from __future__ import annotations

import json
import time
import uuid

import httpx
import pytest
from prometheus_client.parser import text_string_to_metric_families

from tests.conftest import ADMIN_KEY
from tests.gateway_harness import Gateway
from tests.harness import ServiceProcess
from tests.node_side import OtlpReceiver, Workspace


def _spans_of(otlp: OtlpReceiver, trace_id: str, names: set[str], timeout: float = 10) -> list[dict]:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        spans = otlp.trace(trace_id)
        if names <= {s["name"].split(" ")[0] for s in spans} or len(spans) >= 6:
            return spans
        time.sleep(0.2)
    return otlp.trace(trace_id)


def test_a_run_through_the_gateway_is_one_trace_continuing_the_callers(
    service: ServiceProcess, workspace: Workspace, otlp: OtlpReceiver, nestjs, scripted
) -> None:
    trace_id, parent = uuid.uuid4().hex, uuid.uuid4().hex[:16]
    host, port = service.base_url.removeprefix("http://").split(":")
    with Gateway([f"{host}:{port}", f"{host}:{port}"], nestjs.url.removeprefix("http://")) as gateway:
        response = httpx.post(
            f"{gateway.base_url}/agents/scribe/runs",
            data={"message": "call workspace_context", "stream": "false"},
            headers={"authorization": f"Bearer {workspace['member'].session_token}",
                     "traceparent": f"00-{trace_id}-{parent}-01"},
            timeout=60,
        )

    assert response.status_code == 200 and response.headers["x-trace-id"] == trace_id
    spans = _spans_of(otlp, trace_id, {"POST"})
    names = " | ".join(s["name"] for s in spans)
    assert any(s["parent_id"] == parent for s in spans), names  # the caller's span is the parent
    assert any(s["name"].startswith("POST") for s in spans), names  # HTTP
    agno_spans = [s for s in spans if "openinference.span.kind" in s["attributes"]]
    kinds = {s["attributes"]["openinference.span.kind"] for s in agno_spans}
    assert {"AGENT", "LLM", "TOOL"} <= kinds, names  # run, model call, tool call
    for span in agno_spans:
        assert span["attributes"]["hyvve.workspace_id"] == workspace.id
        assert span["attributes"]["enduser.id"] == workspace["member"].user_id
    server = next(s for s in spans if s["name"].startswith("POST"))
    assert server["attributes"]["hyvve.workspace_id"] == workspace.id
    assert "call workspace_context" not in json.dumps(spans)  # no message content by default


def test_the_same_trace_lands_in_agnos_tables_for_the_control_plane(
    client: httpx.Client, admin: httpx.Client, scripted
) -> None:
    trace_id = uuid.uuid4().hex
    client.post("/agents/scribe/runs", data={"message": "hello", "stream": "false"},
                headers={"traceparent": f"00-{trace_id}-{uuid.uuid4().hex[:16]}-01"})

    found = None
    for _ in range(50):
        found = admin.get(f"/traces/{trace_id}")
        if found.status_code == 200:
            break
        time.sleep(0.2)
    assert found is not None and found.status_code == 200, found.text if found else None


def test_metrics_are_for_operators_and_show_runs_and_models(
    client: httpx.Client, admin: httpx.Client, anonymous: httpx.Client, scripted
) -> None:
    client.post("/agents/scribe/runs", data={"message": "count this run", "stream": "false"})

    assert anonymous.get("/ops/metrics").status_code == 401
    assert client.get("/ops/metrics").status_code == 403
    exposed = admin.get("/ops/metrics")
    assert exposed.status_code == 200
    samples = [s for family in text_string_to_metric_families(exposed.text) for s in family.samples]

    def value(name: str, **labels: str) -> float:
        return sum(s.value for s in samples if s.name == name and labels.items() <= s.labels.items())

    assert value("agentos_runs_total", agent="scribe", outcome="completed") >= 1
    assert value("agentos_model_tokens_total", provider="platform", kind="prompt") > 0
    assert value("agentos_http_requests_total", route="/agents/{agent_id}/runs", method="POST", status="200") >= 1
    assert value("agentos_run_duration_seconds_count", agent="scribe") >= 1
    names = {s.name for s in samples}
    assert {"agentos_approvals_pending", "agentos_outbox_lag_seconds", "agentos_db_pool_connections"} <= names


def test_logs_are_json_lines_with_correlation_trace_and_workspace(
    client: httpx.Client, service: ServiceProcess, workspace: Workspace, scripted
) -> None:
    correlation = f"log-{uuid.uuid4().hex}"
    client.post("/sessions", json={}, headers={"x-correlation-id": correlation})  # anything that logs
    client.post("/approval-items/not-an-item/resolve", json={"decision": "approve"},
                headers={"x-correlation-id": correlation})
    scripted.add_fault({"status": 500, "count": 3})
    client.post("/agents/scribe/runs", data={"message": "fail loudly", "stream": "false"},
                headers={"x-correlation-id": correlation})
    time.sleep(0.5)

    lines = [line for line in service.logs().splitlines() if line.startswith("{")]
    entries = [json.loads(line) for line in lines]
    mine = [e for e in entries if e.get("correlation_id") == correlation]
    assert mine, "no log line carries the request's correlation id"
    assert all(e["workspace_id"] == workspace.id and len(e.get("trace_id", "")) == 32 for e in mine)
    assert all({"ts", "level", "logger", "message"} <= set(e) for e in entries)


@pytest.mark.parametrize("path", ["/config", "/health", "/agents", "/teams", "/sessions?type=agent", "/traces", "/metrics"])
def test_the_control_planes_calls_work_with_admin_credentials_only(
    admin: httpx.Client, anonymous: httpx.Client, path: str
) -> None:
    assert admin.get(path).status_code == 200
    if path != "/health":
        assert anonymous.get(path).status_code == 401
        assert anonymous.get(path, headers={"authorization": f"Bearer {ADMIN_KEY}x"}).status_code == 401


def test_a_credential_in_the_query_string_never_reaches_the_log_or_a_span(
    anonymous: httpx.Client, client: httpx.Client, service: ServiceProcess, otlp: OtlpReceiver
) -> None:
    secret = f"query-secret-{uuid.uuid4().hex}"
    trace_id = uuid.uuid4().hex
    refused = anonymous.get(f"/agents?token={secret}",
                            headers={"traceparent": f"00-{trace_id}-{uuid.uuid4().hex[:16]}-01"})
    client.get(f"/sessions?type=agent&access_token={secret}")
    anonymous.get(f"/health?key={secret}")

    assert refused.status_code == 401
    spans = _spans_of(otlp, trace_id, {"GET"})
    assert any(s["name"].startswith("GET") for s in spans)
    assert secret not in json.dumps(spans)
    logs = service.logs()
    assert secret not in logs
    entries = [json.loads(line) for line in logs.splitlines() if line.startswith("{")]
    access = [e["message"] for e in entries if e["logger"] == "uvicorn.access"]
    assert any(m.endswith('"GET /agents HTTP/1.1" 401') for m in access)  # still written, with the path only
