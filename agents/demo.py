"""`python -m agents demo` (`make demo`): a guided tour of a running service, over its public HTTP API.

Each step prints what it calls and what came back; the first failing step ends the demo with exit code 1.
Steps: list the agents, run Scribe, stream a run, ask Scribe for an action that needs approval (a note),
show the approval item, approve it as the workspace owner, follow the run to completion, show the usage.

Against local mode (`make run` with no DATABASE_URL) it needs nothing: the token is the demo owner's,
read from the file the server writes (`.data/demo-token`). Against another deployment pass `--token`
(an owner's or admin's credential: deciding approvals needs one).
"""

from __future__ import annotations

import json
import logging
import sys
import time
from pathlib import Path
from typing import Any

import httpx

# A note for the knowledge base, asked for by the owner with a modest confidence: its score (82) stays under the
# auto-approve threshold (85), so the item waits until someone decides.
NOTE = {
    "title": "Returns policy",
    "content": "Customers may return a candle within 30 days, unburnt.",
    "reason": "The owner asked to record the returns policy",
    "confidence": 50,
}
PLAIN_AGENT = "scribe"
RUN_TIMEOUT = 60.0


class StepFailed(Exception):
    pass


def _default_token_file() -> Path:
    from agents.local_mode import token_file
    from agents.settings import SettingsError, load_settings

    try:
        return token_file(load_settings())
    except SettingsError:
        return Path(".data/demo-token")


def _say(line: str = "") -> None:
    print(line, flush=True)


def _short(value: object, limit: int = 160) -> str:
    text = " ".join(str(value).split())
    return text if len(text) <= limit else text[: limit - 3] + "..."


def _json(response: httpx.Response, expected: int = 200) -> Any:
    if response.status_code != expected:
        raise StepFailed(f"{response.request.method} {response.request.url.path} answered "
                         f"{response.status_code}: {_short(response.text, 300)}")
    return response.json()


class Demo:
    def __init__(self, http: httpx.Client) -> None:
        self.http = http
        self.step = 0
        self.runs: list[dict[str, Any]] = []

    def title(self, text: str) -> None:
        self.step += 1
        _say()
        _say(f"{self.step}. {text}")

    # -- the steps --------------------------------------------------------------------------------------

    def list_agents(self) -> None:
        self.title("List the agents: GET /agents")
        agents = _json(self.http.get("/agents"))
        if not agents:
            raise StepFailed("no agents listed")
        for agent in agents:
            _say(f"   {agent.get('id', '?'):<10} {agent.get('name', '')}: {_short(agent.get('description') or '', 90)}")
        ids = {a.get("id") for a in agents}
        if not {"approval", "scribe"} <= ids:
            raise StepFailed(f"expected the approval and scribe agents, got {sorted(map(str, ids))}")

    def run_plain(self) -> None:
        self.title("Run Scribe: POST /agents/scribe/runs  message='What can you do for my shop?' stream=false")
        run = _json(self.http.post(f"/agents/{PLAIN_AGENT}/runs",
                                   data={"message": "What can you do for my shop?", "stream": "false"}))
        _say(f"   run {run.get('run_id')}  status {run.get('status')}")
        _say(f"   answer: {_short(run.get('content'))}")
        if run.get("status") != "COMPLETED" or not run.get("content"):
            raise StepFailed(f"the run did not complete with an answer: {_short(run, 300)}")
        self.runs.append(run)

    def stream_run(self) -> None:
        self.title("Stream a run: POST /agents/scribe/runs  message='Stream a hello' stream=true (server-sent events)")
        kinds: list[str] = []
        content: list[str] = []
        final: dict[str, Any] = {}
        form = {"message": "Stream a hello", "stream": "true"}
        with self.http.stream("POST", f"/agents/{PLAIN_AGENT}/runs", data=form) as response:
            if response.status_code != 200:
                response.read()
                raise StepFailed(f"the stream answered {response.status_code}: {_short(response.text, 300)}")
            for line in response.iter_lines():
                if not line.startswith("data: "):
                    continue
                event = json.loads(line[6:])
                kind = str(event.get("event"))
                if not kinds or kinds[-1] != kind:
                    kinds.append(kind)
                if kind == "RunContent" and isinstance(event.get("content"), str):
                    content.append(event["content"])
                if kind == "RunCompleted":
                    final = event
        _say(f"   events: {' -> '.join(kinds)}")
        _say(f"   streamed: {_short(''.join(content))}")
        if not kinds or kinds[-1] != "RunCompleted" or not content:
            raise StepFailed("the stream did not deliver content and end with RunCompleted")
        if final.get("run_id"):
            self.runs.append({"run_id": final["run_id"], "session_id": final.get("session_id"),
                              "agent": PLAIN_AGENT, "metrics": final.get("metrics")})

    def ask_for_action(self) -> dict[str, Any]:
        message = f"call save_to_knowledge {json.dumps(NOTE)}"
        self.title("Ask Scribe to save a note (an action that needs approval): POST /agents/scribe/runs")
        _say(f"   message: {message}")
        run = _json(self.http.post(f"/agents/{PLAIN_AGENT}/runs", data={"message": message, "stream": "false"}))
        tools = run.get("tools") or []
        approval_id = next((t.get("approval_id") for t in tools if t.get("approval_id")), None)
        _say(f"   run {run.get('run_id')}  status {run.get('status')}  approval id {approval_id}")
        if run.get("status") != "PAUSED" or not approval_id:
            raise StepFailed(f"expected a run PAUSED for approval, got {_short(run, 300)}")
        return {**run, "approval_id": approval_id}

    def show_item(self, approval_id: str) -> None:
        self.title(f"Show the approval item HYVVE's inbox lists: GET /approval-items/{approval_id}")
        item = _json(self.http.get(f"/approval-items/{approval_id}"))
        _say(f"   {item['title']}  status {item['status']}  priority {item['priority']}")
        _say(f"   confidence {item['confidence_score']}/100, recommendation {item['ai_recommendation']}, "
             f"due {item['due_at']}")
        _say(f"   preview: {_short(json.dumps(item.get('preview_data')), 200)}")
        if item["status"] != "pending":
            raise StepFailed(f"expected a pending item, got {item['status']}")

    def approve(self, approval_id: str) -> None:
        self.title(f"Approve it as the workspace owner: POST /approval-items/{approval_id}/resolve")
        body = {"decision": "approve", "notes": "Approved in the demo"}
        _say(f"   body: {json.dumps(body)}")
        item = _json(self.http.post(f"/approval-items/{approval_id}/resolve", json=body))
        _say(f"   status {item['status']}  resolved by {item['resolved_by_id']}  continuation {item['continuation']}")
        if item["status"] != "approved":
            raise StepFailed(f"expected approved, got {item['status']}")

    def follow(self, run: dict[str, Any]) -> None:
        path = f"/agents/{PLAIN_AGENT}/runs/{run['run_id']}"
        self.title(f"Follow the run until it completes: GET {path}?session_id=...")
        deadline = time.monotonic() + RUN_TIMEOUT
        current: dict[str, Any] = {}
        while time.monotonic() < deadline:
            current = _json(self.http.get(path, params={"session_id": run["session_id"]}))
            if current.get("status") in ("COMPLETED", "ERROR", "CANCELLED"):
                break
            time.sleep(0.5)
        _say(f"   status {current.get('status')}")
        _say(f"   answer: {_short(current.get('content'))}")
        if current.get("status") != "COMPLETED":
            raise StepFailed(f"the run did not complete within {RUN_TIMEOUT:.0f}s")
        if not str(current.get("content")).startswith("Tool save_to_knowledge returned:"):
            raise StepFailed("the approved action's result is not in the answer")
        self.runs.append({**current, "agent": PLAIN_AGENT})

    def usage(self) -> None:
        self.title("Usage: each run's metrics (GET /agents/{id}/runs/{run_id})")
        total = 0
        for run in self.runs:
            metrics = run.get("metrics")
            if not metrics and run.get("run_id"):
                agent = run.get("agent") or run.get("agent_id") or PLAIN_AGENT
                fetched = _json(self.http.get(f"/agents/{agent}/runs/{run['run_id']}",
                                              params={"session_id": run.get("session_id")}))
                metrics = fetched.get("metrics")
            metrics = metrics or {}
            models = [
                f"{m.get('id')} " + ("on the platform key" if str(m.get("provider")).startswith("platform")
                                     else f"via {m.get('provider')}")
                for m in (metrics.get("details") or {}).get("model", [])
            ]
            _say(f"   run {run.get('run_id')}: input {metrics.get('input_tokens', 0)}, output "
                 f"{metrics.get('output_tokens', 0)}, total {metrics.get('total_tokens', 0)} tokens"
                 + (f" ({', '.join(models)})" if models else ""))
            total += int(metrics.get("total_tokens") or 0)
        _say(f"   {total} tokens in all")
        _say("   These runs used the platform model. HYVVE's token_usage table meters runs on a workspace's own")
        _say("   provider keys (BYOAI, see contracts/byoai.md); platform-key runs appear only in the run metrics.")
        if total <= 0:
            raise StepFailed("the runs recorded no token usage")


