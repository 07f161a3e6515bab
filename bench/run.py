"""`make bench` / `python -m bench`: the service against two agno AgentOS anchors, on this machine, in one run:
plain agno (no auth, no tracing: the floor) and agno secured (its own JWT authorization, user isolation and
tracing: what a team would run instead). Every ratio is printed against both.

Starts everything (bench/infra.py), drives each target with the same bounded load from a separate process
(bench/load.py), and writes `bench/results/latest.{json,md}` (`--smoke`: `smoke.{json,md}`). Scenarios:

1. runs        non-streaming runs at concurrency 1, 8, 32: runs/s, p50/p99, CPU per run from /proc
2. streaming   time to first event / first content, gaps between content events: gateway vs direct
3. session     latency of turn 1, 50 and 200 of one session
4. approvals   pause -> decision -> completion, decisions/s (both agno anchors: agno's continue route)
5. knowledge   the service's workspace hybrid search vs agno PgVector's, over 10k and 100k chunks
6. memory      RSS per idle open SSE stream (500 streams waiting on a slow model)
7. rls         runs/s of the service as its least-privilege role, with its row-level security policies and without

`--profile` instead samples the service and plain agno with py-spy under concurrency-32 load and writes
`bench/results/profile.md` (see bench/profile.py).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import threading
import time
import traceback
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import sqlalchemy as sa

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench import infra  # noqa: E402
from bench.infra import Stack, Target  # noqa: E402
from bench.report import markdown  # noqa: E402
from bench.stats import latency_summary, ms, ratio, slope_ms_per_100, window_median  # noqa: E402

RESULTS = ROOT / "bench" / "results"
SCENARIOS = ("runs", "streaming", "session", "approvals", "knowledge", "memory", "rls")

FULL: dict[str, Any] = {
    # levels: concurrency -> (count, deadline s)
    "runs": {"levels": {1: (60, 25), 8: (240, 30), 32: (480, 40)}, "warmup": 2, "two_processes": True,
             "db_runs": 100, "db_settle_s": 11},
    "streaming": {"count": 40, "warmup": 3, "deadline_s": 60, "chunk_delay_ms": 10},
    "session": {"turns": 200, "report": (1, 50, 200), "deadline_s": 120},
    "approvals": {"cycles": 15, "batch": 40, "concurrency": 8, "deadline_s": 90},
    "knowledge": {"sizes": "10000,100000", "queries": 200, "mode_budget_s": 10, "deadline_s": 1200},
    "memory": {"streams": 500, "deadline_s": 90},
    "rls": {"concurrency": 8, "count": 160, "deadline_s": 40, "rounds": 3},
}
SMOKE: dict[str, Any] = {
    "runs": {"levels": {1: (8, 8), 8: (24, 8), 32: (64, 10)}, "warmup": 1, "two_processes": True, "db_runs": 20,
             "db_settle_s": 11},
    "streaming": {"count": 5, "warmup": 1, "deadline_s": 15, "chunk_delay_ms": 10},
    "session": {"turns": 20, "report": (1, 10, 20), "deadline_s": 20},
    "approvals": {"cycles": 2, "batch": 6, "concurrency": 3, "deadline_s": 30},
    "knowledge": {"sizes": "2000", "queries": 10, "mode_budget_s": 2, "deadline_s": 300},
    "memory": {"streams": 40, "deadline_s": 30},
    "rls": {"concurrency": 8, "count": 40, "deadline_s": 15, "rounds": 1},
}


def say(line: str = "") -> None:
    print(line, flush=True)


# -- the load generator, in its own process ------------------------------------------------------------------------


def load(spec: dict[str, Any], on_line: Callable[[dict[str, Any], subprocess.Popen[str]], None] | None = None) -> dict[str, Any]:
    """Run bench/load.py on `spec`; `on_line` sees each progress line (measuring, ready) as it arrives."""
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False) as f:
        json.dump(spec, f)
    process = subprocess.Popen([sys.executable, "-m", "bench.load", f.name], cwd=ROOT, stdin=subprocess.PIPE,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    timer = threading.Timer(float(spec.get("deadline_s", 60)) * 2 + 60, process.kill)  # never hangs the run
    timer.start()
    try:
        last = None
        assert process.stdout is not None
        for raw in process.stdout:
            line = raw.strip()
            if not line.startswith("{"):
                continue
            last = json.loads(line)
            if on_line is not None and ("measuring" in last or "ready" in last or "phase" in last):
                on_line(last, process)
        process.wait()
        stderr = process.stderr.read() if process.stderr else ""
    finally:
        timer.cancel()
        os.unlink(f.name)
    if process.returncode != 0 or last is None or "measuring" in last or "ready" in last or "phase" in last:
        raise RuntimeError(f"load generator failed ({process.returncode}): {stderr[-2000:]}")
    return last


def measured(stack: Stack, spec: dict[str, Any]) -> tuple[dict[str, Any], dict[str, float]]:
    """Run the load and return it with the CPU seconds every part spent while it was measuring."""
    marks: dict[str, dict[str, float]] = {}

    def mark(line: dict[str, Any], _: subprocess.Popen[str]) -> None:
        marks["start"] = stack.cpu()

    result = load(spec, mark)
    end = stack.cpu()
    start = marks.get("start", end)
    return result, {k: round(end[k] - start[k], 3) for k in end}


# -- 1. non-streaming runs -------------------------------------------------------------------------------------------


def scenario_runs(stack: Stack, plan: dict[str, Any]) -> dict[str, Any]:
    rows = []
    targets = [stack.plain, stack.secured, stack.service_gateway, stack.service_direct]
    for concurrency, (count, deadline) in plan["levels"].items():
        for target in targets:
            spec = {"mode": "runs", "target": target.spec(), "concurrency": concurrency, "count": count,
                    "warmup": plan["warmup"] * concurrency, "deadline_s": deadline}
            result, cpu = measured(stack, spec)
            done = result["completed"]
            server = target.cpu_key
            row = {
                "concurrency": concurrency, "target": target.name, "completed": done, "errors": result["error_count"],
                "error_samples": result["errors"], "wall_s": round(result["wall_s"], 2),
                "runs_per_s": round(done / result["wall_s"], 2) if result["wall_s"] else None,
                **latency_summary(result["latencies"]),
                "cpu_ms_per_run": {part: round(seconds * 1000 / done, 2) if done else None for part, seconds in cpu.items()},
                "server_cpu_ms_per_run": round(cpu[server] * 1000 / done, 2) if done else None,
                "client_cpu_s": round(result["client_cpu_s"], 2),
            }
            rows.append(row)
            _say_row(row)
    if plan.get("two_processes"):
        rows += _two_processes(stack, plan)
    # Two-process rows are compared with each anchor's one-process row at that concurrency.
    for key, anchor in (("ratio", stack.plain), ("ratio_secured", stack.secured)):
        base_rows = {r["concurrency"]: r for r in rows if r["target"] == anchor.name}
        for row in rows:
            base = base_rows[row["concurrency"]]
            row[key] = {"runs_per_s": ratio(row["runs_per_s"], base["runs_per_s"]),
                        "p50": ratio(row["p50_ms"], base["p50_ms"]), "p99": ratio(row["p99_ms"], base["p99_ms"]),
                        "server_cpu": ratio(row["server_cpu_ms_per_run"], base["server_cpu_ms_per_run"])}
    say("  database work per run:")
    return {"rows": rows, "db": db_work(stack, plan["db_runs"], plan["db_settle_s"])}


def _say_row(row: dict[str, Any]) -> None:
    say(f"  c={row['concurrency']:<3} {row['target']:<18} {row['runs_per_s']:>7} runs/s  p50 {row['p50_ms']} ms  "
        f"p99 {row['p99_ms']} ms  server CPU {row['server_cpu_ms_per_run']} ms/run  errors {row['errors']}")


def _two_processes(stack: Stack, plan: dict[str, Any]) -> list[dict[str, Any]]:
    """At the top concurrency, every side on two processes: both agno anchors with two uvicorn workers, and the
    service as docker-compose.yml deploys it, two replicas behind the gateway. Server CPU is every process's."""
    concurrency = max(plan["levels"])
    count, deadline = plan["levels"][concurrency]
    rows = []
    variants: list[tuple[str, Callable[[], Any]]] = [
        ("plain agno, 2 workers", lambda: infra.plain_variant(stack, 2)),
        ("agno secured, 2 workers", lambda: infra.plain_variant(stack, 2, secured=True)),
        ("service, 2 replicas (gateway)", lambda: infra.variant(stack, "replicas2")),
    ]
    for name, scaled in variants:
        with scaled() as target:
            load({"mode": "runs", "target": target.spec(), "concurrency": 8, "count": 24, "warmup": 8,
                  "deadline_s": 30})  # warm both processes
            marks: dict[str, float] = {}

            def mark(line: dict[str, Any], _: subprocess.Popen[str], target: Target = target) -> None:
                marks["start"] = target.cpu_seconds()

            spec = {"mode": "runs", "target": target.spec(), "concurrency": concurrency, "count": count,
                    "warmup": plan["warmup"] * concurrency, "deadline_s": deadline}
            result = load(spec, mark)
            server = target.cpu_seconds() - marks.get("start", 0.0)
            done = result["completed"]
            row = {
                "concurrency": concurrency, "target": name, "completed": done, "errors": result["error_count"],
                "error_samples": result["errors"], "wall_s": round(result["wall_s"], 2),
                "runs_per_s": round(done / result["wall_s"], 2) if result["wall_s"] else None,
                **latency_summary(result["latencies"]), "cpu_ms_per_run": {},
                "server_cpu_ms_per_run": round(server * 1000 / done, 2) if done else None,
                "client_cpu_s": round(result["client_cpu_s"], 2),
            }
            rows.append(row)
            _say_row(row)
    return rows


