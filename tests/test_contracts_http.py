"""The HTTP contract: contracts/openapi.json is the app's, and the requests NestJS and the web app send get the
responses their types (contracts/typescript) promise, from the running service."""

from __future__ import annotations

import json
import re
import uuid
from collections import Counter
from functools import cache
from typing import Any

import httpx
import pytest
from jsonschema import Draft202012Validator

from agents.contracts import OPENAPI_PATH, OPERATORS_TAG, build_openapi, contract_app, contract_openapi, diff_summary
from agents.error_dialects import dialect_name
from agents.middleware.route_policy import Access, find_rule
from tests.conftest import SERVICE_TOKEN
from tests.harness import ServiceProcess
from tests.node_side import Workspace
from tests.test_approvals import item_for_run, note_request, start_run
from tests.test_contracts_events import CONTRACTS, FORMATS

SSE_SCHEMA = json.loads((CONTRACTS / "sse" / "bridge-stream-event.schema.json").read_text())


@cache
def contract() -> dict[str, Any]:
    return json.loads(OPENAPI_PATH.read_text())


def contract_problems(method: str, path: str, status: int, body: Any, content_type: str = "application/json") -> list[str]:
    """Where a response body leaves the schema the contract gives (method, path template, status)."""
    doc = contract()
    responses = doc["paths"][path][method.lower()]["responses"]
    assert str(status) in responses, f"{method} {path} answered {status}, which the contract does not list"
    schema = responses[str(status)]["content"][content_type]["schema"]
    validator = Draft202012Validator({**schema, "components": doc["components"]}, format_checker=FORMATS)
    return sorted(f"{'.'.join(map(str, e.absolute_path)) or '(body)'}: {e.message}" for e in validator.iter_errors(body))


def assert_in_contract(method: str, path: str, response: httpx.Response) -> Any:
    body = response.json()
    assert contract_problems(method, path, response.status_code, body) == [], body
    return body


# -- the document ----------------------------------------------------------------------------------------------


def test_committed_openapi_is_the_apps() -> None:
    expected = build_openapi()

    assert OPENAPI_PATH.read_text() == expected, (
        "contracts/openapi.json differs from the app: run `make contracts` (or `python -m agents openapi`) and "
        "commit the result; if a response changed shape, NestJS and the web app see it in contracts/typescript\n"
        + diff_summary(OPENAPI_PATH, expected)
    )


def test_every_operation_states_its_access_credential_and_error_body() -> None:
    doc = contract()
    operation_ids = []
    for path, item in doc["paths"].items():
        for method, op in item.items():
            rule = find_rule(method.upper(), path)
            assert rule is not None and rule.access is not Access.OFF, f"{method} {path} is refused to everyone"
            assert op["x-hyvve-access"] == rule.access, f"{method} {path}"
            operation_ids.append(op["operationId"])
            errors = {s: r for s, r in op["responses"].items() if int(s) >= 400}
            for status, response in errors.items():
                if path == "/ready" and status == "503":
                    continue  # readiness names the failing dependency
                # The NestJS bridge and the web app's routes answer errors in their client's shape.
                body = {"nestjs": "NestJsErrorBody", "web": "WebErrorBody"}.get(dialect_name(path) or "", "ErrorBody")
                assert response["content"]["application/json"]["schema"] == {"$ref": f"#/components/schemas/{body}"}, \
                    f"{method} {path} {status}"
            if rule.access is Access.PUBLIC:
                assert op["security"] == [], f"{method} {path}"
            else:
                assert op["security"] == [{"HTTPBearer": []}], f"{method} {path}"
                assert {"401", "403"} <= set(errors), f"{method} {path}"
    assert len(operation_ids) == len(set(operation_ids)), "operation ids must be unique (generated clients)"


# -- what the web app sends: native routes with the user's session token --------------------------------------------


