"""The run scope: what a run carries for its caller, read back the same way everywhere (agents/runs/scope.py)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from agno.factory import TrustedContext
from agno.run.base import RunContext

from agents.middleware.principal import Principal
from agents.runs.scope import NOBODY, RunScope, owner_id, owner_in_workspace, parse_owner

AGENTS = Path(__file__).resolve().parents[2] / "agents"
MEMBER = Principal("jwt", "user-9", "ws-1", "member", correlation_id="corr-1")


def _carried(scope: RunScope) -> RunContext:
    return RunContext(run_id="r", session_id="s", user_id=scope.agno_user_id,
                      dependencies=scope.as_dependencies(), metadata=scope.as_metadata())


def test_a_members_scope_is_what_the_run_carries_and_reads_back() -> None:
    scope = RunScope.from_principal(MEMBER, business_id="biz-1")
    assert scope.agno_user_id == "ws-1:user-9"
    # The keys stored runs and tools have always had (credential only in metadata).
    assert scope.as_dependencies() == {"workspace_id": "ws-1", "user_id": "user-9", "role": "member",
                                       "correlation_id": "corr-1", "business_id": "biz-1"}
    assert scope.as_metadata() == {**scope.as_dependencies(), "credential": "jwt"}
    assert scope.session_state() == {"workspace_id": "ws-1", "user_id": "user-9"}
    assert RunScope.from_run_context(_carried(scope)) == scope
    assert RunScope.from_stored(scope.as_metadata(), scope.agno_user_id) == scope
    assert RunScope.from_trusted(TrustedContext(claims=scope.as_claims())) == scope


def test_an_operator_without_a_workspace_carries_no_owner() -> None:
    scope = RunScope.from_principal(Principal("admin_key", None, None, None, is_admin=True))
    assert scope.agno_user_id is None
    assert scope.as_dependencies() == {"workspace_id": None, "user_id": None, "role": "admin", "correlation_id": None}
    assert RunScope.from_run_context(_carried(scope)) == scope
    operator_in_ws = RunScope.from_principal(Principal("admin_key", None, "ws-1", None, is_admin=True))
    assert operator_in_ws.agno_user_id == "ws-1:operator"


def test_a_run_without_a_scope_reads_as_none_and_a_corrupt_one_is_refused() -> None:
    assert RunScope.from_run_context(RunContext(run_id="r", session_id="s")) is None
    assert RunScope.from_trusted(TrustedContext()) is None
    assert (RunScope.from_run_context(RunContext(run_id="r", session_id="s")) or NOBODY).workspace_id is None
    with pytest.raises(ValueError, match="workspace_id"):
        RunScope.from_run_context(RunContext(run_id="r", session_id="s", dependencies={"workspace_id": 7}))


def test_the_owner_id_is_split_at_its_first_colon() -> None:
    assert parse_owner("ws-1:user-9") == ("ws-1", "user-9")
    assert parse_owner("ws-1:user:with:colons") == ("ws-1", "user:with:colons")
    assert parse_owner(":user-9") == ("", "user-9")
    assert parse_owner("ws-1:") == ("ws-1", "")
    assert parse_owner(":") == ("", "")
    for no_owner in (None, "", "user-without-workspace"):
        assert parse_owner(no_owner) is None
    assert owner_id("ws-1", "user-9") == "ws-1:user-9"
    assert owner_in_workspace("ws-1:user-9", "ws-1") and not owner_in_workspace("ws-10:user-9", "ws-1")


def test_from_owner_needs_both_a_workspace_and_a_user() -> None:
    assert RunScope.from_owner("ws-1:user-9") == RunScope("ws-1", "user-9", agno_user_id="ws-1:user-9")
    for partial in (None, "", "ws-1", "ws-1:", ":user-9"):
        assert RunScope.from_owner(partial) is None


_IDENTITY = r"(principal|user_id|workspace_id|role|correlation_id|credential|business_id|dependencies|metadata" \
            r"|session_state|claims|scopes|user_isolation_enabled)"
_STATE_READ = re.compile(rf"\.state\.{_IDENTITY}\b|getattr\((request\.)?state, \"{_IDENTITY}\"")
_OWNER_PARSE = re.compile(r"(user_id|owner|agno_user).*\.(r?partition|split)\(\":\"")


def test_identity_is_read_from_request_state_only_in_the_middleware_and_owners_parsed_only_in_the_scope() -> None:
    state_reads, owner_parses = [], []
    for path in sorted(AGENTS.rglob("*.py")):
        relative = path.relative_to(AGENTS).as_posix()
        for number, line in enumerate(path.read_text().splitlines(), 1):
            if _STATE_READ.search(line) and not relative.startswith("middleware/"):
                state_reads.append(f"{relative}:{number}: {line.strip()}")
            if _OWNER_PARSE.search(line) and relative != "runs/scope.py":
                owner_parses.append(f"{relative}:{number}: {line.strip()}")
    assert state_reads == [], "read the caller through agents/middleware/deps.py or RunScope"
    assert owner_parses == [], "parse `<workspace>:<user>` with agents.runs.scope.parse_owner"
