"""What each HYVVE role may do, and the user id agno scopes a caller's data by (agents/middleware/principal.py)."""

from __future__ import annotations

import pytest

from agents.middleware.principal import Principal, Right


def member(role: str | None, workspace: str | None = "ws-1", user: str | None = "u-1") -> Principal:
    return Principal(credential="session", user_id=user, workspace_id=workspace, role=role)


@pytest.mark.parametrize(("role", "rights"), [
    ("owner", {Right.READ, Right.RUN, Right.APPROVE}),
    ("admin", {Right.READ, Right.RUN, Right.APPROVE}),
    ("member", {Right.READ, Right.RUN}),
    ("viewer", {Right.READ}),
    ("guest", {Right.READ}),
    ("service", {Right.READ, Right.RUN}),  # NestJS acting for nobody never decides approvals
    (None, set()),
    ("superuser", set()),  # a role HYVVE does not have grants nothing
])
def test_each_role_has_exactly_its_rights(role: str | None, rights: set[Right]) -> None:
    assert {right for right in Right if member(role).can(right)} == rights


def test_an_operator_has_every_right_without_a_role() -> None:
    operator = Principal(credential="admin_key", user_id=None, workspace_id=None, role=None, is_admin=True)

    assert all(operator.can(right) for right in Right)


def test_agno_scopes_by_the_user_within_the_workspace() -> None:
    assert member("member").agno_user_id == "ws-1:u-1"
    assert member("member", workspace="ws-2").agno_user_id == "ws-2:u-1"  # one person, two workspaces, two histories


@pytest.mark.parametrize(("workspace", "user"), [(None, "u-1"), ("ws-1", None), (None, None)])
def test_without_a_workspace_and_a_user_nothing_of_agno_is_scoped_to_the_caller(workspace, user) -> None:
    assert member("member", workspace=workspace, user=user).agno_user_id is None