# -- 1b. database work per run -------------------------------------------------------------------------------------

_DB_STATS = sa.text("SELECT xact_commit, xact_rollback, tup_returned, tup_fetched, tup_inserted, tup_updated, "
                    "tup_deleted FROM pg_stat_database WHERE datname = current_database()")
_TABLE_STATS = sa.text("SELECT schemaname || '.' || relname, n_tup_ins, n_tup_upd, n_tup_del FROM pg_stat_user_tables")


def _pg_stats(engine: sa.Engine) -> dict[str, Any]:
    with engine.connect() as conn:
        database = dict(conn.execute(_DB_STATS).first()._mapping)  # type: ignore[union-attr]
        tables = {name: (ins, upd, dele) for name, ins, upd, dele in conn.execute(_TABLE_STATS)}
    return {"database": database, "tables": tables}


def db_work(stack: Stack, runs: int, settle_s: float) -> dict[str, Any]:
    """Transactions and rows written per run, from PostgreSQL's cumulative statistics (pg_stat_database,
    pg_stat_user_tables): `runs` runs at concurrency 4 per target, each target alone, statistics read after
    backends have flushed them (PostgreSQL reports an idle backend's counters within 10 s)."""
    engine = sa.create_engine(stack.database_url, poolclass=sa.pool.NullPool)
    out: dict[str, Any] = {"runs": runs}
    try:
        for target in (stack.plain, stack.secured, stack.service_gateway):
            time.sleep(settle_s)
            before = _pg_stats(engine)
            result = load({"mode": "runs", "target": target.spec(), "concurrency": 4, "count": runs, "warmup": 0,
                           "deadline_s": 60})
            time.sleep(settle_s)
            after = _pg_stats(engine)
            done = max(1, result["completed"])
            per_run = {k: round((after["database"][k] - before["database"][k]) / done, 1) for k in after["database"]}
            tables = {}
            for name, (ins, upd, dele) in after["tables"].items():
                was = before["tables"].get(name, (0, 0, 0))
                delta = (ins - was[0], upd - was[1], dele - was[2])
                if any(delta):
                    tables[name] = [round(d / done, 2) for d in delta]
            out[target.name] = {"completed": result["completed"], "per_run": per_run,
                                "tables_ins_upd_del_per_run": dict(sorted(tables.items()))}
            say(f"  {target.name:<18} per run: {per_run['xact_commit']} commits, {per_run['xact_rollback']} rollbacks, "
                f"{per_run['tup_inserted']} rows inserted, {per_run['tup_updated']} updated "
                f"(includes the other process's background work)")
    finally:
        engine.dispose()
    return out


