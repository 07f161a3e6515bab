"""The markdown summary of a benchmark run (bench/results/latest.md): one short table per scenario, every ratio
against both agno anchors: plain agno (`vs plain`) and agno secured with its own auth and tracing (`vs secured`)."""

from __future__ import annotations

from typing import Any

from bench.stats import ratio


def _v(value: Any, suffix: str = "") -> str:
    if value is None:
        return "-"
    return f"{value}{suffix}"


def _x(value: Any) -> str:
    return "-" if value is None else f"{value:.2f}x"


def _pm(summary: dict[str, Any] | None) -> str:
    if not summary or summary.get("p50_ms") is None:
        return "-"
    return f"{summary['p50_ms']} / {summary['p99_ms']}"


def _load(results: dict[str, Any]) -> str:
    load = results.get("load_average_1m")
    return f", 1-minute load average {load.get('start')} at start, {load.get('end')} at end" if load else ""


def _machine(results: dict[str, Any]) -> list[str]:
    m = results["machine"]
    return [
        f"Machine: {m.get('cores')} cores ({m.get('cpu')}), {m.get('ram_gb')} GB RAM, Linux {m.get('kernel')}; "
        f"Python {m.get('python')}, agno {m.get('agno')}, uvicorn {m.get('uvicorn')}, PostgreSQL {m.get('postgres')} "
        f"(embedded) + pgvector {m.get('pgvector')}, Redis {m.get('redis')}, nginx {m.get('nginx')}.",
        "",
        f"Run: {results['kind']}, {results['started_at']}, {results.get('total_seconds')} s{_load(results)}. "
        "Scripted model (a test "
        f"double in its own process) answers after {results['setup']['model_latency_ms']} ms.",
        f"- plain: {results['setup']['plain']}",
        *([f"- secured: {results['setup']['secured']}"] if results["setup"].get("secured") else []),
        *([f"- secured, checked before any load (HTTP status per probe): {_checks(results['setup']['secured_checks'])}"]
          if results["setup"].get("secured_checks") else []),
        f"- service: {results['setup']['service']}",
        f"- load: {results['setup']['load']}",
        *([f"- two processes: {results['setup']['two_processes']}"] if results["setup"].get("two_processes") else []),
        *[f"- note: {note}" for note in results.get("notes", [])],
        "",
    ]


def _checks(checks: dict[str, Any]) -> str:
    return ", ".join(f"{k.replace('_', ' ')} {v}" for k, v in checks.items())


def _both(r: dict[str, Any], key: str) -> str:
    """`x / y`: the ratio against plain agno, then against agno secured (rows without the latter: just x)."""
    secured = r.get("ratio_secured")
    return f"{_x(r['ratio'][key])} / {_x(secured[key])}" if secured else _x(r["ratio"][key])


def _runs(s: dict[str, Any]) -> list[str]:
    out = [
        "Ratios: against plain agno / against agno secured, at the same concurrency (two-process rows: against each "
        "anchor's one-process row).", "",
        "| conc. | target | runs/s | p50 ms | p99 ms | server CPU ms/run | PostgreSQL CPU ms/run | nginx CPU ms/run | "
        "runs/s vs plain / secured | p50 vs plain / secured | p99 vs plain / secured | CPU vs plain / secured | errors |",
        "|---|---|---|---|---|---|---|---|---|---|---|---|---|",
    ]
    for r in s["rows"]:
        cpu = r["cpu_ms_per_run"]
        nginx = cpu.get("nginx") if "gateway" in r["target"] else None
        out.append(
            f"| {r['concurrency']} | {r['target']} | {_v(r['runs_per_s'])} | {_v(r['p50_ms'])} | {_v(r['p99_ms'])} | "
            f"{_v(r['server_cpu_ms_per_run'])} | {_v(cpu.get('postgres'))} | {_v(nginx)} | "
            f"{_both(r, 'runs_per_s')} | {_both(r, 'p50')} | {_both(r, 'p99')} | {_both(r, 'server_cpu')} | "
            f"{r['errors']} |"
        )
    return out + _db(s)


