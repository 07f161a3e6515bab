"""`python -m bench --profile`: where the CPU goes, service vs plain agno, in runs and in approvals.

Starts the same stack as the benchmarks, warms both up, then for each target samples the server process with
py-spy (`pip install py-spy` into the venv; 100 Hz, `--gil`: the thread holding the GIL, so samples are Python CPU
time, not waits on PostgreSQL) while bench/load.py drives non-streaming runs at concurrency 32, then while it
pauses a batch of runs on an approval and decides them 8 at a time (plain agno: its `continue`; the service: the
approval item's resolve, then its continuation worker). Writes `bench/results/profile.md` (shares by area and
the heaviest frames, inclusive and self) and the raw collapsed stacks `profile-<target>[-approvals].txt`.
Profiling slows the sampled process: use these shares, not the run's throughput.
"""

from __future__ import annotations

import argparse
import collections
import shutil
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from bench import infra
from bench.infra import Stack, Target

# Areas by the file of a frame (py-spy's raw frames are "function (path:line)", paths relative to site-packages).
# A sample belongs to the innermost frame that has an area, except that anything on a span-export or log-handler
# stack is tracing or logging: that is who asked for the work.
AREAS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("tracing (OpenTelemetry, OpenInference, agno's span export)",
     ("opentelemetry/", "openinference/", "instrumentation/agno/", "agno/tracing/")),
    ("logging (JSON lines)", ("logging/", "agents/observability/logs.py")),
    ("ours (agents/)", ("agents/",)),
    ("database (SQLAlchemy, psycopg)", ("sqlalchemy/", "psycopg/", "psycopg_binary/", "psycopg_pool/")),
    ("model client (openai, httpx, ssl)", ("openai/", "httpx/", "httpx2/", "httpcore/", "httpcore2/", "ssl.py", "h11/",
                                           "jiter/")),
    ("agno", ("agno/",)),
    ("web stack (uvicorn, starlette, fastapi, pydantic)", ("starlette/", "fastapi/", "uvicorn/", "pydantic/",
                                                           "pydantic_core/", "multipart/", "python_multipart/")),
)
OTHER = "asyncio, threads, stdlib"
EXPORT = ("opentelemetry/sdk/trace/export", "agno/tracing/")
LOG_HANDLING = ("logging/__init__.py", "agents/observability/logs.py")


def _pyspy() -> str | None:
    return shutil.which("py-spy", path=str(Path(sys.executable).parent)) or shutil.which("py-spy")


def _path(frame: str) -> str:
    return frame[frame.rfind("(") + 1 :].rsplit(":", 1)[0] if frame.endswith(")") else ""


def _area(frames: list[str]) -> str:
    paths = [_path(f) for f in frames]
    if any(p.startswith(EXPORT) for p in paths):
        return AREAS[0][0]
    if any(p.startswith(LOG_HANDLING) for p in paths):
        return AREAS[1][0]
    for path in reversed(paths):
        for name, prefixes in AREAS:
            if path.startswith(prefixes):
                return name
    return OTHER


def _frames(stack_line: str) -> tuple[list[str], int]:
    stack, _, count = stack_line.rstrip("\n").rpartition(" ")
    return stack.split(";"), int(count)


def analyse(path: Path, top: int = 25) -> dict[str, Any]:
    total = 0
    inclusive: collections.Counter[str] = collections.Counter()
    ours: collections.Counter[str] = collections.Counter()
    self_time: collections.Counter[str] = collections.Counter()
    areas: collections.Counter[str] = collections.Counter()
    # split on "\n" only: frame names (thread names, string reprs) may hold other line separators
    for line in path.read_text(errors="replace").split("\n"):
        if not line.strip() or not line.rstrip().rpartition(" ")[2].isdigit():
            continue
        frames, count = _frames(line)
        frames = [f for f in frames if not f.startswith(("process ", "thread "))]
        if not frames:
            continue
        total += count
        for frame in set(frames):
            inclusive[frame] += count
            if _path(frame).startswith("agents/") and not frame.startswith(("<module>", "main ", "_serve ")) \
                    and "Middleware.__call__" not in frame:
                ours[frame] += count
        self_time[frames[-1]] += count
        areas[_area(frames)] += count

    def share(counter: collections.Counter[str], n: int = top) -> list[tuple[str, float]]:
        return [(frame, round(100 * k / total, 1)) for frame, k in counter.most_common(n)]

    # Inclusive frames below the server loop and the middleware chain say more than the chain itself.
    plumbing = ("uvicorn/", "starlette/", "fastapi/", "asyncio/", "<frozen", "anyio/", "bench/", "agents/cli.py",
                "agents/__main__.py", "runpy", "threading.py", "concurrent/")
    interesting = collections.Counter({f: k for f, k in inclusive.items() if not _path(f).startswith(plumbing)
                                       and not f.startswith("<module>") and "Middleware.__call__" not in f})
    return {"samples": total, "areas": share(areas), "inclusive": share(interesting), "ours": share(ours, 15),
            "self": share(self_time)}