# -- 2. streaming ------------------------------------------------------------------------------------------------------


def split_at_model_call(samples: list[dict[str, Any]], arrivals: list[float], until: str) -> dict[str, Any]:
    """Where the time of one-at-a-time requests goes: from sending until the model stand-in receives the run's
    model call (the target's own work before the model), and from then until `until` (the model's scripted
    latency, then the target's work after it). Each sample's model call is the first one after it was sent."""
    before: list[float] = []
    after: list[float] = []
    for sample in samples:
        sent = sample.get("sent_at")
        hit = next((t for t in arrivals if sent is not None and sent <= t <= sent + sample[until]), None)
        if hit is not None:
            before.append(hit - sent)
            after.append(sample[until] - (hit - sent))
    return {"before_model_call": latency_summary(before), "model_call_to_end": latency_summary(after)}


def scenario_streaming(stack: Stack, plan: dict[str, Any]) -> dict[str, Any]:
    before = stack.model_config()
    stack.model_config(chunk_delay_ms=plan["chunk_delay_ms"])
    rows = []
    try:
        for target in (stack.plain, stack.secured, stack.service_direct, stack.service_gateway):
            spec = {"mode": "stream", "target": target.spec(), "count": plan["count"], "warmup": plan["warmup"],
                    "deadline_s": plan["deadline_s"]}
            since = time.time()
            result = load(spec)
            samples = result["samples"]
            split = split_at_model_call(samples, stack.model_arrivals(since), "first_content")
            gaps = [g for s in samples for g in s["gaps"]]
            row = {
                "target": target.name, "streams": len(samples), "errors": result["error_count"],
                "error_samples": result["errors"],
                "first_event": latency_summary([s["first_event"] for s in samples]),
                "first_content": latency_summary([s["first_content"] for s in samples]),
                "gap": latency_summary(gaps),
                "total": latency_summary([s["total"] for s in samples]),
                "content_events": round(sum(s["content_events"] for s in samples) / len(samples), 1) if samples else None,
                "first_content_split": split,
            }
            rows.append(row)
            say(f"  {target.name:<18} first event p50 {row['first_event']['p50_ms']} ms, first content p50 "
                f"{row['first_content']['p50_ms']} ms, gap p50 {row['gap']['p50_ms']} ms  errors {row['errors']}")
    finally:
        stack.model_config(chunk_delay_ms=before["chunk_delay_ms"])
    by = {r["target"]: r for r in rows}
    direct, gateway = by[stack.service_direct.name], by[stack.service_gateway.name]

    def added(key: str, q: str, base: dict[str, Any] = direct) -> float | None:
        a, b = gateway[key][q], base[key][q]
        return None if a is None or b is None else round(a - b, 2)

    return {"chunk_delay_ms": plan["chunk_delay_ms"], "rows": rows,
            "gateway_added_ms": {"first_event_p50": added("first_event", "p50_ms"),
                                 "first_content_p50": added("first_content", "p50_ms"),
                                 "gap_p50": added("gap", "p50_ms"), "gap_p99": added("gap", "p99_ms")},
            # The service through the gateway minus each agno anchor served directly (p50 ms).
            "gateway_vs_anchor_ms": {anchor.name: {"first_event_p50": added("first_event", "p50_ms", by[anchor.name]),
                                                   "first_content_p50": added("first_content", "p50_ms", by[anchor.name])}
                                     for anchor in (stack.plain, stack.secured)}}