def _db(s: dict[str, Any]) -> list[str]:
    db = s.get("db")
    if not db:
        return []
    names = [k for k in db if k != "runs"]
    out = ["", f"Database work per run ({db['runs']} runs at concurrency 4 per target, from pg_stat_database and "
               "pg_stat_user_tables; counts include the other process's background work in that window):", "",
           "| target | commits | rollbacks | rows returned | rows fetched | inserted | updated | deleted |",
           "|---|---|---|---|---|---|---|---|"]
    for name in names:
        p = db[name]["per_run"]
        out.append(f"| {name} | {p['xact_commit']} | {p['xact_rollback']} | {p['tup_returned']} | {p['tup_fetched']} | "
                   f"{p['tup_inserted']} | {p['tup_updated']} | {p['tup_deleted']} |")
    out += ["", "Rows written per run, by table (inserted / updated / deleted):", "", "| table | " +
            " | ".join(names) + " |", "|---|" + "---|" * len(names)]
    tables = sorted({t for name in names for t in db[name]["tables_ins_upd_del_per_run"]})
    for table in tables:
        cells = []
        for name in names:
            v = db[name]["tables_ins_upd_del_per_run"].get(table)
            cells.append(" / ".join(f"{x:g}" for x in v) if v else "-")
        out.append(f"| {table} | " + " | ".join(cells) + " |")
    return out


def _streaming(s: dict[str, Any]) -> list[str]:
    out = [
        f"Model streams its reply in pieces {s['chunk_delay_ms']} ms apart. p50 / p99 in ms.",
        "",
        "| target | streams | first event | first content | gap between content events | whole stream | errors |",
        "|---|---|---|---|---|---|---|",
    ]
    for r in s["rows"]:
        out.append(f"| {r['target']} | {r['streams']} | {_pm(r['first_event'])} | {_pm(r['first_content'])} | "
                   f"{_pm(r['gap'])} | {_pm(r['total'])} | {r['errors']} |")
    added = s["gateway_added_ms"]
    out += ["", f"Gateway adds (p50, gateway minus direct): first event {_v(added['first_event_p50'], ' ms')}, "
                f"first content {_v(added['first_content_p50'], ' ms')}, gap {_v(added['gap_p50'], ' ms')} "
                f"(p99 gap {_v(added['gap_p99'], ' ms')})."]
    for anchor, d in (s.get("gateway_vs_anchor_ms") or {}).items():
        out.append(f"Service through the gateway minus {anchor} direct (p50): first event "
                   f"{_v(d['first_event_p50'], ' ms')}, first content {_v(d['first_content_p50'], ' ms')}.")
    return out + _split(s["rows"], "first content", "first_content_split")


def _split(rows: list[dict[str, Any]], until: str, key: str) -> list[str]:
    """Where the latency goes: before the model stand-in receives the run's model call, and after."""
    if not any(r.get(key) for r in rows):
        return []
    out = ["", f"Where the time to {until} goes (p50 / p99 ms): from sending until the model stand-in receives the "
                "run's model call (the target's own work before the model), and from there on (the model's scripted "
                "latency, then the target's work after it).", "",
           "| target | before the model call | model call -> " + until + " |", "|---|---|---|"]
    for r in rows:
        if split := r.get(key):
            out.append(f"| {r['target']} | {_pm(split['before_model_call'])} | {_pm(split['model_call_to_end'])} |")
    return out


def _session(s: dict[str, Any]) -> list[str]:
    turns = s["report_turns"]
    head = " | ".join(f"turn {t} ms" for t in turns)
    out = [f"One session, sequential turns; each value is the {s['window']}; the trend is the least-squares slope "
           "over all turns.", "",
           f"| target | turns | {head} | turn {turns[-1]} / turn {turns[0]} | vs plain / secured (turn {turns[-1]}) | "
           "trend ms per 100 turns | session row KB | run rows KB |",
           "|---|---|" + "---|" * len(turns) + "---|---|---|---|---|"]

    def at_last(ratios: dict[Any, Any] | None) -> Any:
        return None if ratios is None else ratios.get(turns[-1], ratios.get(str(turns[-1])))

    for r in s["rows"]:
        values = " | ".join(_v(r["window_ms"].get(t, r["window_ms"].get(str(t)))) for t in turns)
        ratio_last = _x(at_last(r["ratio"])) + (f" / {_x(at_last(r['ratio_secured']))}" if "ratio_secured" in r else "")
        out.append(f"| {r['target']} | {r['turns']} | {values} | {_x(r['last_over_first'])} | {ratio_last} | "
                   f"{_v(r.get('slope_ms_per_100_turns'))} | {_v(r.get('session_row_kb'))} | {_v(r.get('run_rows_kb'))} |")
    return out


