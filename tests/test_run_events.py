"""Every run is announced on HYVVE's bus: started, then completed or failed, each exactly once."""

from __future__ import annotations

import json
import time

import httpx
import redis
import sqlalchemy as sa

from tests.node_side import Workspace
from tests.test_approvals import events_of


def test_a_run_announces_started_and_completed_once(
    client: httpx.Client, workspace: Workspace, redis_url: str, scripted
) -> None:
    run = client.post("/agents/scribe/runs", data={"message": "hello bus", "stream": "false"}).json()

    events = events_of(redis_url, run_id=run["run_id"], expect={"agent.run.started", "agent.run.completed"})

    kinds = [e["type"] for e in events]
    assert kinds.count("agent.run.started") == 1 and kinds.count("agent.run.completed") == 1
    completed = next(e for e in events if e["type"] == "agent.run.completed")
    assert completed["tenantId"] == workspace.id and completed["userId"] == workspace["member"].user_id
    assert completed["data"]["output"] == {"content": "Scripted reply: hello bus"}
    started = next(e for e in events if e["type"] == "agent.run.started")
    assert started["data"]["input"] == {"message": "hello bus"}
    assert completed["version"] == "1.0" and completed["source"] == "agentos"


def test_a_failed_run_announces_failed(client: httpx.Client, redis_url: str, scripted) -> None:
    scripted.add_fault({"status": 500, "count": 3})  # the first try and both retries

    run = client.post("/agents/scribe/runs", data={"message": "this fails", "stream": "false"}).json()

    assert run["status"] == "ERROR"
    kinds = [e["type"] for e in events_of(redis_url, run_id=run["run_id"], expect={"agent.run.failed"})]
    assert kinds.count("agent.run.failed") == 1
    assert "agent.run.completed" not in kinds
    failed = next(e for e in events_of(redis_url, run_id=run["run_id"]) if e["type"] == "agent.run.failed")
    assert failed["data"]["durationMs"] >= 0 and failed["data"]["error"]


def test_each_published_event_has_the_event_metadata_row_hyvves_consumer_updates(
    client: httpx.Client, workspace: Workspace, db: sa.Engine, redis_url: str, scripted
) -> None:
    run = client.post("/agents/scribe/runs", data={"message": "hello metadata", "stream": "false"}).json()
    events_of(redis_url, run_id=run["run_id"], expect={"agent.run.started", "agent.run.completed"})
    entries = {json.loads(fields[b"event"])["id"]: (entry_id.decode(), json.loads(fields[b"event"]))
               for entry_id, fields in redis.Redis.from_url(redis_url).xrange("hyvve:events:main")}
    ours = {event_id: entry for event_id, entry in entries.items() if entry[1]["data"].get("runId") == run["run_id"]}

    deadline, rows = time.monotonic() + 10, {}
    while time.monotonic() < deadline and len(rows) < len(ours):  # written when the outbox marks them published
        with db.connect() as conn:
            rows = {r.event_id: r for r in conn.execute(
                sa.text("SELECT * FROM event_metadata WHERE event_id = ANY(:ids)"), {"ids": list(ours)})}
        time.sleep(0.2)

    assert set(rows) == set(ours)
    for event_id, (stream_id, event) in ours.items():
        row = rows[event_id]
        assert (row.stream_id, row.type, row.source, row.tenant_id, row.correlation_id) == (
            stream_id, event["type"], "agentos", workspace.id, event["correlationId"])
        assert (row.status, row.attempts, row.processed_at) == ("PENDING", 0, None)
    with db.begin() as conn:  # what HYVVE's consumer does once it handled one (Prisma `update`: the row must exist)
        done = conn.execute(sa.text("UPDATE event_metadata SET status = 'COMPLETED', processed_at = now() "
                                    "WHERE event_id = ANY(:ids)"), {"ids": list(ours)})
    assert done.rowcount == len(ours) == 2


def test_events_are_published_once_when_their_event_metadata_cannot_be_written(
    client: httpx.Client, db: sa.Engine, redis_url: str, scripted
) -> None:
    with db.begin() as conn:  # HYVVE's table gone (or not writable): bookkeeping fails, publishing must not repeat
        conn.execute(sa.text("ALTER TABLE event_metadata RENAME TO event_metadata_away"))
    try:
        first = client.post("/agents/scribe/runs", data={"message": "no metadata 1", "stream": "false"}).json()
        events_of(redis_url, run_id=first["run_id"], expect={"agent.run.completed"})
        # The outbox publishes in order: once the next run's events are out, the first's would have repeated.
        second = client.post("/agents/scribe/runs", data={"message": "no metadata 2", "stream": "false"}).json()
        events_of(redis_url, run_id=second["run_id"], expect={"agent.run.completed"})
    finally:
        with db.begin() as conn:
            conn.execute(sa.text("ALTER TABLE event_metadata_away RENAME TO event_metadata"))

    kinds = [e["type"] for e in events_of(redis_url, run_id=first["run_id"])]
    assert sorted(kinds) == ["agent.run.completed", "agent.run.started"]