# -- 3. session growth ---------------------------------------------------------------------------------------------


def _session_size(stack: Stack, schema: str, session_id: str | None) -> dict[str, Any]:
    if not session_id:
        return {}
    engine = sa.create_engine(stack.database_url)
    try:
        with engine.connect() as conn:
            row_bytes = conn.execute(sa.text(f'SELECT pg_column_size(s.*) FROM "{schema}".agno_sessions s '
                                             "WHERE session_id = :id"), {"id": session_id}).scalar()
            runs = conn.execute(sa.text(f'SELECT count(*), sum(pg_column_size(r.*)) FROM "{schema}".agno_runs r '
                                        "WHERE session_id = :id"), {"id": session_id}).first()
        return {"session_row_kb": round((row_bytes or 0) / 1024, 1), "run_rows": runs[0],
                "run_rows_kb": round((runs[1] or 0) / 1024, 1)}
    except sa.exc.SQLAlchemyError as exc:
        return {"size_error": str(exc).splitlines()[0]}
    finally:
        engine.dispose()


def scenario_session(stack: Stack, plan: dict[str, Any]) -> dict[str, Any]:
    rows = []
    for target, schema in ((stack.plain, infra.PLAIN_SCHEMA), (stack.secured, infra.SECURED_SCHEMA),
                           (stack.service_gateway, infra.SERVICE_SCHEMA)):
        result = load({"mode": "session", "target": target.spec(), "turns": plan["turns"], "deadline_s": plan["deadline_s"]})
        latencies = result["latencies"]
        row: dict[str, Any] = {"target": target.name, "turns": len(latencies), "errors": result["error_count"],
                               "error_samples": result["errors"], "turn_ms": {}, "window_ms": {}}
        for turn in plan["report"]:
            if turn <= len(latencies):
                row["turn_ms"][turn] = ms(latencies[turn - 1])
                row["window_ms"][turn] = ms(window_median(latencies, turn))
        first, last = plan["report"][0], plan["report"][-1]
        row["last_over_first"] = ratio(row["window_ms"].get(last), row["window_ms"].get(first))
        row["all"] = latency_summary(latencies)
        row["slope_ms_per_100_turns"] = slope_ms_per_100(latencies)
        row["latencies_ms"] = [ms(v) for v in latencies]
        row.update(_session_size(stack, schema, result.get("session_id")))
        rows.append(row)
        say(f"  {target.name:<18} turns {row['turns']}: " + ", ".join(
            f"turn {t} {row['window_ms'].get(t)} ms" for t in plan["report"]) + f"  (last/first {row['last_over_first']})")
    plain, secured = rows[0], rows[1]
    for row in rows:
        row["ratio"] = {t: ratio(row["window_ms"].get(t), plain["window_ms"].get(t)) for t in plan["report"]}
        row["ratio_secured"] = {t: ratio(row["window_ms"].get(t), secured["window_ms"].get(t)) for t in plan["report"]}
    return {"report_turns": list(plan["report"]), "window": "median of turns t-2..t+2", "rows": rows}


