"""HYVVE's own Zod event schemas (packages/shared/src/schemas/events.ts), run with node over our events.

zod at the version HYVVE's `packages/shared` pins, and TypeScript (to strip the file's types) at the version
contracts/typescript pins, are installed once with npm into `.cache/hyvve-zod/` (gitignored; reused across
runs); HYVVE's checkout is only read.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import tempfile
from pathlib import Path
from typing import Any

import pytest

from tests.hyvve_repo import ROOT, hyvve_repo

SCHEMAS = Path("packages/shared/src/schemas/events.ts")
RUNNER = Path(__file__).with_name("hyvve_zod.mjs")
CACHE = ROOT / ".cache" / "hyvve-zod"


def _pinned(package_json: Path, name: str) -> str:
    manifest = json.loads(package_json.read_text())
    return {**manifest.get("devDependencies", {}), **manifest.get("dependencies", {})}[name]


def _dependencies(zod: str, typescript: str) -> Path:
    """A directory whose node_modules holds these versions (installed on first use)."""
    target = CACHE / re.sub(r"[^A-Za-z0-9.]+", "_", f"zod-{zod}-typescript-{typescript}")
    if (target / "node_modules" / "zod" / "package.json").exists():
        return target
    CACHE.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(dir=CACHE, prefix=".install-"))
    manifest = {"private": True, "type": "module", "dependencies": {"zod": zod, "typescript": typescript}}
    (staging / "package.json").write_text(json.dumps(manifest))
    done = subprocess.run(
        ["npm", "install", "--no-audit", "--no-fund", "--loglevel=error"],
        cwd=staging, capture_output=True, text=True, timeout=300,
    )
    if done.returncode != 0:
        shutil.rmtree(staging, ignore_errors=True)
        pytest.fail(f"npm install zod@{zod} typescript@{typescript} failed: {done.stderr.strip()[-500:]}",
                    pytrace=False)
    try:
        staging.rename(target)
    except OSError:  # another session installed it meanwhile
        shutil.rmtree(staging, ignore_errors=True)
    return target


def hyvve_zod_violations(events: list[dict[str, Any]]) -> list[str]:
    """What HYVVE's Zod schemas reject in these events (envelope and payload, as HYVVE's consumer validates),
    as sorted unique `<type> (source <s>) <envelope|data>.<path>: <message>` lines; [] when all pass."""
    if not events:
        return []
    if shutil.which("node") is None or shutil.which("npm") is None:
        pytest.fail("checking events with HYVVE's Zod schemas needs node and npm on the PATH", pytrace=False)
    repo = hyvve_repo()
    deps = _dependencies(
        _pinned(repo / "packages" / "shared" / "package.json", "zod"),
        _pinned(ROOT / "contracts" / "typescript" / "package.json", "typescript"),
    )
    done = subprocess.run(
        ["node", str(RUNNER), str(repo / SCHEMAS), str(deps)],
        input=json.dumps(events), capture_output=True, text=True, timeout=300,
    )
    assert done.returncode == 0, f"node {RUNNER.name} failed: {done.stderr.strip()[-2000:]}"
    return sorted(set(json.loads(done.stdout)))