def _approvals(s: dict[str, Any]) -> list[str]:
    out = ["p50 / p99 in ms. Decision to completed: from sending the decision until the run is COMPLETED "
           "(service: its approval item, `GET /approval-items/{id}`, polled every 10 ms until its continuation is done; "
           "the run is then checked COMPLETED).", "",
           "| target | flow | pause (run -> PAUSED) | decision call | decision -> completed | decisions/s | "
           "completions/s | decision -> completed p50 vs plain / secured | completions/s vs plain / secured | errors |",
           "|---|---|---|---|---|---|---|---|---|---|"]
    for r in s["rows"]:
        out.append(f"| {r['target']} | {r['flow']} | {_pm(r['pause'])} | {_pm(r['decision_call'])} | "
                   f"{_pm(r['decision_to_completed'])} | {_v(r['decisions_per_s'])} | {_v(r['completions_per_s'])} | "
                   f"{_both(r, 'decision_to_completed_p50')} | {_both(r, 'completions_per_s')} | {r['errors']} |")
    out += _split(s["rows"], "completed", "decision_split")
    if any(r.get("server_cpu_ms_per_approval") for r in s["rows"]):
        out += ["", "Server CPU per approval in the throughput batch (ms): the paused run, then the decision until the "
                    "run completed (the service's continuation runs in its background worker; the benchmark's completion "
                    "polls, an approval item read per run every 50 ms, included).", "",
                "| target | pause | decision -> completed | whole approval |", "|---|---|---|---|"]
        for r in s["rows"]:
            if cpu := r.get("server_cpu_ms_per_approval"):
                out.append(f"| {r['target']} | {_v(cpu['pause'])} | {_v(cpu['decision_to_completed'])} | "
                           f"{_v(round(cpu['pause'] + cpu['decision_to_completed'], 1))} |")
    return out


def _knowledge(s: dict[str, Any]) -> list[str]:
    out = [f"**{s['label']}.** 384-dim synthetic embeddings, 20 workspaces of equal size, 5 results per query, latency "
           "in this process around the search call (query embedding included). p50 / p99 ms (n queries). agno: "
           "`PgVector(search_type=hybrid, HNSW())` as shipped; service: what `KnowledgeService.search` runs for one "
           "workspace on the local embedder: its documents (`WorkspaceVectors.search_workspace`, "
           "agents/knowledge/store.py) and its HYVVE KB pages by full text (`HyvvePages.search`, one page per 20 chunks "
           "in HYVVE's `knowledge_pages`), one ranking; each source also alone. Service recall@5: against the same "
           "search with every chunk of the workspace compared.", "",
           "| chunks | KB pages | service: documents + KB pages, one workspace | documents alone | KB pages alone | "
           "agno hybrid + workspace filter | service vs that | agno hybrid (all) | agno vector (HNSW) | agno keyword | "
           "agno vector + workspace filter (mean results of 5) | recall@5 ef_search 5 / 40 | service recall@5 | "
           "agno hybrid plan | service plan uses |",
           "|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|"]
    for z in s.get("sizes", []):
        def q(mode: str) -> str:
            m = z.get(mode)
            return f"{m['p50_ms']} / {m['p99_ms']} (n {m['n']})" if m else "-"
        rec = z["recall_at_5"]
        ours, theirs = z.get("service_hybrid"), z.get("hybrid_ws_filter")
        ratio = f"{ours['p50_ms'] / theirs['p50_ms']:.3f}x p50" if ours and theirs and theirs["p50_ms"] else "-"
        out.append(f"| {z['chunks']} | {z.get('kb_pages', '-')} | {q('service_hybrid')} | {q('service_documents')} | "
                   f"{q('service_pages')} | {q('hybrid_ws_filter')} | {ratio} | {q('hybrid')} | "
                   f"{q('vector')} | {q('keyword')} | {q('vector_ws_filter')} ({z['vector_ws_filter']['mean_results']}) | "
                   f"{rec['ef_search_5']} / {rec['ef_search_40']} | {rec.get('service', '-')} | {z['plan']['hybrid']} | "
                   f"{', '.join(z['plan'].get('service_indexes', [])) or '-'} |")
    return out


def _memory(s: dict[str, Any]) -> list[str]:
    out = [s["how"] + ".", "",
           "| target | streams open | RSS before MB | RSS open MB | KiB per stream | vs plain / secured | "
           "RSS after close MB | nginx KiB per stream | failed |",
           "|---|---|---|---|---|---|---|---|---|"]
    for r in s["rows"]:
        out.append(f"| {r['target']} | {r['streams']} | {r['rss_before_mb']} | {r['rss_open_mb']} | "
                   f"{_v(r['kib_per_stream'])} | {_both(r, 'kib_per_stream')} | {r['rss_after_close_mb']} | "
                   f"{_v(r.get('nginx_kib_per_stream'))} | {r['failed']} |")
    return out


