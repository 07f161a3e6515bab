"""Every event on HYVVE's bus matches its JSON Schema in contracts/events/, and every schema is exercised.

The flows a workspace goes through (runs that complete and fail, approvals approved, rejected, auto-approved,
decided in HYVVE, expired, a provider's daily token budget crossed) are driven over real HTTP, then every event
found on the stream is validated: the service's own and those NestJS publishes (here: tests/test_approvals.py's
stand-in), including events from any earlier test of the session.
"""

from __future__ import annotations

import json
import time
import uuid
from collections.abc import Iterator
from datetime import datetime
from functools import cache
from pathlib import Path
from typing import Any

import httpx
import pytest
import redis
import sqlalchemy as sa
from jsonschema import Draft202012Validator, FormatChecker
from referencing import Registry, Resource

from agents.events.envelope import MAIN_STREAM
from tests.harness import ServiceProcess
from tests.hyvve_zod import hyvve_zod_violations
from tests.node_side import NodeSide, Workspace
from tests.test_approvals import item_for_run, note_request, publish_decision, start_run, wait_for_run
from tests.test_byoai import CIPHER, secret_key

CONTRACTS = Path(__file__).resolve().parents[1] / "contracts"
EVENTS = CONTRACTS / "events"
INDEX = "hyvve-event.schema.json"

# Where the service's events differ from HYVVE's documented shapes (shared/hyvve/platform-facts.md), each with
# what to change. An entry here keeps the suite green while the deviation is known; the test fails when a
# violation appears that is not listed, and when a listed one no longer occurs (delete the entry then).
KNOWN_DEVIATIONS: dict[tuple[str, str], str] = {}


def _date_time(value: object) -> bool:
    """RFC 3339 date-time: ISO-8601 with a time and an explicit offset (`Z` or +hh:mm)."""
    if not isinstance(value, str):
        return True
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError:
        return False
    return "T" in value and parsed.tzinfo is not None


FORMATS = FormatChecker()
FORMATS.checks("date-time")(_date_time)


@cache
def schemas() -> tuple[Registry, dict[str, dict[str, Any]]]:
    """The registry of every schema file (by `$id`), and the schema of each event type."""
    resources, by_type = [], {}
    for path in sorted(EVENTS.glob("*.schema.json")):
        schema = json.loads(path.read_text())
        resources.append((schema["$id"], Resource.from_contents(schema)))
        event_type = schema.get("properties", {}).get("type", {}).get("const")
        if event_type:
            by_type[event_type] = schema
    return Registry().with_resources(resources), by_type


def violations(event: dict[str, Any]) -> list[str]:
    """What is wrong with one event, as `type path: message` lines; [] when it matches its schema."""
    registry, by_type = schemas()
    kind = str(event.get("type"))
    schema = by_type.get(kind)
    if schema is None:
        return [f"{kind}: no schema in contracts/events/ for this type"]
    validator = Draft202012Validator(schema, registry=registry, format_checker=FORMATS)
    found = []
    for error in validator.iter_errors(event):
        where = ".".join(str(p) for p in error.absolute_path)
        found.append(f"{kind} {where}: {error.message}" if where else f"{kind}: {error.message}")
    return sorted(set(found))


def bus_events(redis_url: str) -> list[dict[str, Any]]:
    client = redis.Redis.from_url(redis_url)
    return [json.loads(fields[b"event"]) for _, fields in client.xrange(MAIN_STREAM)]


def _known(violation: str) -> tuple[str, str] | None:
    kind = violation.split(" ", 1)[0].rstrip(":")
    return next((key for key in KNOWN_DEVIATIONS if key[0] == kind and key[1] in violation), None)


# -- the schemas themselves ---------------------------------------------------------------------------------


def test_every_schema_is_valid_draft_2020_12_and_listed_in_the_index() -> None:
    index = json.loads((EVENTS / INDEX).read_text())
    listed = {entry["$ref"] for entry in index["oneOf"]}
    for path in sorted(EVENTS.glob("*.schema.json")):
        schema = json.loads(path.read_text())
        Draft202012Validator.check_schema(schema)
        assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema", path.name
        assert schema["$id"].endswith("/" + path.name), path.name
        if path.name not in ("envelope.schema.json", INDEX):
            assert path.name in listed, f"add {path.name} to contracts/events/{INDEX}"
            assert path.name == schema["properties"]["type"]["const"] + ".schema.json"


