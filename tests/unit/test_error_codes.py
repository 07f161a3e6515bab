"""Every error code a client can see is a member of agents/errors.py's ErrorCode: one list, lower_snake_case."""

from __future__ import annotations

import re
from pathlib import Path

from agents.errors import ErrorCode

AGENTS = Path(__file__).resolve().parents[2] / "agents"
# A code literal where an error is raised or answered: the second argument of these, the first of TokenRejected.
LITERAL_CODE = re.compile(
    r'\b(?:ApiError|AuthError|SelectionError|error_response|_refuse)\((?:[^,()]*,\s*){1,5}?"[a-z][a-z_]*"\s*,'
    r'|\bTokenRejected\(\s*"|\bcode\s*=\s*"[a-z]'
)


def test_codes_are_lower_snake_case_and_unique() -> None:
    values = [code.value for code in ErrorCode]
    assert all(re.fullmatch(r"[a-z]+(_[a-z]+)*", value) for value in values)
    assert len(set(values)) == len(values)


def test_no_module_raises_an_error_with_a_code_of_its_own() -> None:
    found = [
        f"{path.relative_to(AGENTS.parent)}:{number}: {line.strip()}"
        for path in AGENTS.rglob("*.py")
        if path.name != "errors.py" and "devtools" not in path.parts  # the model stand-in speaks providers' errors
        for number, line in enumerate(path.read_text().splitlines(), 1)
        if LITERAL_CODE.search(line)
    ]
    assert found == [], "use agents.errors.ErrorCode for these codes"
