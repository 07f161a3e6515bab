"""The load generator: a separate process, so the client never shares a GIL with the servers it measures.

`python -m bench.load SPEC.json` runs one measurement described by the spec and prints its result as one JSON
object on the last line of stdout. `hold` is interactive: it prints `{"ready": ...}` once every stream is open
and waits for `close` on stdin. Every loop is bounded by a count and by the spec's `deadline_s`; the only
addresses it talks to are the 127.0.0.1 URLs it is given.
"""

from __future__ import annotations

import asyncio
import json
import resource
import sys
import time
from typing import Any

import httpx

Json = dict[str, Any]


def _client(target: Json, connections: int, timeout: float = 120) -> httpx.AsyncClient:
    assert target["base_url"].startswith("http://127.0.0.1:"), target["base_url"]
    limits = httpx.Limits(max_connections=connections, max_keepalive_connections=connections)
    return httpx.AsyncClient(base_url=target["base_url"], headers=target.get("headers") or {}, limits=limits,
                             timeout=httpx.Timeout(timeout, connect=10))


def _form(target: Json, message: str, stream: bool, **extra: str) -> Json:
    return {"message": message, "stream": "true" if stream else "false", **(target.get("form") or {}), **extra}


def _run_path(target: Json, agent: str | None = None) -> str:
    return f"/agents/{agent or target['agent']}/runs"


# -- 1. non-streaming runs at a fixed concurrency --------------------------------------------------------------


async def runs(spec: Json) -> Json:
    target, concurrency, count = spec["target"], int(spec["concurrency"]), int(spec["count"])
    warmup, deadline_s = int(spec.get("warmup", 0)), float(spec["deadline_s"])
    latencies: list[float] = []
    errors: list[str] = []
    async with _client(target, concurrency) as http:

        async def one(i: int, record: bool) -> None:
            started = time.perf_counter()
            try:
                response = await http.post(_run_path(target), data=_form(target, f"benchmark run {i}: hello", False))
                ok = response.status_code == 200 and response.json().get("status") == "COMPLETED"
                if not ok:
                    errors.append(f"{response.status_code} {response.text[:200]}")
            except httpx.HTTPError as exc:
                ok = False
                errors.append(repr(exc)[:200])
            if record and ok:
                latencies.append(time.perf_counter() - started)

        async def worker(queue: asyncio.Queue[int], stop_at: float, record: bool) -> None:
            while time.monotonic() < stop_at:
                try:
                    i = queue.get_nowait()
                except asyncio.QueueEmpty:
                    return
                await one(i, record)

        async def phase(n: int, record: bool, budget: float) -> float:
            queue: asyncio.Queue[int] = asyncio.Queue()
            for i in range(n):
                queue.put_nowait(i)
            started = time.perf_counter()
            stop_at = time.monotonic() + budget
            await asyncio.gather(*(worker(queue, stop_at, record) for _ in range(concurrency)))
            return time.perf_counter() - started

        if warmup:
            await phase(warmup, False, deadline_s / 3)
            errors.clear()
        print(json.dumps({"measuring": True}), flush=True)  # the orchestrator samples CPU from here
        wall = await phase(count, True, deadline_s)
    return {"latencies": latencies, "wall_s": wall, "completed": len(latencies), "errors": errors[:5],
            "error_count": len(errors)}


# -- 2. streaming: time to first event, first content, gaps between content events -----------------------------


async def stream(spec: Json) -> Json:
    target, count, deadline = spec["target"], int(spec["count"]), time.monotonic() + float(spec["deadline_s"])
    message = spec.get("message", "please stream this answer back to me one small word at a time so we can time it")
    samples: list[Json] = []
    errors: list[str] = []
    async with _client(target, 1) as http:
        for i in range(int(spec.get("warmup", 0)) + count):
            if time.monotonic() > deadline:
                break
            started, sent_at = time.perf_counter(), time.time()
            first_event = first_content = None
            content_times: list[float] = []
            last_event = ""
            try:
                async with http.stream("POST", _run_path(target), data=_form(target, message, True)) as response:
                    if response.status_code != 200:
                        errors.append(f"{response.status_code} {(await response.aread())[:200]!r}")
                        continue
                    async for line in response.aiter_lines():
                        if not line.startswith("data: "):
                            continue
                        now = time.perf_counter()
                        first_event = first_event if first_event is not None else now - started
                        event = json.loads(line[6:]).get("event", "")
                        last_event = event
                        if event == "RunContent":
                            first_content = first_content if first_content is not None else now - started
                            content_times.append(now)
            except httpx.HTTPError as exc:
                errors.append(repr(exc)[:200])
                continue
            if i < int(spec.get("warmup", 0)):
                continue
            if last_event != "RunCompleted" or first_event is None or first_content is None:
                errors.append(f"stream ended with {last_event!r}")
                continue
            gaps = [b - a for a, b in zip(content_times, content_times[1:], strict=False)]
            samples.append({"sent_at": sent_at, "first_event": first_event, "first_content": first_content, "gaps": gaps,
                            "total": time.perf_counter() - started, "content_events": len(content_times)})
    return {"samples": samples, "errors": errors[:5], "error_count": len(errors)}


