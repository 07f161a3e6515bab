"""`python -m agents demo` (`make demo`) against a local-mode service: every step, the approval round trip."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.harness import ROOT, ServiceProcess, free_port
from tests.test_local_mode import local_env, local_service, wait_for_banner


@pytest.fixture(scope="module")
def local() -> Iterator[ServiceProcess]:
    with local_service() as service:
        wait_for_banner(service)
        yield service


def demo(service: ServiceProcess, *args: str, url: str | None = None,
         find_url: bool = False) -> subprocess.CompletedProcess[str]:
    # Run as a newcomer would: from the checkout (the service's working dir), with the same environment.
    where = [] if find_url else ["--url", url or service.base_url]
    return subprocess.run(
        [sys.executable, "-m", "agents", "demo", *where, *args],
        cwd=service.cwd, env={**os.environ, **local_env(Path(service.cwd))}, capture_output=True, text=True,
        timeout=120,
    )


def test_the_demo_walks_through_runs_and_an_approval_round_trip(local: ServiceProcess) -> None:
    result = demo(local)

    assert result.returncode == 0, result.stdout + result.stderr
    out = result.stdout
    steps = [
        "1. List the agents: GET /agents", "approval", "scribe",
        "2. Run Scribe", "status COMPLETED", "Scripted reply: What can you do for my shop?",
        "3. Stream a run", "RunStarted ->", "-> RunCompleted", "streamed: Scripted reply: Stream a hello",
        "4. Ask Scribe to save a note", "status PAUSED  approval id",
        "5. Show the approval item", "Scribe wants to save to knowledge  status pending",
        "6. Approve it as the workspace owner", "status approved",
        "7. Follow the run until it completes", "status COMPLETED", "Tool save_to_knowledge returned:",
        "8. Usage", "tokens in all", "token_usage",
        "Demo complete: 8 steps",
    ]
    position = 0
    for expected in steps:  # in this order
        found = out.find(expected, position)
        assert found >= 0, f"'{expected}' missing after position {position}:\n{out}"
        position = found + len(expected)
    assert result.stderr == ""


def test_the_demo_without_a_url_finds_the_running_service_on_its_port(local: ServiceProcess) -> None:
    assert local.port != 7777  # `make run PORT=...`: `make demo` without PORT must still find it
    result = demo(local, "--token", "not-a-session", find_url=True)

    assert f"demo against {local.base_url} " in result.stdout, result.stdout + result.stderr
    assert "FAILED: GET /agents answered 401" in result.stdout  # it reached the service


def test_make_demo_passes_a_url_only_when_port_is_given() -> None:
    def dry_run(*args: str) -> str:  # -n: print the recipe; -o: the install step counts as done
        env = {k: v for k, v in os.environ.items() if k not in ("PORT", "HOST")}
        return subprocess.run(["make", "-n", "-o", ".venv/.installed", "demo", *args], cwd=ROOT, env=env,
                              capture_output=True, text=True, timeout=30).stdout

    assert "agents demo" in dry_run() and "--url" not in dry_run()
    assert "--url http://127.0.0.1:7790" in dry_run("PORT=7790")


def test_make_clean_says_it_deletes_the_demo_database() -> None:
    recipe = subprocess.run(["make", "-n", "clean"], cwd=ROOT, capture_output=True, text=True, timeout=30).stdout

    assert "the local demo database" in recipe and "rm -rf .venv .data" in recipe


def test_the_demo_fails_loudly_on_a_bad_token(local: ServiceProcess) -> None:
    result = demo(local, "--token", "not-a-session")

    assert result.returncode == 1
    assert "FAILED: GET /agents answered 401" in result.stdout
    assert result.stderr.startswith("error: the demo failed at step 1")


def test_the_demo_says_when_no_service_answers(local: ServiceProcess) -> None:
    result = demo(local, url=f"http://127.0.0.1:{free_port()}")

    assert result.returncode == 1
    assert "start the service first (`make run`" in result.stderr


def test_the_demo_says_where_the_token_should_be(tmp_path: Path) -> None:
    result = subprocess.run([sys.executable, "-m", "agents", "demo"], cwd=tmp_path,
                            env={**os.environ, **local_env(tmp_path)}, capture_output=True, text=True, timeout=60)

    assert result.returncode == 2
    assert f"{tmp_path.resolve()}/.data/demo-token is missing" in result.stderr
