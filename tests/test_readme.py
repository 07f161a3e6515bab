"""The README's quickstart works as written: its curl commands run, in order, against a local-mode service."""

from __future__ import annotations

import json
import re
import subprocess
from collections.abc import Iterator

import pytest

from tests.harness import ROOT, ServiceProcess
from tests.test_local_mode import local_service, wait_for_banner

README = ROOT / "README.md"
DEFAULT_URL = "http://127.0.0.1:7777"


def quickstart_blocks(language: str = "sh") -> list[str]:
    text = README.read_text()
    section = re.search(r"^## Quickstart\n(.*?)(?=^## )", text, re.MULTILINE | re.DOTALL)
    assert section, "README.md has no '## Quickstart' section"
    blocks = re.findall(rf"^```{language}\n(.*?)^```", section.group(1), re.MULTILINE | re.DOTALL)
    return [block for block in blocks if "curl " in block or language != "sh"]


README_ANSWER = quickstart_blocks("json")[0]  # the expected output the README shows for the first run


@pytest.fixture(scope="module")
def local() -> Iterator[ServiceProcess]:
    with local_service() as service:
        wait_for_banner(service)
        yield service


def test_the_quickstart_has_the_demo_steps_as_curl_commands() -> None:
    script = "\n".join(quickstart_blocks())
    commands = re.findall(r"curl [^\n]*(?:\\\n[^\n]*)*", script)

    assert len(commands) >= 8
    # One address, defined once: a newcomer on another port changes one line.
    assert re.findall(r"^URL=.*$", script, re.MULTILINE) == [f"URL={DEFAULT_URL}"]
    assert script.count("127.0.0.1") == 1
    for command in commands:
        assert command.startswith(("curl -fsS ", "curl -fsSN ")), f"fails silently: {command}"
        assert re.search(r'"?\$URL/', command), f"not on $URL: {command}"
    for route in ("/agents ", "/agents/scribe/runs", "/teams/validation/runs", "/approval-items/$APPROVAL_ID/resolve"):
        assert route in script


def test_every_quickstart_curl_command_works_as_written(local: ServiceProcess) -> None:
    # The service runs on a free port, never 7777: only the one `URL=` line changes, as a newcomer's would.
    assert not local.base_url.endswith(":7777")
    script = "\n".join(quickstart_blocks()).replace(f"URL={DEFAULT_URL}\n", f"URL={local.base_url}\n", 1)

    # From the checkout (the service's working dir, where `.data/demo-token` is), as one shell session.
    result = subprocess.run(["bash", "-euo", "pipefail", "-c", script], cwd=local.cwd, capture_output=True,
                            text=True, timeout=120)

    assert result.returncode == 0, f"stdout:\n{result.stdout}\nstderr:\n{result.stderr}"
    out = result.stdout
    assert README_ANSWER in out  # the README shows what a newcomer will see
    assert out.count("Customers may return a candle within 30 days.") >= 2  # the search, then the agent's tool
    assert "event: RunCompleted" in out
    assert "Demo Candle Co" in out  # the onboarding team read the demo business
    assert "\nPAUSED\n" in out
    assert "content=We gift-wrap for free. Why: Ada asked" in out  # the item's description reads as one sentence
    assert '"status": "pending"' in out and '"status": "approved"' in out
    final_run = json.loads(out[out.rindex("\n{") + 1:])  # the last command's answer, pretty-printed
    assert final_run["status"] == "COMPLETED" and final_run["content"].startswith("Tool save_to_knowledge returned:")
    token = (local.cwd / ".data" / "demo-token").read_text().strip()
    with local.client(headers={"authorization": f"Bearer {token}"}) as http:
        items = http.get("/approval-items").json()["data"]
    assert [(i["status"], i["continuation"]) for i in items] == [("approved", "done")]