# -- 4. approvals ------------------------------------------------------------------------------------------------


def measure_approvals(stack: Stack, target: Target, plan: dict[str, Any]) -> dict[str, Any]:
    """One target's approvals: `cycles` one at a time (latency), then a `batch` paused and decided `concurrency` at
    a time (throughput, and the server's CPU per phase)."""
    spec = {"mode": "approvals", "target": target.spec(),
            **{k: plan[k] for k in ("cycles", "batch", "concurrency", "deadline_s")}}
    since = time.time()
    marks: dict[str, float] = {}
    result = load(spec, lambda line, _: marks.setdefault(line.get("phase", ""), target.cpu_seconds()))
    cycles = result["cycles"]
    cpu = {}
    if result["batch"] and {"pausing", "paused", "completed"} <= marks.keys():  # the batch: paused, then decided
        cpu = {"pause": round((marks["paused"] - marks["pausing"]) * 1000 / result["batch"], 1),
               "decision_to_completed": round((marks["completed"] - marks["paused"]) * 1000 / result["batch"], 1)}
    row = {
        "target": target.name,
        "flow": "approval item: POST /approval-items/{id}/resolve, run continues in the background"
        if target.approvals == "service" else "agno HITL: POST .../runs/{id}/continue with the tool confirmed",
        "cycles": len(cycles), "errors": result["error_count"], "error_samples": result["errors"],
        "pause": latency_summary([c["pause"] for c in cycles]),
        "decision_call": latency_summary([c["decision"] for c in cycles]),
        "decision_to_completed": latency_summary([c["completion"] for c in cycles]),
        "decision_split": split_at_model_call(cycles, stack.model_arrivals(since), "completion"),
        "server_cpu_ms_per_approval": cpu,
        "batch": result["batch"],
        "decisions_per_s": round(result["decided"] / result["decisions_wall_s"], 2) if result["decisions_wall_s"] else None,
        "completions_per_s": round(result["batch"] / result["completed_wall_s"], 2) if result["completed_wall_s"] else None,
    }
    say(f"  {target.name:<18} pause p50 {row['pause']['p50_ms']} ms, decision->completed p50 "
        f"{row['decision_to_completed']['p50_ms']} ms, decisions/s {row['decisions_per_s']}, completions/s "
        f"{row['completions_per_s']}, server CPU per approval {cpu}  errors {row['errors']}")
    return row


def scenario_approvals(stack: Stack, plan: dict[str, Any]) -> dict[str, Any]:
    rows = [measure_approvals(stack, target, plan) for target in (stack.plain, stack.secured, stack.service_gateway)]
    for key, base in (("ratio", rows[0]), ("ratio_secured", rows[1])):
        for row in rows:
            row[key] = {
                "pause_p50": ratio(row["pause"]["p50_ms"], base["pause"]["p50_ms"]),
                "decision_to_completed_p50": ratio(row["decision_to_completed"]["p50_ms"],
                                                   base["decision_to_completed"]["p50_ms"]),
                "completions_per_s": ratio(row["completions_per_s"], base["completions_per_s"]),
            }
    return {"rows": rows}


