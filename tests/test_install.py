"""The install resolves from the Python package index alone, on any machine (issue: a local build was pinned)."""

from __future__ import annotations

import re

from packaging.requirements import Requirement

from tests.harness import ROOT


def _pins() -> list[Requirement]:
    lines = (ROOT / "constraints.txt").read_text().splitlines()
    return [Requirement(line) for line in lines if line.strip() and not line.startswith("#")]


def test_every_dependency_is_pinned_to_one_version() -> None:
    pins = _pins()

    assert len(pins) > 50
    assert all(len(p.specifier) == 1 and next(iter(p.specifier)).operator == "==" for p in pins), pins


def test_no_pin_names_a_local_build_the_package_index_does_not_have() -> None:
    # `torch==2.13.0+cpu` exists only on PyTorch's own index; `torch==2.13.0` also accepts a local CPU build.
    local = [str(p) for p in _pins() if "+" in next(iter(p.specifier)).version]

    assert local == []


def test_make_install_shows_progress_instead_of_minutes_of_silence() -> None:
    makefile = (ROOT / "Makefile").read_text()
    install = next(line for line in makefile.splitlines() if "-c constraints.txt" in line)

    assert "--quiet" not in install and not re.search(r"\s-q\b", install)
