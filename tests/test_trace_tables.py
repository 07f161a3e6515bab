"""Spans reach agno's trace tables (what the Control Plane reads) in batches, off the request path, and a
sample ratio below 1 keeps errors and approvals whole."""

from __future__ import annotations

import threading
import time
import uuid
from collections.abc import Iterator

import pytest
import sqlalchemy as sa
from opentelemetry import trace
from opentelemetry.sdk.trace import TracerProvider
from opentelemetry.sdk.trace.export import BatchSpanProcessor
from opentelemetry.trace import SpanKind, Status, StatusCode

from agno.db.postgres import PostgresDb

from agents.observability.tracing import RequestContextSpanProcessor, TraceTableExporter


@pytest.fixture
def agno_db(db: sa.Engine) -> Iterator[PostgresDb]:
    schema = f"traces_{uuid.uuid4().hex[:8]}"
    yield PostgresDb(db_engine=db, db_schema=schema)
    with db.begin() as conn:
        conn.execute(sa.text(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE'))


def _provider(agno_db: PostgresDb, ratio: float = 1.0) -> TracerProvider:
    provider = TracerProvider()
    provider.add_span_processor(RequestContextSpanProcessor())  # marks the spans right under a request
    # A long delay: nothing is written until the flush, as under load between two batches.
    provider.add_span_processor(BatchSpanProcessor(TraceTableExporter(agno_db, ratio), schedule_delay_millis=60_000))
    return provider


def _request(tracer: trace.Tracer, error: bool = False, approval: bool = False) -> str:
    """A request's trace as the service makes it: server span > agent run > model call (+ approval.decision).
    agno's tables get all but the server span (OTLP's alone)."""
    with tracer.start_as_current_span("POST /agents/{agent_id}/runs", kind=SpanKind.SERVER) as server:
        with tracer.start_as_current_span("Agent.arun", attributes={"agno.agent.id": "scribe", "agno.run.id": "r"}):
            with tracer.start_as_current_span("OpenAIChat.ainvoke") as model:
                if error:
                    model.set_status(Status(StatusCode.ERROR, "provider failed"))
            if approval:
                with tracer.start_as_current_span("approval.decision", attributes={"hyvve.approval_id": "a"}):
                    pass
        return format(server.get_span_context().trace_id, "032x")


def _stored(agno_db: PostgresDb) -> dict[str, int]:
    """trace id -> spans stored, for every trace row."""
    schema = agno_db.db_schema
    with agno_db.db_engine.connect() as conn:
        rows = conn.execute(sa.text(
            f'SELECT t.trace_id, count(s.span_id) FROM "{schema}".agno_traces t '
            f'LEFT JOIN "{schema}".agno_spans s USING (trace_id) GROUP BY t.trace_id'
        ))
        return {trace_id: spans for trace_id, spans in rows}


def test_batched_spans_land_in_agnos_tables_after_a_flush(agno_db: PostgresDb) -> None:
    provider = _provider(agno_db)
    tracer = provider.get_tracer(__name__)
    trace_ids = [_request(tracer) for _ in range(20)]

    assert provider.force_flush(10_000)

    assert _stored(agno_db) == {trace_id: 2 for trace_id in trace_ids}
    found = agno_db.get_trace(trace_id=trace_ids[0])  # what agno's /traces/{id} route reads
    # The run is the trace's root, so agno's filters find it by agent and run.
    assert found is not None and found.name == "Agent.arun" and found.status == "OK"
    assert (found.agent_id, found.run_id) == ("scribe", "r")
    tree = agno_db.get_spans(trace_id=trace_ids[0])
    assert [s.name for s in tree if s.parent_span_id is None] == ["Agent.arun"]


def test_a_request_that_does_no_work_is_not_a_trace_row(agno_db: PostgresDb) -> None:
    provider = _provider(agno_db)
    tracer = provider.get_tracer(__name__)
    with tracer.start_as_current_span("GET /health", kind=SpanKind.SERVER):
        pass
    run = _request(tracer)
    provider.force_flush(10_000)

    assert _stored(agno_db) == {run: 2}


def test_a_trace_split_across_batches_is_one_row_spanning_all_of_it(agno_db: PostgresDb) -> None:
    provider = _provider(agno_db)
    tracer = provider.get_tracer(__name__)
    with tracer.start_as_current_span("POST /teams/{team_id}/runs", kind=SpanKind.SERVER) as server:
        with tracer.start_as_current_span("Team.arun", attributes={"agno.team.id": "platform", "agno.run.id": "t1"}) as team:
            pass
        provider.force_flush(10_000)  # the child's batch is written before its root has ended
        with tracer.start_as_current_span("approval.decision") as child:
            pass
    provider.force_flush(10_000)

    trace_id = format(server.get_span_context().trace_id, "032x")
    assert _stored(agno_db) == {trace_id: 2}
    found = agno_db.get_trace(trace_id=trace_id)
    assert found is not None and found.team_id == "platform"  # the run's context, from the first batch
    # agno's upsert rules: the earliest start and the latest end of both batches
    start, end = team.start_time, child.end_time
    assert (found.start_time.timestamp(), found.end_time.timestamp()) == pytest.approx((start / 1e9, end / 1e9), abs=1e-3)


def test_below_ratio_one_errors_and_approvals_are_kept_whole_and_a_share_of_the_rest(agno_db: PostgresDb) -> None:
    provider = _provider(agno_db, ratio=0.25)
    tracer = provider.get_tracer(__name__)
    plain = [_request(tracer) for _ in range(200)]
    failed = [_request(tracer, error=True) for _ in range(10)]
    approvals = [_request(tracer, approval=True) for _ in range(10)]

    provider.force_flush(10_000)

    stored = _stored(agno_db)
    assert all(stored.get(trace_id) == 2 for trace_id in failed)
    assert all(stored.get(trace_id) == 3 for trace_id in approvals)
    kept = [trace_id for trace_id in plain if trace_id in stored]
    assert 20 <= len(kept) <= 80, len(kept)  # 25% of 200, give or take
    assert all(stored[trace_id] == 2 for trace_id in kept)  # never a partial trace


def test_a_span_ending_after_its_root_follows_the_traces_decision(agno_db: PostgresDb) -> None:
    provider = _provider(agno_db, ratio=0.0)
    tracer = provider.get_tracer(__name__)
    # A background run: the request's span ends before the run's span does.
    with tracer.start_as_current_span("POST /agents/{agent_id}/runs", kind=SpanKind.SERVER) as dropped:
        late_ok = tracer.start_span("Agent.arun")
    with tracer.start_as_current_span("POST /agents/{agent_id}/runs", kind=SpanKind.SERVER) as failing:
        late_error = tracer.start_span("Agent.arun")
    provider.force_flush(10_000)
    late_ok.end()
    late_error.set_status(Status(StatusCode.ERROR, "the run failed"))
    late_error.end()

    provider.force_flush(10_000)

    stored = _stored(agno_db)
    assert format(dropped.get_span_context().trace_id, "032x") not in stored
    assert stored.get(format(failing.get_span_context().trace_id, "032x")) == 1  # the error, though its root went


def test_a_batch_whose_connection_dies_is_written_again_on_a_fresh_one(agno_db: PostgresDb, db: sa.Engine) -> None:
    provider = _provider(agno_db)
    tracer = provider.get_tracer(__name__)
    _request(tracer)
    assert provider.force_flush(10_000)  # the tables exist and the pool holds the exporter's connection
    trace_ids = [_request(tracer) for _ in range(5)]

    with db.connect() as locker:
        # The batch's transaction waits on this lock after its trace rows, then its connection is cut.
        locker.execute(sa.text(f'LOCK TABLE "{agno_db.db_schema}".agno_spans IN ACCESS EXCLUSIVE MODE'))
        flushed: list[bool] = []
        flush = threading.Thread(target=lambda: flushed.append(provider.force_flush(30_000)))
        flush.start()
        with db.connect() as conn:
            pid = None
            for _ in range(200):
                pid = conn.execute(sa.text(
                    "SELECT pid FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND query LIKE '%agno_spans%' "
                    "AND pid <> pg_backend_pid()"
                )).scalar()
                if pid:
                    break
                conn.rollback()
                time.sleep(0.05)
            assert pid, "the batch never reached the spans table"
            assert conn.execute(sa.text("SELECT pg_terminate_backend(:pid, 5000)"), {"pid": pid}).scalar()
        locker.rollback()
        flush.join(30)

    stored = _stored(agno_db)
    assert {trace_id: stored.get(trace_id) for trace_id in trace_ids} == {trace_id: 2 for trace_id in trace_ids}