def _run_completed_event() -> dict[str, Any]:
    return {
        "id": str(uuid.uuid4()), "type": "agent.run.completed", "source": "agentos",
        "timestamp": "2026-01-02T03:04:05.678Z", "correlationId": "c", "tenantId": "ws", "userId": "user",
        "version": "1.0",
        "data": {"runId": "r", "agentId": "scribe", "agentName": "Scribe", "output": {"content": "hi"},
                 "durationMs": 12, "tokensUsed": 40, "triggeredBy": "user"},
    }


def test_a_renamed_missing_or_extra_field_fails_its_schema() -> None:
    good = _run_completed_event()
    renamed = {**good, "data": {**{k: v for k, v in good["data"].items() if k != "runId"}, "run_id": "r"}}
    extra = {**good, "data": {**good["data"], "surprise": 1}}
    naive_time = {**good, "timestamp": "2026-01-02T03:04:05"}
    unknown = {**good, "type": "agent.run.paused"}

    assert violations(good) == []
    assert any("'runId' is a required property" in v for v in violations(renamed))
    assert any("surprise" in v for v in violations(extra))
    assert any("is not a 'date-time'" in v for v in violations(naive_time))
    assert violations(unknown) == ["agent.run.paused: no schema in contracts/events/ for this type"]


def test_hyvves_own_zod_schemas_reject_what_hyvves_consumer_would() -> None:
    good = _run_completed_event()
    text_output = {**good, "data": {**good["data"], "output": "hi"}}
    no_user = {**good, "userId": None}
    null_notes = {**good, "type": "approval.item.approved", "data": {
        "approvalId": "a", "type": "agent_action", "title": "Send", "decision": "approved", "confidenceScore": 90,
        "decisionNotes": None}}

    assert hyvve_zod_violations([good]) == []
    assert hyvve_zod_violations([text_output, no_user, null_notes]) == [
        "agent.run.completed (source agentos) data.output: Invalid input: expected record, received string",
        "agent.run.completed (source agentos) envelope.userId: Invalid input: expected string, received null",
        "approval.item.approved (source agentos) data.decisionNotes: Invalid input: expected string, received null",
    ]


# -- the flows, and every event they publish ---------------------------------------------------------------------


@pytest.fixture(scope="module")
def tenant(node: NodeSide, service: ServiceProcess) -> Iterator[tuple[Workspace, httpx.Client, httpx.Client]]:
    """A workspace of its own: its member runs agents, its owner decides."""
    workspace = node.workspace(roles=("owner", "member"))
    with service.client(headers={"authorization": f"Bearer {workspace['member'].session_token}"}) as member, \
            service.client(headers={"authorization": f"Bearer {workspace['owner'].session_token}"}) as owner:
        yield workspace, member, owner


def _exercise_every_flow(
    tenant: tuple[Workspace, httpx.Client, httpx.Client], node: NodeSide, db: sa.Engine, redis_url: str,
    service: ServiceProcess, scripted,
) -> dict[str, str]:
    """Drive each flow once; returns the ids whose events must reach the bus, by flow."""
    workspace, member, owner = tenant
    ids: dict[str, str] = {}

    ids["completed"] = start_run(member, "hello contracts", component="agents/scribe")["run_id"]
    scripted.add_fault({"status": 500, "count": 3})  # the first try and both retries
    failed = member.post("/agents/scribe/runs", data={"message": "this fails", "stream": "false"}).json()
    assert failed["status"] == "ERROR"
    ids["failed"] = failed["run_id"]
    scripted.reset()

    approved = start_run(member, note_request(uuid.uuid4().hex[:8], confidence=90))
    ids["approved"] = item_for_run(db, approved["run_id"])["id"]
    assert owner.post(f"/approval-items/{ids['approved']}/resolve", json={"decision": "approve"}).status_code == 200
    wait_for_run(member, approved)

    rejected = start_run(member, note_request(uuid.uuid4().hex[:8], confidence=90))
    ids["rejected"] = item_for_run(db, rejected["run_id"])["id"]
    assert owner.post(f"/approval-items/{ids['rejected']}/resolve", json={"decision": "reject", "notes": "No"}).status_code == 200

    # Asked for by the owner: 0.4 * 80 + 0.25 * 100 + 0.15 * 100 + 0.2 * 100 = 92, auto-approved.
    auto = start_run(owner, note_request(uuid.uuid4().hex[:8], confidence=100))
    ids["auto_approved"] = item_for_run(db, auto["run_id"])["id"]

    cancelled = start_run(member, note_request(uuid.uuid4().hex[:8], confidence=90))
    item = item_for_run(db, cancelled["run_id"])
    ids["cancelled"] = item["id"]
    with db.begin() as conn:  # NestJS updates the row itself, then publishes
        conn.execute(sa.text("UPDATE approval_items SET status = 'cancelled' WHERE id = :id"), {"id": item["id"]})
    publish_decision(redis_url, item, "cancelled", workspace["owner"].user_id)

    expired = start_run(member, note_request(uuid.uuid4().hex[:8], confidence=90))
    ids["expired"] = item_for_run(db, expired["run_id"])["id"]
    with db.begin() as conn:  # time passes (the service runs with APPROVAL_EXPIRY_GRACE_HOURS=0)
        conn.execute(sa.text("UPDATE ai.agentos_approvals SET due_at = now() - interval '1 minute' "
                             "WHERE approval_item_id = :i"), {"i": ids["expired"]})

    # A provider's budget crossed: its own workspace, so the other flows keep the platform model.
    limited = node.workspace(roles=("owner", "member"))
    ids["limit"] = node.provider(limited.id, "openai", CIPHER.encrypt(secret_key("contracts")), "gpt-4o-mini", 300)
    with service.client(headers={"authorization": f"Bearer {limited['member'].session_token}"}) as http:
        for i in range(12):  # ~60 tokens each
            if http.post("/agents/scribe/runs", data={"message": f"count {i}", "stream": "false"}).status_code == 429:
                break
    return ids


