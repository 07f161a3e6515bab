"""Who a run acts for: one frozen RunScope, built once from the verified principal and carried by the run.

The tenancy middleware builds it (agents/middleware/tenancy.py) and hands it to agno three ways: agno's user id
(`<workspace_id>:<user_id>`, what agno isolates sessions, runs and memories by), the run's `dependencies` /
`metadata` / `session_state` dicts (what tools and continuations read back), and agno's trusted request
context (what component factories read). Everything else reads identity through this module's named methods:
`RunScope.from_run_context` (tools), `from_stored` (continuations), `from_trusted` (factories) and
`parse_owner` (the one parser of `<workspace>:<user>`), never by looking up dict keys itself.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from typing import Any

from agents.middleware.principal import Principal

# The identity keys a run carries in `dependencies` (and `metadata`, with the credential): the stored shape.
IDENTITY_KEYS = ("workspace_id", "user_id", "role", "correlation_id")
# Where the scope sits in agno's trusted request context (copied from the request state's claims by agno).
TRUSTED_CLAIM = "hyvve_run_scope"


def parse_owner(agno_user_id: str | None) -> tuple[str, str] | None:
    """(workspace_id, user_id) of agno's user id `<workspace_id>:<user_id>`; None when it has no colon.

    Split at the first colon: the user part keeps any further colons; either part may be empty (callers
    decide whether that is enough for them).
    """
    if not agno_user_id or ":" not in agno_user_id:
        return None
    workspace_id, _, user_id = agno_user_id.partition(":")
    return workspace_id, user_id


def owner_id(workspace_id: str, user_id: str) -> str:
    """agno's user id for a user within a workspace (the inverse of parse_owner)."""
    return f"{workspace_id}:{user_id}"


def owner_in_workspace(agno_user_id: str, workspace_id: str) -> bool:
    """Whether agno's user id names a user (any) of `workspace_id`."""
    return agno_user_id.startswith(owner_id(workspace_id, ""))


@dataclass(frozen=True)
class RunScope:
    workspace_id: str | None
    user_id: str | None
    role: str | None = None
    correlation_id: str | None = None
    credential: str | None = None  # the kind of credential (Principal.credential), never a secret
    business_id: str | None = None  # an onboarding team's business, checked to be the workspace's
    agno_user_id: str | None = None  # `<workspace>:<user>` (an operator may have a workspace and no user)

    @classmethod
    def from_principal(cls, principal: Principal, business_id: str | None = None) -> RunScope:
        return cls(
            workspace_id=principal.workspace_id,
            user_id=principal.user_id,
            role="admin" if principal.is_admin and principal.role is None else principal.role,
            correlation_id=principal.correlation_id,
            credential=principal.credential,
            business_id=business_id,
            agno_user_id=principal.agno_user_id,
        )

    @classmethod
    def from_run_context(cls, run_context: Any) -> RunScope | None:
        """The scope a run carries (agno's RunContext: its dependencies, metadata and user id); None if none."""
        dependencies = getattr(run_context, "dependencies", None)
        if not isinstance(dependencies, Mapping):
            return None
        metadata = getattr(run_context, "metadata", None)
        return cls._from_mapping(dependencies, getattr(run_context, "user_id", None),
                                 metadata.get("credential") if isinstance(metadata, Mapping) else None)

    @classmethod
    def from_stored(cls, metadata: Mapping[str, Any] | None, agno_user_id: str | None) -> RunScope:
        """The scope recorded in a stored run's metadata (what a continuation acts for)."""
        metadata = metadata or {}
        return cls._from_mapping(metadata, agno_user_id, metadata.get("credential"))

    @classmethod
    def from_trusted(cls, trusted: Any) -> RunScope | None:
        """The scope in agno's trusted request context (a factory's `ctx.trusted`); None when the caller has none."""
        carried = (getattr(trusted, "claims", None) or {}).get(TRUSTED_CLAIM)
        if not isinstance(carried, Mapping):
            return None
        return cls._from_mapping(carried, carried.get("agno_user_id"), carried.get("credential"))

    @classmethod
    def from_owner(cls, agno_user_id: str | None) -> RunScope | None:
        """The workspace and user of agno's user id; None unless both are named."""
        parsed = parse_owner(agno_user_id)
        if parsed is None or not all(parsed):
            return None
        return cls(workspace_id=parsed[0], user_id=parsed[1], agno_user_id=agno_user_id)

    @classmethod
    def _from_mapping(cls, carried: Mapping[str, Any], agno_user_id: Any, credential: Any) -> RunScope:
        values = {key: carried.get(key) for key in (*IDENTITY_KEYS, "business_id")}
        values |= {"credential": credential, "agno_user_id": agno_user_id}
        wrong = sorted(key for key, value in values.items() if value is not None and not isinstance(value, str))
        if wrong:  # only our own code writes these; anything else is a bug to see, not to guess around
            raise ValueError(f"run scope fields must be strings: {', '.join(wrong)}")
        return cls(**values)

    def with_business(self, business_id: str | None) -> RunScope:
        return replace(self, business_id=business_id)

    def with_correlation_id(self, correlation_id: str | None) -> RunScope:
        return replace(self, correlation_id=correlation_id)

    def as_dependencies(self) -> dict[str, Any]:
        """The `dependencies` dict agno carries for the run (the keys stored runs and tools have always had)."""
        carried: dict[str, Any] = {key: getattr(self, key) for key in IDENTITY_KEYS}
        if self.business_id:
            carried["business_id"] = self.business_id
        return carried

    def as_metadata(self) -> dict[str, Any]:
        """The run's `metadata`: its dependencies and the kind of credential that started it."""
        return {**self.as_dependencies(), "credential": self.credential}

    def session_state(self) -> dict[str, Any]:
        """The identity keys of the session state (a client's own keys never override them)."""
        return {"workspace_id": self.workspace_id, "user_id": self.user_id}

    def as_claims(self) -> dict[str, Any]:
        """The claims the tenancy middleware gives agno's trusted request context, which factories read."""
        return {TRUSTED_CLAIM: {**self.as_metadata(), "agno_user_id": self.agno_user_id}}


NOBODY = RunScope(workspace_id=None, user_id=None)  # a run that carries no scope acts for no workspace
