"""Where HYVVE's own code is: `HYVVE_REPO` (relative paths from the repository root), by default
`../shared/hyvve/upstream`. Read-only: tests copy from it, never write or install into it."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_HYVVE_REPO = "../shared/hyvve/upstream"


def hyvve_repo() -> Path:
    """HYVVE's checkout; fails the test (one line saying how to set it) when it is not there."""
    setting = os.environ.get("HYVVE_REPO") or DEFAULT_HYVVE_REPO
    path = (ROOT / setting).resolve()  # an absolute setting stays as it is
    if not (path / "packages").is_dir() or not (path / "apps").is_dir():
        pytest.fail(f"HYVVE's code is not at {path}: set HYVVE_REPO to a HYVVE checkout "
                    f"(e.g. HYVVE_REPO={DEFAULT_HYVVE_REPO})", pytrace=False)
    return path