# -- 3. one session, many turns ----------------------------------------------------------------------------------


async def session(spec: Json) -> Json:
    target, turns, deadline = spec["target"], int(spec["turns"]), time.monotonic() + float(spec["deadline_s"])
    latencies: list[float] = []
    errors: list[str] = []
    session_id = None
    async with _client(target, 1) as http:
        for turn in range(1, turns + 1):
            if time.monotonic() > deadline:
                errors.append(f"deadline reached after {turn - 1} turns")
                break
            extra = {"session_id": session_id} if session_id else {}
            started = time.perf_counter()
            response = await http.post(_run_path(target), data=_form(target, f"turn {turn}: what should I do next?",
                                                                      False, **extra))
            elapsed = time.perf_counter() - started
            if response.status_code != 200 or response.json().get("status") != "COMPLETED":
                errors.append(f"turn {turn}: {response.status_code} {response.text[:200]}")
                break
            session_id = response.json()["session_id"]
            latencies.append(elapsed)
    return {"latencies": latencies, "session_id": session_id, "errors": errors[:5], "error_count": len(errors)}


# -- 4. approvals: pause -> decision -> completion ---------------------------------------------------------------

# A modest confidence keeps the score under the auto-approve threshold (85) for an owner too: always pending.
NOTE = {"title": "Returns policy", "content": "Customers may return a candle within 30 days.",
        "reason": "The owner asked to record it", "confidence": 50}


async def _pause(http: httpx.AsyncClient, target: Json, i: int) -> tuple[Json, float]:
    message = "call save_to_knowledge " + json.dumps({**NOTE, "title": f"Returns policy {i}"})
    started = time.perf_counter()
    response = await http.post(_run_path(target, target["pausing"]), data=_form(target, message, False))
    elapsed = time.perf_counter() - started
    body = response.json() if response.headers.get("content-type", "").startswith("application/json") else {}
    if response.status_code != 200 or body.get("status") != "PAUSED":
        raise RuntimeError(f"expected a paused run: {response.status_code} {response.text[:300]}")
    return body, elapsed


async def _decide(http: httpx.AsyncClient, target: Json, run: Json) -> float:
    """Service: resolve the approval item. Plain agno: continue the run with the tool call confirmed."""
    started = time.perf_counter()
    if target["approvals"] == "service":
        approval_id = run["tools"][0]["approval_id"]
        response = await http.post(f"/approval-items/{approval_id}/resolve",
                                   json={"decision": "approve", "notes": "benchmark"})
        ok = response.status_code == 200 and response.json().get("status") == "approved"
    else:
        tools = [{**tool, "confirmed": True} for tool in run["tools"]]
        response = await http.post(f"{_run_path(target, target['pausing'])}/{run['run_id']}/continue",
                                   data={"tools": json.dumps(tools), "session_id": run["session_id"], "stream": "false",
                                         **(target.get("form") or {})})
        ok = response.status_code == 200 and response.json().get("status") == "COMPLETED"
    if not ok:
        raise RuntimeError(f"decision failed: {response.status_code} {response.text[:300]}")
    return time.perf_counter() - started


async def _wait_completed(http: httpx.AsyncClient, target: Json, run: Json, deadline: float, interval: float) -> float:
    """Until the service's continuation of the run's approval is done: its approval item says so
    (`continuation: done`) once the continued run is stored; the run itself is then checked once.

    The item is what a HYVVE client follows (the approval it decided). Polling `GET .../runs/{id}` instead, which
    reads and decodes the whole agno session each time, every 10 ms, took a third of the service's CPU in the
    one-at-a-time flow and slowed the continuation it was waiting for. Returns when (perf_counter) it saw `done`."""
    item = f"/approval-items/{run['tools'][0]['approval_id']}"
    while time.monotonic() < deadline:
        response = await http.get(item)
        state = response.json().get("continuation") if response.status_code == 200 else None
        if state == "done":
            seen = time.perf_counter()
            stored = await http.get(f"{_run_path(target, target['pausing'])}/{run['run_id']}",
                                    params={"session_id": run["session_id"]})
            if stored.status_code == 200 and stored.json().get("status") == "COMPLETED":
                return seen
            raise RuntimeError(f"run {run['run_id']} continued but not completed: {stored.text[:300]}")
        if state == "failed":
            raise RuntimeError(f"the continuation of run {run['run_id']} failed: {response.text[:300]}")
        await asyncio.sleep(interval)
    raise TimeoutError(f"run {run['run_id']} not completed in time")