def test_a_json_run_request_gets_the_run_the_contract_describes(client: httpx.Client, scripted) -> None:
    response = client.post("/agents/scribe/runs", json={"message": "hello contract", "stream": False})

    run = assert_in_contract("POST", "/agents/{agent_id}/runs", response)
    assert run["status"] == "COMPLETED" and run["content"] == "Scripted reply: hello contract"
    read = client.get(f"/agents/scribe/runs/{run['run_id']}", params={"session_id": run["session_id"]})
    assert read.status_code == 200, read.text
    assert assert_in_contract("GET", "/agents/{agent_id}/runs/{run_id}", read)["run_id"] == run["run_id"]
    listed = client.get("/agents/scribe/runs", params={"session_id": run["session_id"]})
    assert [r["run_id"] for r in assert_in_contract("GET", "/agents/{agent_id}/runs", listed)] == [run["run_id"]]


def test_a_team_run_and_a_background_run_match_the_contract(client: httpx.Client, scripted) -> None:
    team = client.post("/teams/pm_team/runs", json={"message": "hello team", "stream": False})
    background = client.post("/agents/scribe/runs", json={"message": "later", "stream": False, "background": True})

    assert assert_in_contract("POST", "/teams/{team_id}/runs", team)["team_id"] == "pm_team"
    assert background.status_code == 202, background.text
    assert assert_in_contract("POST", "/agents/{agent_id}/runs", background)["status"] in ("PENDING", "RUNNING", "COMPLETED")


def test_a_paused_run_names_the_approval_item_to_decide(client: httpx.Client, db, scripted) -> None:
    response = client.post("/agents/scribe/runs", json={"message": note_request("contract", 90), "stream": False})

    run = assert_in_contract("POST", "/agents/{agent_id}/runs", response)
    assert run["status"] == "PAUSED"
    approval_ids = [r["tool_execution"]["approval_id"] for r in run["requirements"]]
    assert approval_ids == [item_for_run(db, run["run_id"])["id"]]


def test_errors_have_the_one_error_body(anonymous: httpx.Client, client: httpx.Client, scripted) -> None:
    unauthenticated = anonymous.get("/approval-items")
    invalid = client.post("/agents/scribe/runs", json={"stream": False})
    refused = client.post("/agents/scribe/runs", json={"message": "hi", "stream": False}, headers={"x-model": "nope"})

    assert assert_in_contract("GET", "/approval-items", unauthenticated)["error"]["code"] == "token_missing"
    assert assert_in_contract("POST", "/agents/{agent_id}/runs", invalid)["error"]["fields"][0]["field"] == "message"
    assert assert_in_contract("POST", "/agents/{agent_id}/runs", refused)["error"]["code"] == "unknown_provider"


# -- what NestJS sends: AgentOSService through the bridge --------------------------------------------------------------


def _nestjs(service: ServiceProcess, workspace: Workspace) -> httpx.Client:
    return service.client(headers={"authorization": f"Bearer {SERVICE_TOKEN}", "x-workspace-id": workspace.id,
                                   "x-correlation-id": f"nest-{uuid.uuid4().hex[:8]}"})


def test_nestjs_runs_and_reads_a_run_through_the_bridge(service: ServiceProcess, workspace: Workspace, scripted) -> None:
    body = {"message": "hello bridge", "stream": False, "userId": workspace["member"].user_id,
            "metadata": {"workspaceId": workspace.id, "correlationId": "nest-1"}}
    with _nestjs(service, workspace) as nest:
        started = nest.post("/bridge/v1/agents/scribe/runs", json=body)
        run = assert_in_contract("POST", "/bridge/v1/agents/{component_id}/runs", started)
        read = nest.get(f"/bridge/v1/agents/scribe/runs/{run['runId']}")

    assert run["status"] == "completed" and run["content"] == "Scripted reply: hello bridge"
    assert assert_in_contract("GET", "/bridge/v1/agents/{component_id}/runs/{run_id}", read)["runId"] == run["runId"]


