"""The service's pooled connections: ones the database closed are replaced before anything uses them."""

from __future__ import annotations

import time

import httpx
import sqlalchemy as sa

from tests.harness import ServiceProcess


def test_connections_the_database_closed_are_replaced_before_anything_uses_them(
    client: httpx.Client, service: ServiceProcess, db: sa.Engine, scripted
) -> None:
    for i in range(3):  # the pool now holds connections of ours, idle
        assert client.post("/agents/assistant/runs", data={"message": f"warm {i}", "stream": "false"}).status_code == 200
    logged = len(service.logs())

    # What a database restart or failover does to every open connection.
    with db.connect() as conn:
        closed = conn.execute(sa.text(
            "SELECT count(*) FILTER (WHERE pg_terminate_backend(pid)) FROM pg_stat_activity "
            "WHERE application_name = 'hyvve-agentos' AND datname = current_database()"
        )).scalar()
    assert closed and closed > 0

    listed = [client.get("/approval-items").status_code for _ in range(3)]
    runs = [client.post("/agents/assistant/runs", data={"message": f"after {i}", "stream": "false"}) for i in range(5)]
    time.sleep(1.5)  # the background workers (outbox, continuations) poll meanwhile

    assert listed == [200] * 3 and [r.status_code for r in runs] == [200] * 5
    with db.connect() as conn:  # agno logs a failed write and answers anyway: every run must be stored
        stored = conn.execute(sa.text("SELECT count(*) FROM ai.agno_runs WHERE run_id = ANY(:ids)"),
                              {"ids": [r.json()["run_id"] for r in runs]}).scalar()
    assert stored == 5
    assert "terminating connection" not in service.logs()[logged:]  # no request and no worker ran into one