EXPECTED = {
    "completed": {"agent.run.started", "agent.run.completed"},
    "failed": {"agent.run.started", "agent.run.failed"},
    "approved": {"approval.item.requested", "agent.confirmation.requested", "agent.confirmation.granted",
                 "approval.item.approved"},
    "rejected": {"approval.item.requested", "agent.confirmation.requested", "agent.confirmation.denied",
                 "approval.item.rejected"},
    "auto_approved": {"approval.item.auto_approved", "agent.confirmation.requested", "agent.confirmation.granted"},
    "cancelled": {"approval.item.cancelled", "agent.confirmation.denied"},
    "expired": {"approval.item.expired", "agent.confirmation.denied"},
    "limit": {"ai.token.limit_warning", "ai.token.limit_exceeded"},
}


def _flow_of(event: dict[str, Any], ids: dict[str, str]) -> str | None:
    data = event.get("data") or {}
    keys = {data.get("runId"), data.get("approvalId"), data.get("confirmationId"), data.get("providerId")}
    return next((flow for flow, value in ids.items() if value in keys), None)


def test_every_event_on_the_bus_matches_its_schema(
    tenant, node: NodeSide, db: sa.Engine, redis_url: str, service: ServiceProcess, scripted
) -> None:
    ids = _exercise_every_flow(tenant, node, db, redis_url, service, scripted)

    deadline, seen = time.monotonic() + 45, {}
    while time.monotonic() < deadline:  # the outbox publishes within a second or so; expiry takes a poll
        events = bus_events(redis_url)
        seen = {flow: {e["type"] for e in events if _flow_of(e, ids) == flow} for flow in EXPECTED}
        if all(EXPECTED[flow] <= seen[flow] for flow in EXPECTED):
            break
        time.sleep(0.5)
    missing = {flow: sorted(EXPECTED[flow] - seen[flow]) for flow in EXPECTED if EXPECTED[flow] - seen[flow]}
    assert missing == {}, "these flows did not publish these events"

    found = [(v, e) for e in events for v in violations(e)]
    unexpected = sorted({v for v, _ in found if _known(v) is None})
    assert unexpected == [], "events outside their schema in contracts/events/ (fix the code or the contract)"
    _, by_type = schemas()
    exercised = {e["type"] for e in events if _flow_of(e, ids)}
    assert sorted(set(by_type) - exercised) == [], "schemas no flow exercised"
    ours = {_known(v) for v, e in found if _flow_of(e, ids) and e.get("source") == "agentos"}
    fixed = sorted(f"{k[0]}: {k[1]}" for k in KNOWN_DEVIATIONS if k not in ours)
    assert fixed == [], "these known deviations no longer occur: delete them from KNOWN_DEVIATIONS"
    rejected = hyvve_zod_violations([e for e in events if _flow_of(e, ids)])
    assert rejected == [], "events HYVVE's own Zod schemas reject (its consumer logs them as invalid)"