async def approvals(spec: Json) -> Json:
    target = spec["target"]
    deadline = time.monotonic() + float(spec["deadline_s"])
    poll = float(spec.get("poll_s", 0.01))
    cycles: list[Json] = []
    errors: list[str] = []
    async with _client(target, max(8, int(spec["concurrency"]))) as http:
        # Latency, one approval at a time.
        for i in range(int(spec["cycles"])):
            if time.monotonic() > deadline:
                break
            try:
                run, pause = await _pause(http, target, i)
                decided_at, sent_at = time.perf_counter(), time.time()
                decision = await _decide(http, target, run)
                completed_at = time.perf_counter()
                if target["approvals"] == "service":
                    completed_at = await _wait_completed(http, target, run, min(deadline, time.monotonic() + 30), poll)
                cycles.append({"sent_at": sent_at, "pause": pause, "decision": decision,
                               "completion": completed_at - decided_at})
            except (RuntimeError, TimeoutError, httpx.HTTPError) as exc:
                errors.append(repr(exc)[:300])
        # Throughput: pause a batch, then decide all of it with the given concurrency.
        batch, concurrency = int(spec["batch"]), int(spec["concurrency"])
        gate = asyncio.Semaphore(concurrency)

        async def paused(i: int) -> Json | None:
            async with gate:
                try:
                    return (await _pause(http, target, 1000 + i))[0]
                except (RuntimeError, httpx.HTTPError) as exc:
                    errors.append(repr(exc)[:300])
                    return None

        print(json.dumps({"phase": "pausing"}), flush=True)
        runs = [r for r in await asyncio.gather(*(paused(i) for i in range(batch))) if r is not None]
        print(json.dumps({"phase": "paused"}), flush=True)  # the orchestrator samples CPU at each phase

        async def decided(run: Json) -> bool:
            async with gate:
                try:
                    await _decide(http, target, run)
                    return True
                except (RuntimeError, httpx.HTTPError) as exc:
                    errors.append(repr(exc)[:300])
                    return False

        started = time.perf_counter()
        ok = sum(await asyncio.gather(*(decided(r) for r in runs)))
        decisions_s = time.perf_counter() - started
        completed_s = decisions_s
        if target["approvals"] == "service":
            # The continuations run in the service's background; wait for every run to complete.
            for run in runs:
                try:
                    await _wait_completed(http, target, run, deadline, 0.05)
                except (RuntimeError, TimeoutError, httpx.HTTPError) as exc:
                    errors.append(repr(exc)[:300])
                    break
            completed_s = time.perf_counter() - started
        print(json.dumps({"phase": "completed"}), flush=True)
    return {"cycles": cycles, "batch": len(runs), "decided": ok, "decisions_wall_s": decisions_s,
            "completed_wall_s": completed_s, "errors": errors[:5], "error_count": len(errors)}


# -- 6. many idle SSE streams, held open ---------------------------------------------------------------------------


async def hold(spec: Json) -> Json:
    target, count = spec["target"], int(spec["count"])
    deadline = time.monotonic() + float(spec["deadline_s"])
    opened = 0
    failed: list[str] = []
    release = asyncio.Event()
    all_open = asyncio.Event()
    gate = asyncio.Semaphore(int(spec.get("open_concurrency", 25)))

    async with _client(target, count + 4, timeout=float(spec["deadline_s"])) as http:

        async def one(i: int) -> None:
            nonlocal opened
            try:
                async with gate:
                    cm = http.stream("POST", _run_path(target), data=_form(target, f"held stream {i}", True))
                    response = await cm.__aenter__()
                    lines = response.aiter_lines()
                    async for line in lines:  # wait for the first event: the run has started
                        if line.startswith("data: "):
                            break
                opened += 1
                if opened + len(failed) == count:
                    all_open.set()
                try:
                    await release.wait()
                finally:
                    await cm.__aexit__(None, None, None)
            except Exception as exc:  # noqa: BLE001 (a stream that failed to open is counted, not fatal)
                failed.append(repr(exc)[:200])
                if opened + len(failed) == count:
                    all_open.set()

        tasks = [asyncio.create_task(one(i)) for i in range(count)]
        try:
            await asyncio.wait_for(all_open.wait(), timeout=max(1.0, deadline - time.monotonic()))
        except TimeoutError:
            pass
        print(json.dumps({"ready": True, "opened": opened, "failed": len(failed)}), flush=True)
        loop = asyncio.get_running_loop()
        try:
            await asyncio.wait_for(loop.run_in_executor(None, sys.stdin.readline),
                                   timeout=max(1.0, deadline - time.monotonic()))
        except TimeoutError:
            pass
        release.set()
        await asyncio.wait(tasks, timeout=30)
    return {"opened": opened, "failed": len(failed), "errors": failed[:5]}


MODES = {"runs": runs, "stream": stream, "session": session, "approvals": approvals, "hold": hold}


def main() -> None:
    with open(sys.argv[1]) as f:
        spec = json.load(f)
    try:
        import uvloop
    except ImportError:
        uvloop = None
    run = uvloop.run if uvloop is not None else asyncio.run
    result = run(MODES[spec["mode"]](spec))
    usage = resource.getrusage(resource.RUSAGE_SELF)
    result["client_cpu_s"] = usage.ru_utime + usage.ru_stime
    print(json.dumps(result), flush=True)


if __name__ == "__main__":
    main()