def _profile_one(stack: Stack, target: Target, seconds: float, out: Path, flow: str) -> tuple[dict[str, Any], str]:
    from bench.run import load

    side = "service" if target.pid != stack.plain_process.pid else "plain"
    raw = out / f"profile-{side}{'' if flow == 'runs' else '-' + flow}.txt"
    # --gil: only the thread holding the GIL is sampled, so a thread blocked in libpq (psycopg's Connection.wait)
    # or in a socket is not counted as work; what remains is the Python CPU that competes for the one GIL.
    spy = subprocess.Popen([_pyspy(), "record", "-p", str(target.pid), "-r", "100", "-d", str(int(seconds)), "-f", "raw",
                            "-o", str(raw), "--nonblocking", "--gil"], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                           text=True)
    time.sleep(1.0)
    if flow == "runs":
        result = load({"mode": "runs", "target": target.spec(), "concurrency": 32, "count": 100_000, "warmup": 0,
                       "deadline_s": seconds - 2})
        done = f"{result['completed']} runs ({round(result['completed'] / result['wall_s'], 1)} runs/s while sampled)"
    else:  # approvals: a batch paused, then decided 8 at a time, each run completed (as the benchmark's throughput)
        result = load({"mode": "approvals", "target": target.spec(), "cycles": 0, "batch": 150, "concurrency": 8,
                       "deadline_s": seconds - 2})
        done = f"{result['batch']} runs paused, decided and completed ({result['error_count']} errors)"
    spy.wait(timeout=seconds + 30)
    if not raw.exists():
        raise RuntimeError(f"py-spy wrote nothing: {spy.stderr.read() if spy.stderr else ''}")
    return analyse(raw), done


def profile_main(args: argparse.Namespace) -> int:
    from bench.run import load, say

    if _pyspy() is None:
        print("error: --profile needs py-spy: .venv/bin/pip install py-spy", file=sys.stderr)
        return 2
    seconds = 20.0 if args.smoke else 40.0
    args.out.mkdir(parents=True, exist_ok=True)
    report = ["# Where the CPU goes: service vs plain agno (py-spy: concurrency-32 runs, then the approvals flow)", "",
              "Samples are the server process's Python CPU: py-spy at 100 Hz, non-blocking, `--gil` (only the thread "
              "holding the GIL, so waits on PostgreSQL or sockets are not counted). "
              "Areas are exclusive (each sample counted once); frames are inclusive or self. "
              "Profiling slows the process; compare shares, not throughput.", ""]
    with infra.stack(say, otlp=not args.no_otlp) as stack:
        for target in (stack.plain, stack.service_gateway):
            load({"mode": "runs", "target": target.spec(), "concurrency": 8, "count": 40, "warmup": 8, "deadline_s": 30})
        for flow, target in [(flow, target) for flow in ("runs", "approvals") for target in (stack.plain, stack.service_gateway)]:
            say(f"profiling {target.name} ({flow}) for {seconds:.0f} s ...")
            found, done = _profile_one(stack, target, seconds, args.out, flow)
            title = "non-streaming runs at concurrency 32" if flow == "runs" else "approvals (pause, decide, complete)"
            report += [f"## {target.name}, {title}: {found['samples']} samples, {done}", "",
                       "| area | % of CPU |", "|---|---|"]
            report += [f"| {name} | {pct} |" for name, pct in found["areas"]]
            report += ["", "Heaviest frames, inclusive (server loop and middleware chain left out):", "",
                       "| frame | % |", "|---|---|"]
            report += [f"| `{frame}` | {pct} |" for frame, pct in found["inclusive"]]
            if found["ours"]:
                report += ["", "Our code (agents/), inclusive:", "", "| frame | % |", "|---|---|"]
                report += [f"| `{frame}` | {pct} |" for frame, pct in found["ours"]]
            report += ["", "Heaviest frames, self:", "", "| frame | % |", "|---|---|"]
            report += [f"| `{frame}` | {pct} |" for frame, pct in found["self"][:15]]
            report.append("")
    (args.out / "profile.md").write_text("\n".join(report) + "\n")
    say("\n".join(report))
    say(f"written: {args.out / 'profile.md'}")
    return 0