# -- 5. knowledge ------------------------------------------------------------------------------------------------------


def scenario_knowledge(stack: Stack, plan: dict[str, Any]) -> dict[str, Any]:
    command = [sys.executable, "-m", "bench.knowledge", "--db-url", stack.database_url, "--sizes", plan["sizes"],
               "--queries", str(plan["queries"]), "--mode-budget-s", str(plan["mode_budget_s"])]
    done = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=plan["deadline_s"])
    lines = [line for line in done.stdout.splitlines() if line.startswith("{")]
    if done.returncode != 0 or not lines:
        raise RuntimeError(f"bench.knowledge failed ({done.returncode}): {done.stderr[-2000:]}")
    result = json.loads(lines[-1])
    for size in result["sizes"]:
        say(f"  {size['chunks']:>6} chunks: service hybrid (one workspace) p50 {size['service_hybrid']['p50_ms']} ms, "
            f"agno hybrid + workspace filter p50 {size['hybrid_ws_filter']['p50_ms']} ms "
            f"(n {size['hybrid_ws_filter']['n']}), agno hybrid p50 {size['hybrid']['p50_ms']} ms")
    return {"label": "the service's workspace-scoped hybrid search against agno's PgVector", **result}


# -- 6. memory per idle stream -------------------------------------------------------------------------------------


def scenario_memory(stack: Stack, plan: dict[str, Any]) -> dict[str, Any]:
    rows = []
    before_config = stack.model_config()
    # The model answers after 100 s (the providers' timeout is 120 s): every stream stays open on a run that
    # waits for it, having sent RunStarted. The streams are closed long before.
    stack.model_config(latency_ms=100_000)
    try:
        for target in (stack.plain, stack.secured, stack.service_gateway):
            rss_before = infra.rss_bytes(target.pid)
            nginx_pid = stack.gateway.process.pid if stack.gateway.process else None
            nginx_before = sum(infra.rss_bytes(p) for p in infra.descendants(nginx_pid)) if nginx_pid else 0
            seen: dict[str, Any] = {}

            def ready(line: dict[str, Any], process: subprocess.Popen[str]) -> None:
                time.sleep(1.0)  # let the last streams settle
                seen["rss_open"] = infra.rss_bytes(target.pid)
                seen["nginx_open"] = sum(infra.rss_bytes(p) for p in infra.descendants(nginx_pid)) if nginx_pid else 0
                seen["opened"] = line["opened"]
                assert process.stdin is not None
                process.stdin.write("close\n")
                process.stdin.flush()

            result = load({"mode": "hold", "target": target.spec(), "count": plan["streams"],
                           "deadline_s": plan["deadline_s"]}, ready)
            time.sleep(3)
            opened = seen.get("opened") or result["opened"]
            rss_open = seen.get("rss_open", 0)
            row = {
                "target": target.name, "streams": opened, "failed": result["failed"], "error_samples": result["errors"],
                "rss_before_mb": round(rss_before / 1048576, 1), "rss_open_mb": round(rss_open / 1048576, 1),
                "rss_after_close_mb": round(infra.rss_bytes(target.pid) / 1048576, 1),
                "kib_per_stream": round((rss_open - rss_before) / 1024 / opened, 1) if opened else None,
            }
            if target.via_gateway:
                grown = seen.get("nginx_open", 0) - nginx_before
                row["nginx_kib_per_stream"] = round(grown / 1024 / opened, 1) if opened else None
            rows.append(row)
            say(f"  {target.name:<18} {opened} streams open: RSS {row['rss_before_mb']} -> {row['rss_open_mb']} MB "
                f"({row['kib_per_stream']} KiB/stream), after close {row['rss_after_close_mb']} MB, failed {row['failed']}")
    finally:
        stack.model_config(latency_ms=before_config["latency_ms"])
    for row in rows:
        row["ratio"] = {"kib_per_stream": ratio(row["kib_per_stream"], rows[0]["kib_per_stream"])}
        row["ratio_secured"] = {"kib_per_stream": ratio(row["kib_per_stream"], rows[1]["kib_per_stream"])}
    return {"how": "foreground SSE runs (stream=true) waiting on a model that answers after 100 s; RSS of the "
                   "server process before, with all streams open (each has received RunStarted), and 3 s after closing",
            "rows": rows}