def run_demo(url: str, token: str | None) -> int:
    logging.getLogger("httpx").setLevel(logging.WARNING)  # the steps print what they call
    url = url.rstrip("/")
    source = "--token"
    if token is None:
        path = _default_token_file()
        try:
            token = path.read_text().strip()
        except OSError:
            print(f"error: no token: {path} is missing. Start the service in local mode first (`make run` with no "
                  "DATABASE_URL), or pass --token with an owner's or admin's credential", file=sys.stderr)
            return 2
        source = str(path)
    _say(f"HYVVE AgentOS demo against {url} (token from {source})")
    try:
        health = httpx.get(f"{url}/health", timeout=5)
    except httpx.HTTPError as exc:
        print(f"error: nothing answers at {url} ({type(exc).__name__}): start the service first (`make run`, "
              "in another terminal), or pass --url", file=sys.stderr)
        return 1
    if health.status_code != 200:
        print(f"error: {url}/health answered {health.status_code}: is this HYVVE AgentOS?", file=sys.stderr)
        return 1

    with httpx.Client(base_url=url, timeout=RUN_TIMEOUT, headers={"authorization": f"Bearer {token}"}) as http:
        demo = Demo(http)
        try:
            demo.list_agents()
            demo.run_plain()
            demo.stream_run()
            paused = demo.ask_for_action()
            demo.show_item(paused["approval_id"])
            demo.approve(paused["approval_id"])
            demo.follow(paused)
            demo.usage()
        except StepFailed as failed:
            _say(f"   FAILED: {failed}")
            print(f"error: the demo failed at step {demo.step}: {failed}", file=sys.stderr)
            return 1
        except httpx.HTTPError as exc:
            _say(f"   FAILED: {type(exc).__name__}: {exc}")
            print(f"error: the demo failed at step {demo.step}: {type(exc).__name__}", file=sys.stderr)
            return 1
    _say()
    _say(f"Demo complete: {demo.step} steps, including an approval round trip (pause -> item -> approve -> done).")
    return 0