def _rls(s: dict[str, Any]) -> list[str]:
    out = [s["how"] + ".", "",
           "| round | policies | runs/s | p50 ms | p99 ms | service CPU ms/run | PostgreSQL CPU ms/run | errors |",
           "|---|---|---|---|---|---|---|---|"]
    for r in s["rows"]:
        out.append(f"| {r['round']} | {'on' if r['policies'] else 'off'} | {_v(r['runs_per_s'])} | {_v(r['p50_ms'])} | "
                   f"{_v(r['p99_ms'])} | {_v(r['service_cpu_ms_per_run'])} | {_v(r['postgres_cpu_ms_per_run'])} | "
                   f"{r['errors']} |")
    m = s["summary"]
    out += ["", f"Mean with policies / without: {_x(m['runs_per_s']['on_over_off'])} runs/s, "
                f"{_x(m['p50_ms']['on_over_off'])} p50, {_x(m['p99_ms']['on_over_off'])} p99, "
                f"{_x(m['postgres_cpu_ms_per_run']['on_over_off'])} PostgreSQL CPU per run."]
    return out


def _targets(results: dict[str, Any]) -> list[str]:
    sc = results["scenarios"]
    lines = []
    runs = sc.get("runs", {}).get("rows")
    if runs:
        top = max(r["concurrency"] for r in runs)
        row = next(r for r in runs if r["concurrency"] == top and "gateway" in r["target"])
        ok = (row["ratio"]["runs_per_s"] or 0) >= 1.0 and (row["ratio"]["p99"] or 99) <= 1.2
        lines.append(f"- runs/s at concurrency {top} >= 1.0x plain and p99 <= 1.2x, one process against one: "
                     f"**{'met' if ok else 'not met'}** ({_x(row['ratio']['runs_per_s'])} runs/s, "
                     f"{_x(row['ratio']['p99'])} p99)")
        scaled = {r["target"]: r for r in runs if r["concurrency"] == top and "2 " in r["target"]}
        service, plain = scaled.get("service, 2 replicas (gateway)"), scaled.get("plain agno, 2 workers")
        if service and plain:
            ok = (service["ratio"]["runs_per_s"] or 0) >= 1.0 and (service["ratio"]["p99"] or 99) <= 1.2
            lines.append(
                f"- the same, as deployed (docker-compose.yml: two replicas behind the gateway) against plain agno as "
                f"agno serves it (one process): **{'met' if ok else 'not met'}** ({_x(service['ratio']['runs_per_s'])} "
                f"runs/s, {_x(service['ratio']['p99'])} p99); against plain agno also given two processes: "
                f"{_x(ratio(service['runs_per_s'], plain['runs_per_s']))} runs/s, "
                f"{_x(ratio(service['p99_ms'], plain['p99_ms']))} p99")
    streaming = sc.get("streaming", {}).get("gateway_added_ms")
    if streaming:
        added = streaming["first_event_p50"]
        ok = added is not None and added < 2
        lines.append(f"- gateway adds < 2 ms p50 to time to first event: **{'met' if ok else 'not met'}** ({_v(added, ' ms')})")
    session = sc.get("session", {}).get("rows")
    if session:
        row = next(r for r in session if "service" in r["target"])
        ok = (row["last_over_first"] or 99) <= 1.2
        turns = sc["session"]["report_turns"]
        lines.append(f"- turn-{turns[-1]} latency <= 1.2x turn-{turns[0]}: **{'met' if ok else 'not met'}** "
                     f"({_x(row['last_over_first'])})")
    return lines


def _met(ok: bool) -> str:
    return "**met**" if ok else "**not met**"


