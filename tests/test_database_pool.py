"""The service's pooled connections: ones the database closed are replaced before anything uses them."""

from __future__ import annotations

import threading
import time

import httpx
import sqlalchemy as sa

from tests.harness import ServiceProcess
from tests.node_side import NodeSide, Workspace

# Every idle connection of the service, closed the way a database restart or failover closes it. The
# timeout makes PostgreSQL wait until each backend has exited (and so has sent its FATAL and closed the
# socket): without it the function returns once the signal is sent, and a request in the next
# milliseconds can meet a connection that is still open and dies under its first statement, a race no pool
# check can win and not the case this test is about. Busy backends are left alone for the same reason.
TERMINATE_IDLE = sa.text(
    "SELECT count(*) FILTER (WHERE pg_terminate_backend(pid, 5000)) FROM pg_stat_activity "
    "WHERE application_name = 'hyvve-agentos' AND datname = current_database() AND state = 'idle'"
)


def _wait_for_outbox_drained(db: sa.Engine, timeout: float = 10) -> None:
    """The warm-up runs leave events for the outbox publisher, which holds a connection while it publishes."""
    deadline = time.monotonic() + timeout
    with db.connect() as conn:
        while conn.execute(sa.text("SELECT count(*) FROM ai.agentos_outbox WHERE published_at IS NULL")).scalar():
            assert time.monotonic() < deadline, "the outbox did not drain"
            conn.rollback()
            time.sleep(0.05)
    time.sleep(0.2)  # the publisher's last batch commits and its connection goes back to the pool


def test_connections_the_database_closed_are_replaced_before_anything_uses_them(
    client: httpx.Client, service: ServiceProcess, db: sa.Engine, scripted
) -> None:
    for i in range(3):  # the pool now holds connections of ours, idle
        assert client.post("/agents/scribe/runs", data={"message": f"warm {i}", "stream": "false"}).status_code == 200
    _wait_for_outbox_drained(db)
    logged = len(service.logs())

    with db.connect() as conn:
        closed = conn.execute(TERMINATE_IDLE).scalar()
    assert closed and closed > 0

    listed = [client.get("/approval-items").status_code for _ in range(3)]
    runs = [client.post("/agents/scribe/runs", data={"message": f"after {i}", "stream": "false"}) for i in range(5)]
    time.sleep(1.5)  # the background workers (outbox, continuations) poll meanwhile

    assert listed == [200] * 3 and [r.status_code for r in runs] == [200] * 5
    with db.connect() as conn:  # agno logs a failed write and answers anyway: every run must be stored
        stored = conn.execute(sa.text("SELECT count(*) FROM ai.agno_runs WHERE run_id = ANY(:ids)"),
                              {"ids": [r.json()["run_id"] for r in runs]}).scalar()
    assert stored == 5
    assert "terminating connection" not in service.logs()[logged:]  # no request and no worker ran into one


def _blocked_backend(db: sa.Engine, timeout: float = 10) -> int:
    """The service's backend that waits on our table lock, once it does."""
    deadline = time.monotonic() + timeout
    with db.connect() as conn:
        while time.monotonic() < deadline:
            pid = conn.execute(sa.text(
                "SELECT pid FROM pg_stat_activity WHERE application_name = 'hyvve-agentos' AND wait_event_type = 'Lock'"
            )).scalar()
            if pid:
                return int(pid)
            conn.rollback()
            time.sleep(0.02)
    raise AssertionError("no request of the service waited on the lock")


def test_a_request_whose_database_connection_dies_gets_a_503_and_keeps_its_connection(
    service: ServiceProcess, db: sa.Engine, node: NodeSide, workspace: Workspace
) -> None:
    # A fresh session token, so the credential lookup reaches the database (no cached answer). Its SQL carries
    # the token as a parameter: the error the lookup meets must not put it in the log.
    token = node.session(workspace["member"].user_id, workspace.id)
    logged = len(service.logs())
    with service.client(headers={"authorization": f"Bearer {token}"}) as http, db.connect() as locker:
        locker.execute(sa.text("LOCK TABLE sessions IN ACCESS EXCLUSIVE MODE"))
        answer: dict[str, httpx.Response] = {}
        request = threading.Thread(target=lambda: answer.update(r=http.get("/approval-items")))
        request.start()
        with db.connect() as conn:  # what a failover does to the statement in flight
            conn.execute(sa.text("SELECT pg_terminate_backend(:pid, 5000)"), {"pid": _blocked_backend(db)})
        request.join(30)
        locker.rollback()

        failed = answer["r"]
        first_connection = _client_port(failed)
        assert failed.status_code == 503 and failed.headers["retry-after"] == "1"
        assert failed.json()["error"]["code"] == "database_unavailable"
        time.sleep(0.5)  # long enough for the server to have closed the connection, if it were going to
        after = http.get("/approval-items")
        assert after.status_code == 200
        # The same TCP connection served both: a server that closes after an error makes the client's next
        # request on it (nginx's upstream keepalive, any HTTP client's pool) race the close.
        assert _client_port(after) == first_connection
    logs = service.logs()[logged:]
    assert "database unavailable on GET /approval-items" in logs
    assert token not in logs


def _client_port(response: httpx.Response) -> int:
    return response.extensions["network_stream"].get_extra_info("client_addr")[1]
