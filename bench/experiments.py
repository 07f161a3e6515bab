"""`python -m bench.experiments`: what each candidate fix would buy, measured, without changing agents/.

Starts the benchmark stack, then for each variant a second service process through bench/patched_serve.py
(monkeypatches applied in that process only) behind its own gateway, and measures it like scenario 1 (runs at
concurrency 1 and 32). Plain agno and the service as shipped are measured in
the same run. Writes bench/results/experiments.{json,md}. `--smoke` for a quick pass. `--approvals` measures the
approvals flow instead (as scenario 4: latency one at a time, then a batch with the server's CPU per phase) and
writes experiments-approvals.{json,md}.

Besides bench/patched_serve.py's patches, a variant may hold `replicas2` (two service processes behind the
variant's gateway, as docker-compose.yml runs them), `@<git ref>` (the service's code as committed at that ref, to
compare two commits in one run: `--variants '@HEAD~1|'`), or be `plain-workers2` (plain agno with two uvicorn workers).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench import infra  # noqa: E402
from bench.infra import Stack, Target  # noqa: E402
from bench.run import FULL, RESULTS, SMOKE, load, measure_approvals, measured, say  # noqa: E402
from bench.stats import latency_summary, ratio  # noqa: E402

# Against the service as it is now (one shared OpenAI client per endpoint since 524e290, no pre-ping since
# 8fba295: before those commits the candidates included `shared_client` and `no_pre_ping`, see
# bench/patched_serve.py).
VARIANTS = (
    "",
    "selection_cache",
    "db_spans_sampled",
    "no_db_spans",
    "no_tracing",
    "quiet",
)


def _measure(stack: Stack, target: Target, smoke: bool) -> dict[str, Any]:
    row: dict[str, Any] = {"target": target.name}
    for concurrency, count in ((1, 10 if smoke else 40), (32, 64 if smoke else 320)):
        spec = {"mode": "runs", "target": target.spec(), "concurrency": concurrency, "count": count,
                "warmup": 2 * concurrency, "deadline_s": 30}
        before = target.cpu_seconds()
        result, _ = measured(stack, spec)
        cpu = target.cpu_seconds() - before  # includes the warm-up: per run over both
        done = result["completed"]
        row[f"c{concurrency}"] = {
            "runs_per_s": round(done / result["wall_s"], 2), **latency_summary(result["latencies"]),
            "cpu_ms_per_run": round(cpu * 1000 / (done + 2 * concurrency), 2) if done else None,
            "errors": result["error_count"],
        }
    return row


def _target(stack: Stack, variant: str) -> Any:
    """`plain-workers2`: plain agno with 2 uvicorn workers; anything else: the service with those patches."""
    if variant.startswith("plain-workers"):
        return infra.plain_variant(stack, int(variant.removeprefix("plain-workers")))
    return infra.variant(stack, variant)


def _combine(measures: list[dict[str, Any]]) -> dict[str, Any]:
    """Several passes of one variant: means of CPU and latencies, and every pass's runs/s."""
    out: dict[str, Any] = {k: v for k, v in measures[0].items() if not k.startswith("c")}
    for level in ("c1", "c32"):
        rows = [m[level] for m in measures]
        out[level] = {
            "runs_per_s": round(sum(r["runs_per_s"] for r in rows) / len(rows), 2),
            "runs_per_s_passes": [r["runs_per_s"] for r in rows],
            "p50_ms": round(sum(r["p50_ms"] for r in rows) / len(rows), 1),
            "p99_ms": round(sum(r["p99_ms"] for r in rows) / len(rows), 1),
            "cpu_ms_per_run": round(sum(r["cpu_ms_per_run"] for r in rows) / len(rows), 2),
            "errors": sum(r["errors"] for r in rows),
        }
    return out