# -- 7. the cost of row-level security ---------------------------------------------------------------------------

RLS_SCHEMA = "ai_rls"


def scenario_rls(stack: Stack, plan: dict[str, Any]) -> dict[str, Any]:
    """The service as production runs it (its least-privilege role, docs/adr/0009), non-streaming runs with the
    policies of docs/adr/0010 FORCEd, then with them off (NO FORCE: the role owns the tables, so it is exempt),
    alternating for `rounds` rounds on the same process and tables so that drift on a shared machine hits both.
    Both run the per-transaction `set_config` (the tenant hook); the difference is the policies' evaluation."""
    rows = []
    with infra.role_service(stack, RLS_SCHEMA) as target:
        load({"mode": "runs", "target": target.spec(), "concurrency": plan["concurrency"], "count": 3 * plan["concurrency"],
              "warmup": plan["concurrency"], "deadline_s": 30})  # agno creates its tables (walled as it does)
        for round_ in range(1, plan["rounds"] + 1):
            for policies in (True, False):
                walled = infra.force_rls(stack, RLS_SCHEMA, policies)
                marks: dict[str, float] = {}

                def mark(line: dict[str, Any], _: subprocess.Popen[str]) -> None:
                    marks["service"], marks["postgres"] = target.cpu_seconds(), infra.cpu_seconds(stack.pg_pid, tree=True)

                spec = {"mode": "runs", "target": target.spec(), "concurrency": plan["concurrency"],
                        "count": plan["count"], "warmup": plan["concurrency"], "deadline_s": plan["deadline_s"]}
                result = load(spec, mark)
                service_s = target.cpu_seconds() - marks.get("service", 0.0)
                postgres_s = infra.cpu_seconds(stack.pg_pid, tree=True) - marks.get("postgres", 0.0)
                done = result["completed"]
                row = {"round": round_, "policies": policies, "tables": len(walled), "completed": done,
                       "errors": result["error_count"], "error_samples": result["errors"],
                       "runs_per_s": round(done / result["wall_s"], 2) if result["wall_s"] else None,
                       **latency_summary(result["latencies"]),
                       "service_cpu_ms_per_run": round(service_s * 1000 / done, 2) if done else None,
                       "postgres_cpu_ms_per_run": round(postgres_s * 1000 / done, 2) if done else None}
                rows.append(row)
                say(f"  round {round_} policies {'on ' if policies else 'off'} ({len(walled)} tables) "
                    f"{row['runs_per_s']:>7} runs/s  p50 {row['p50_ms']} ms  p99 {row['p99_ms']} ms  "
                    f"service CPU {row['service_cpu_ms_per_run']} ms/run  PostgreSQL CPU "
                    f"{row['postgres_cpu_ms_per_run']} ms/run  errors {row['errors']}")
        infra.force_rls(stack, RLS_SCHEMA, True)

    def mean(policies: bool, key: str) -> float | None:
        values = [r[key] for r in rows if r["policies"] is policies and r[key] is not None]
        return round(sum(values) / len(values), 2) if values else None

    def share(key: str) -> float | None:  # three places: the difference looked for is a few per cent
        on, off = mean(True, key), mean(False, key)
        return round(on / off, 3) if on is not None and off else None

    summary = {key: {"on": mean(True, key), "off": mean(False, key), "on_over_off": share(key)}
               for key in ("runs_per_s", "p50_ms", "p99_ms", "service_cpu_ms_per_run", "postgres_cpu_ms_per_run")}
    say(f"  with policies / without: {summary['runs_per_s']['on_over_off']}x runs/s, "
        f"{summary['p50_ms']['on_over_off']}x p50, {summary['postgres_cpu_ms_per_run']['on_over_off']}x PostgreSQL CPU/run")
    return {"how": f"the service as {infra.SERVICE_ROLE} (schema {RLS_SCHEMA}), direct, concurrency "
                   f"{plan['concurrency']}, {plan['count']} runs per measurement, policies on/off alternating",
            "rows": rows, "summary": summary}