def test_the_bridge_stream_sends_the_events_nestjs_parses(service: ServiceProcess, workspace: Workspace, scripted) -> None:
    body = {"message": "stream me", "stream": True, "userId": workspace["member"].user_id}
    with _nestjs(service, workspace) as nest:
        run = assert_in_contract("POST", "/bridge/v1/agents/{component_id}/runs",
                                 nest.post("/bridge/v1/agents/scribe/runs", json=body))
        events = []
        with nest.stream("GET", f"/bridge/v1/agents/scribe/runs/{run['runId']}/stream") as stream:
            for line in stream.iter_lines():
                if line.startswith("data: "):
                    events.append(json.loads(line[len("data: "):]))

    validator = Draft202012Validator(SSE_SCHEMA, format_checker=FORMATS)
    problems = [f"{e.get('type')}: {error.message}" for e in events for error in validator.iter_errors(e)]
    assert problems == []
    assert events[0]["type"] == "start" and events[-1]["type"] == "end"
    assert {e["runId"] for e in events} == {run["runId"]}


# -- bugs found by the contract tests, fixed: they stay as regressions ------------------------------------------


def test_approval_item_times_are_utc_date_times(client: httpx.Client, db, scripted) -> None:
    run = start_run(client, note_request(uuid.uuid4().hex[:8], confidence=90))
    item_id = item_for_run(db, run["run_id"])["id"]

    one = client.get(f"/approval-items/{item_id}")
    listed = client.get("/approval-items")

    assert assert_in_contract("GET", "/approval-items/{item_id}", one)["due_at"].endswith("Z")
    assert_in_contract("GET", "/approval-items", listed)


@pytest.mark.parametrize("path", ["/approval-items/a%00b", "/sessions/a%00b", "/memories?topics=a%00b"])
def test_a_nul_byte_in_a_request_is_a_clear_400_not_a_500(service: ServiceProcess, workspace: Workspace, path: str) -> None:
    response = httpx.get(service.base_url + path, headers={"authorization": f"Bearer {workspace['member'].session_token}"})

    assert response.status_code == 400
    assert response.json()["error"]["code"] == "invalid_request"


def test_the_service_serves_the_contract_at_openapi_json(anonymous: httpx.Client) -> None:
    served = anonymous.get("/openapi.json")

    assert served.status_code == 200
    assert served.json() == contract()



def test_every_operation_is_described_has_one_id_and_operators_routes_are_marked() -> None:
    doc = contract_openapi(contract_app())  # the app's document as the service serves it
    ids = Counter()
    for path, item in doc["paths"].items():
        for method, op in item.items():
            where = f"{method.upper()} {path}"
            ids[op["operationId"]] += 1
            assert op.get("description", "").strip(), f"{where} has no description"
            assert op.get("summary", "").strip() not in ("", "Disabled"), f"{where}: summary {op.get('summary')!r}"
            operators_only = op["x-hyvve-access"] == Access.ADMIN
            assert (OPERATORS_TAG in op.get("tags", [])) == operators_only, where
            assert ("Operators only" in op["description"]) == operators_only, where
    assert [name for name, count in ids.items() if count > 1] == []
    assert "Who may call" in doc["paths"]["/bridge/v1/agents/{component_id}/runs"]["post"]["description"]


def test_the_api_docs_load_everything_from_the_service_itself(anonymous: httpx.Client) -> None:
    page = anonymous.get("/docs")

    assert page.status_code == 200
    assets = re.findall(r"""(?:src|href)=['"]([^'"]+)['"]""", page.text)
    assert assets and all(url.startswith("/") for url in assets), f"loaded from elsewhere: {assets}"  # offline
    for url in assets:
        loaded = anonymous.get(url)
        assert loaded.status_code == 200 and loaded.content, url
    assert "/openapi.json" in page.text
    assert anonymous.get("/docs/assets/index.html").status_code == 404  # only the files the page needs
