"""contracts/typescript: the generated types are current and type-check.

HYVVE's real clients run against the service in tests/test_hyvve_clients.py; no example here imitates them.
"""

from __future__ import annotations

import shutil
import subprocess

import pytest

from tests.test_contracts_events import CONTRACTS

PACKAGE = CONTRACTS / "typescript"

pytestmark = pytest.mark.skipif(
    shutil.which("node") is None or shutil.which("npm") is None, reason="needs Node.js and npm"
)


def _run(*command: str, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    return subprocess.run(command, cwd=PACKAGE, capture_output=True, text=True, timeout=timeout)


@pytest.fixture(scope="module")
def installed() -> None:
    """`npm ci` with the pinned versions, unless node_modules already holds exactly the lockfile's packages."""
    installed_lock = PACKAGE / "node_modules" / ".package-lock.json"
    lock = PACKAGE / "package-lock.json"
    if installed_lock.exists() and installed_lock.stat().st_mtime >= lock.stat().st_mtime:
        return
    result = _run("npm", "ci", "--no-audit", "--no-fund", "--loglevel=error", timeout=300)
    assert result.returncode == 0, result.stdout + result.stderr


def test_generated_types_are_current(installed: None) -> None:
    result = _run("node", "scripts/generate.mjs", "--check")

    assert result.returncode == 0, result.stderr or result.stdout


def test_types_type_check(installed: None) -> None:
    result = _run("node", "node_modules/typescript/bin/tsc", "--noEmit", "-p", "tsconfig.json")

    assert result.returncode == 0, "tsc --noEmit in contracts/typescript:\n" + result.stdout + result.stderr