def render(result: dict[str, Any]) -> list[str]:
    passes = result["passes"]
    rows = result["rows"]
    lines = [
        "# What each candidate fix buys (bench/experiments.py)", "",
        "Each variant is the service (one replica unless `replicas2`, behind nginx, same JWT, BYOAI key, Redis, "
        "tracing to agno's tables "
        "+ OTLP) with the fixes applied as monkeypatches by bench/patched_serve.py; nothing in agents/ changed. "
        f"Means of {passes} pass(es) in alternating order (runs/s of each pass in brackets). CPU ms/run is the server "
        "process, warm-up included; it is the steadiest number here (runs/s on 2 shared cores moves by 10-20% "
        "between passes). Plain agno and the service as shipped are measured in the same run.", "",
        "| variant | c=1 p50 ms | vs plain | c=32 runs/s | vs plain | c=32 p50 / p99 ms | p99 vs plain | "
        "CPU ms/run (c=32) |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for row in rows:
        passes_s = ", ".join(str(v) for v in row["c32"]["runs_per_s_passes"])
        lines.append(f"| {row['variant']} | {row['c1']['p50_ms']} | {row['ratio_c1_p50']:.2f}x | "
                     f"{row['c32']['runs_per_s']} ({passes_s}) | {row['ratio_c32_runs_per_s']:.2f}x | "
                     f"{row['c32']['p50_ms']} / {row['c32']['p99_ms']} | {row['ratio_c32_p99']:.2f}x | "
                     f"{row['c32']['cpu_ms_per_run']} |")
    return lines


def _approvals_row(name: str, passes: list[dict[str, Any]]) -> dict[str, Any]:
    def mean(values: list[float | None]) -> float | None:
        found = [v for v in values if v is not None]
        return round(sum(found) / len(found), 1) if found else None

    return {
        "variant": name,
        "decision_to_completed_p50_ms": [p["decision_to_completed"]["p50_ms"] for p in passes],
        "before_model_call_p50_ms": [p["decision_split"]["before_model_call"]["p50_ms"] for p in passes],
        "completions_per_s": [p["completions_per_s"] for p in passes],
        "cpu_pause_ms": mean([p["server_cpu_ms_per_approval"].get("pause") for p in passes]),
        "cpu_decision_to_completed_ms": mean([p["server_cpu_ms_per_approval"].get("decision_to_completed")
                                              for p in passes]),
        "errors": sum(p["errors"] for p in passes),
    }


def render_approvals(result: dict[str, Any]) -> list[str]:
    lines = ["# What each candidate fix buys: approvals (bench/experiments.py --approvals)", "",
             "As scenario 4 of `make bench`, per variant and pass (alternating order): decision -> completed p50 one "
             "at a time, of it the time before the continued run's model call, completions/s of a batch decided 8 "
             "at a time, and the server's CPU per approval (means over passes).", "",
             "| variant | decision -> completed p50 ms | before the model call p50 ms | completions/s | "
             "CPU ms: pause | CPU ms: decision -> completed | errors |", "|---|---|---|---|---|---|---|"]
    for row in result["rows"]:
        lines.append(f"| {row['variant']} | {row['decision_to_completed_p50_ms']} | {row['before_model_call_p50_ms']} | "
                     f"{row['completions_per_s']} | {row['cpu_pause_ms']} | {row['cpu_decision_to_completed_ms']} | "
                     f"{row['errors']} |")
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.experiments", description=__doc__.split("\n\n")[0])
    parser.add_argument("--smoke", action="store_true")
    parser.add_argument("--variants", default="|".join(VARIANTS),
                        help="|-separated patch sets ('' = as shipped; '@<git ref>' = the service as committed there)")
    parser.add_argument("--passes", type=int, default=2, help="passes over the variants, alternating the order")
    parser.add_argument("--out", type=Path, default=RESULTS)
    parser.add_argument("--approvals", action="store_true", help="the approvals flow instead of runs")
    args = parser.parse_args(argv)
    variants = args.variants.split("|")
    passes = 1 if args.smoke else args.passes
    measures: dict[str, list[dict[str, Any]]] = {}
    started = time.monotonic()
    with infra.stack(say) as stack:
        for target in (stack.plain, stack.service_gateway):  # warm both
            load({"mode": "runs", "target": target.spec(), "concurrency": 8, "count": 40, "warmup": 8, "deadline_s": 30})
        if args.approvals:
            plan = (SMOKE if args.smoke else FULL)["approvals"]
            for n in range(passes):
                for name, target in _warmed(stack, variants, n):
                    measures.setdefault(name, []).append(measure_approvals(stack, target, plan))
            result = {"machine": infra.machine(), "passes": passes, "seconds": round(time.monotonic() - started, 1),
                      "rows": [_approvals_row(name, found) for name, found in measures.items()]}
            _write(args.out, "experiments-approvals-smoke" if args.smoke else "experiments-approvals", result,
                   render_approvals(result))
            return 0
        for n in range(passes):
            measures.setdefault("plain agno", []).append(_measure(stack, stack.plain, args.smoke))
            say(f"  pass {n + 1} plain agno: {measures['plain agno'][-1]}")
            for name, target in _warmed(stack, variants, n):
                measures.setdefault(name, []).append(_measure(stack, target, args.smoke))
                say(f"  pass {n + 1} {name}: {measures[name][-1]}")
    rows = [{"variant": name, **_combine(found)} for name, found in measures.items()]
    plain = rows[0]
    for row in rows:
        row["ratio_c32_runs_per_s"] = ratio(row["c32"]["runs_per_s"], plain["c32"]["runs_per_s"])
        row["ratio_c32_p99"] = ratio(row["c32"]["p99_ms"], plain["c32"]["p99_ms"])
        row["ratio_c1_p50"] = ratio(row["c1"]["p50_ms"], plain["c1"]["p50_ms"])
    result = {"machine": infra.machine(), "passes": passes, "seconds": round(time.monotonic() - started, 1),
              "rows": rows, "patches": "see bench/patched_serve.py"}
    _write(args.out, "experiments-smoke" if args.smoke else "experiments", result, render(result))
    return 0


def _warmed(stack: Stack, variants: list[str], n: int) -> Iterator[tuple[str, Target]]:
    """Pass `n`'s variants (in alternating order from pass to pass), each started, warmed, then stopped after use."""
    for patches in (variants if n % 2 == 0 else variants[::-1]):
        with _target(stack, patches) as target:
            load({"mode": "runs", "target": target.spec(), "concurrency": 8, "count": 24, "warmup": 8, "deadline_s": 30})
            yield patches or "as shipped", target


def _write(out: Path, stem: str, result: dict[str, Any], lines: list[str]) -> None:
    out.mkdir(parents=True, exist_ok=True)
    (out / f"{stem}.json").write_text(json.dumps(result, indent=2) + "\n")
    (out / f"{stem}.md").write_text("\n".join(lines) + "\n")
    say("\n".join(lines))


if __name__ == "__main__":
    sys.exit(main())