RUNNERS = {"runs": scenario_runs, "streaming": scenario_streaming, "session": scenario_session,
           "approvals": scenario_approvals, "knowledge": scenario_knowledge, "memory": scenario_memory,
           "rls": scenario_rls}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__.split("\n\n")[0])
    parser.add_argument("--smoke", action="store_true", help="every scenario, briefly (about 2 minutes)")
    parser.add_argument("--only", default=",".join(SCENARIOS), help=f"comma-separated subset of {','.join(SCENARIOS)}")
    parser.add_argument("--no-otlp", action="store_true", help="no OTLP endpoint (traces still go to agno's tables)")
    parser.add_argument("--profile", action="store_true", help="py-spy profiles under load instead (bench/profile.py)")
    parser.add_argument("--out", type=Path, default=RESULTS)
    args = parser.parse_args(argv)
    os.environ.setdefault("AGNO_TELEMETRY", "false")

    if args.profile:
        from bench.profile import profile_main

        return profile_main(args)

    chosen = [s.strip() for s in args.only.split(",") if s.strip()]
    unknown = set(chosen) - set(SCENARIOS)
    if unknown:
        parser.error(f"unknown scenario(s): {', '.join(sorted(unknown))}")
    plan = SMOKE if args.smoke else FULL
    started = time.monotonic()
    results: dict[str, Any] = {
        "kind": "smoke" if args.smoke else "full",
        "started_at": datetime.now(UTC).isoformat(timespec="seconds"),
        # Other work on the machine skews every target; the 1-minute load average says how busy it was.
        "load_average_1m": {"start": round(os.getloadavg()[0], 2)},
        "machine": infra.machine(),
        "setup": {
            "model_latency_ms": infra.MODEL_LATENCY_MS,
            "plain": "plain agno AgentOS (bench/plain_agentos.py): same Scribe agent, PostgresDb defaults, no auth, "
                     "no tracing, uvicorn, one process, direct",
            "secured": "agno secured (bench/plain_agentos.py --jwks-file): the same app with agno's own "
                       "Authorization (JWT per request, EdDSA from a JWKS file, audience and issuer pinned, scope "
                       "RBAC), user_isolation=True and tracing=True (agno's setup_tracing defaults, own tables in "
                       f"schema {infra.SECURED_SCHEMA}); bearer JWTs minted with the service's key; one process, direct",
            "service": "python -m agents serve (ENVIRONMENT=production), one replica, behind nginx (gateway/nginx.conf, "
                       "rate limit lifted), better-auth JWT (EdDSA, JWKS), BYOAI key (AES-GCM) -> scripted model, "
                       "Redis, tracing to agno's tables" + ("" if args.no_otlp else " + OTLP"),
            "load": "bench/load.py in its own process (httpx.AsyncClient on uvloop)",
            "two_processes": "at the top concurrency also: both agno anchors with 2 uvicorn workers, and the service as "
                             "docker-compose.yml runs it, 2 replicas behind the gateway (server CPU: all processes)",
        },
        "plan": {k: v for k, v in plan.items() if k in chosen},
        "scenarios": {},
    }
    say(f"hyvve-agentos benchmarks ({results['kind']}): {', '.join(chosen)}")
    say("starting:")
    with infra.stack(say, otlp=not args.no_otlp) as stack:
        results["machine"].update({k: v for k, v in stack.versions.items()})
        results["setup"]["secured_checks"] = stack.secured_checks
        for name in chosen:
            say(f"\n[{name}]")
            t0 = time.monotonic()
            try:
                results["scenarios"][name] = RUNNERS[name](stack, plan[name])
            except Exception as exc:  # one failing scenario does not lose the others
                traceback.print_exc()
                results["scenarios"][name] = {"error": f"{type(exc).__name__}: {exc}"[:2000]}
            results["scenarios"].setdefault(name, {})["seconds"] = round(time.monotonic() - t0, 1)
        if stack.otlp is not None:
            results["setup"]["otlp_spans_received"] = len(stack.otlp.spans)
    results["setup"]["service_log"] = stack.log_stats  # filled in when the stack stops
    results["total_seconds"] = round(time.monotonic() - started, 1)
    results["load_average_1m"]["end"] = round(os.getloadavg()[0], 2)

    args.out.mkdir(parents=True, exist_ok=True)
    stem = "smoke" if args.smoke else "latest"
    (args.out / f"{stem}.json").write_text(json.dumps(results, indent=2, default=str) + "\n")
    table = markdown(results)
    (args.out / f"{stem}.md").write_text(table)
    say("\n" + table)
    say(f"written: {args.out / f'{stem}.json'}, {args.out / f'{stem}.md'} ({results['total_seconds']} s)")
    return 1 if any("error" in s for s in results["scenarios"].values()) else 0


if __name__ == "__main__":
    sys.exit(main())