def _targets_vs_anchors(results: dict[str, Any]) -> list[str]:
    """Issue 24's targets, one process against one, each line with the numbers it was judged on."""
    sc = results["scenarios"]
    lines = []
    runs = sc.get("runs", {}).get("rows")
    if runs:
        top = max(r["concurrency"] for r in runs)
        row = next(r for r in runs if r["concurrency"] == top and r["target"] == "service (gateway)")
        secured, plain = row.get("ratio_secured") or {}, row["ratio"]
        if secured:
            ok = (secured.get("runs_per_s") or 0) >= 1.2 and (secured.get("p99") or 99) <= 1.0
            lines.append(f"- vs agno secured at concurrency {top}: runs/s >= 1.2x and p99 <= 1.0x: {_met(ok)} "
                         f"({_x(secured.get('runs_per_s'))} runs/s, {_x(secured.get('p99'))} p99)")
        ok = (plain["runs_per_s"] or 0) >= 0.85 and (plain["server_cpu"] or 99) <= 1.25
        lines.append(f"- vs plain agno at concurrency {top}: runs/s >= 0.85x and CPU per run <= 1.25x: {_met(ok)} "
                     f"({_x(plain['runs_per_s'])} runs/s, {_x(plain['server_cpu'])} CPU)")
    approvals = sc.get("approvals", {}).get("rows")
    if approvals:
        row = next(r for r in approvals if r["target"] == "service (gateway)")
        p50, rate = row["ratio"]["decision_to_completed_p50"], row["ratio"]["completions_per_s"]
        ok = (p50 or 99) <= 1.5 and (rate or 0) >= 0.8
        lines.append(f"- approvals vs plain agno's continue: decision -> completed p50 <= 1.5x and completions/s >= "
                     f"0.8x: {_met(ok)} ({_x(p50)} p50, {_x(rate)} completions/s)")
    streaming = (sc.get("streaming", {}).get("gateway_vs_anchor_ms") or {}).get("plain agno")
    if streaming:
        added = streaming["first_content_p50"]
        lines.append(f"- time to first token through the gateway within 5 ms of plain agno direct: "
                     f"{_met(added is not None and added <= 5)} ({_v(added, ' ms')} p50)")
    session = sc.get("session", {}).get("rows")
    if session:
        row = next(r for r in session if r["target"] == "service (gateway)")
        turns = sc["session"]["report_turns"]
        trends = ", ".join(f"{r['target']} {_v(r.get('slope_ms_per_100_turns'))}" for r in session)
        lines.append(f"- turn {turns[-1]} <= 1.1x turn {turns[0]}: {_met((row['last_over_first'] or 99) <= 1.1)} "
                     f"({_x(row['last_over_first'])}; trend ms per 100 turns: {trends})")
    sizes = sc.get("knowledge", {}).get("sizes")
    if sizes:
        largest = max(sizes, key=lambda z: z["chunks"])
        p99 = (largest.get("service_hybrid") or {}).get("p99_ms")
        at_100k = largest["chunks"] >= 100_000
        verdict = (_met(at_100k and p99 is not None and p99 < 50) if at_100k
                   else f"not measured (largest size here: {largest['chunks']})")
        lines.append(f"- knowledge search p99 < 50 ms at 100k chunks: "
                     f"{verdict} "
                     f"({_v(p99, ' ms')} at {largest['chunks']} chunks)")
    return lines


SECTIONS = (
    ("runs", "1. Non-streaming runs", _runs),
    ("streaming", "2. Streaming: gateway vs direct", _streaming),
    ("session", "3. Session growth", _session),
    ("approvals", "4. Approvals", _approvals),
    ("knowledge", "5. Knowledge search", _knowledge),
    ("memory", "6. Memory per idle SSE stream", _memory),
    ("rls", "7. Row-level security: the service's role with and without its policies", _rls),
)


def markdown(results: dict[str, Any]) -> str:
    lines = [f"# Benchmarks: hyvve-agentos vs agno AgentOS, plain and secured ({results['kind']})", ""]
    lines += _machine(results)
    targets = _targets(results)
    if targets:
        lines += ["Targets (issue 10), measured in this run:", *targets, ""]
    anchored = _targets_vs_anchors(results)
    if anchored:
        lines += ["Targets (issue 24: against both agno anchors), measured in this run:", *anchored, ""]
        if any("**not met**" in line for line in anchored):
            lines += ["For each target not met, where the remaining time goes (this run's latency splits in sections 2 "
                      "and 4, the py-spy profiles in [profile.md](profile.md)) and which measured changes were tried: "
                      "[where-the-time-goes.md](where-the-time-goes.md).", ""]
    for key, title, render in SECTIONS:
        scenario = results["scenarios"].get(key)
        if scenario is None:
            continue
        lines += [f"## {title}", ""]
        if "error" in scenario:
            lines += [f"Failed: `{scenario['error'][:500]}`", ""]
            continue
        lines += render(scenario) + [""]
    return "\n".join(lines)
