"""The verified caller of one request, and what its role lets it do."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Literal

ADMIN_SCOPE = "agent_os:admin"  # agno's admin scope; a JWT carrying it is an operator

CredentialKind = Literal["jwt", "session", "service", "admin_key", "control_plane"]


class Right(StrEnum):
    READ = "read"  # see the workspace's (and the user's own) data
    RUN = "run"  # start, continue, cancel runs; change own sessions and memories
    APPROVE = "approve"  # decide approvals


ROLE_RIGHTS: dict[str, frozenset[Right]] = {
    "owner": frozenset({Right.READ, Right.RUN, Right.APPROVE}),
    "admin": frozenset({Right.READ, Right.RUN, Right.APPROVE}),
    "member": frozenset({Right.READ, Right.RUN}),
    "viewer": frozenset({Right.READ}),
    "guest": frozenset({Right.READ}),
    # NestJS acting for no particular user: it may run agents, never decide approvals.
    "service": frozenset({Right.READ, Right.RUN}),
}

SERVICE_USER = "service"  # the user id of NestJS when it acts on behalf of nobody
# agno's user id for an operator credential naming no user (the admin key, a Control Plane token) acting in a
# workspace: what it stores there is that workspace's (row-level security, docs/adr/0010), never nobody's.
OPERATOR_USER = "operator"


@dataclass(frozen=True)
class Principal:
    credential: CredentialKind
    user_id: str | None
    workspace_id: str | None
    role: str | None
    is_admin: bool = False
    correlation_id: str | None = None

    def can(self, right: Right) -> bool:
        if self.is_admin:
            return True
        return self.role is not None and right in ROLE_RIGHTS.get(self.role, frozenset())

    @property
    def agno_user_id(self) -> str | None:
        """The user id agno stores and scopes by: the user *within* the workspace.

        agno isolates sessions, runs and memories per user id. Qualifying it with the workspace makes
        that isolation per (workspace, user): the same person in two workspaces has two histories and
        two memory spaces, and nothing of one workspace is reachable from another.
        """
        user_id = self.user_id or (OPERATOR_USER if self.is_admin else None)
        if self.workspace_id is None or user_id is None:
            return None
        return f"{self.workspace_id}:{user_id}"
