"""The agent or team each run gets: built for the caller's workspace (its models) and, for onboarding, its business.

agno calls a component factory for every run on its own routes (`agno_factories`: what AgentOS serves); our
routes build through `build`, and continuations, reattaching and the control plane through `for_workspace`.
The caller is the RunScope the tenancy middleware put in agno's trusted request context (agents/runs/scope.py);
an onboarding team's business must be one of that workspace's (agents/teams/business.py), else nothing is built.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from typing import Any

from agno.agent.factory import AgentFactory
from agno.db.base import BaseDb
from agno.factory import FactoryPermissionError, RequestContext
from agno.team.factory import TeamFactory

from agents.middleware.deps import model_selection, record_business
from agents.providers.selection import ModelSelector
from agents.routes.control_plane import platform_model
from agents.runs.scope import NOBODY, RunScope
from agents.teams.business import BusinessDirectory
from agents.teams.registry import AGENTS, TEAMS, Components, Models


class RunBuilder:
    def __init__(self, components: Components, selector: ModelSelector, businesses: BusinessDirectory) -> None:
        self.components = components
        self.selector = selector
        self.businesses = businesses

    def build(self, kind: str, component_id: str, models: Models, business_id: str | None) -> object:
        """With the models already chosen (and the business already checked) for this run."""
        return self.components.build(kind, component_id, models, business_id)

    async def for_workspace(
        self, kind: str, component_id: str, workspace_id: str | None, business_id: str | None = None
    ) -> object:
        """With the workspace's own models, chosen here (no override, no budget check: no new model call starts)."""
        selection = await asyncio.to_thread(self.selector.select, workspace_id, component_id, None, False)
        return self.build(kind, component_id, Models(selection), business_id)

    def for_requests(self, kind: str, component_id: str) -> Callable[[RequestContext], Awaitable[object]]:
        """agno's factory callable for one component: builds it for each request's verified caller."""
        needs_business = kind == "team" and TEAMS[component_id].needs_business

        async def build_for_request(ctx: RequestContext) -> object:
            # The verified caller, as the tenancy middleware put it (also on agno's queued tickets).
            workspace_id = (RunScope.from_trusted(ctx.trusted) or NOBODY).workspace_id
            business_id = None
            if needs_business:
                business_id = await self.businesses.verified(workspace_id, ctx.input)
                if business_id is None:
                    raise FactoryPermissionError("business_id must name a business of your workspace")
                if ctx.request:  # recorded on the run, so a continuation rebuilds the same team
                    record_business(ctx.request, business_id)
            selection = model_selection(ctx.request) if ctx.request else None
            if selection is None:  # a route that needs the component but starts no new run
                return await self.for_workspace(kind, component_id, workspace_id, business_id)
            return self.build(kind, component_id, Models(selection), business_id)

        return build_for_request

    def agno_factories(self, db: BaseDb, default_model: str) -> tuple[list[Any], list[Any]]:
        """Every served agent and team as agno factories, the platform's default model as theirs in `/config` (a
        workspace may bring its own). Typed as agno takes them (its list parameters are invariant)."""
        agents: list[Any] = [
            AgentFactory(id=i, db=db, factory=self.for_requests("agent", i), name=e.name, description=e.description)
            for i, e in AGENTS.items()
        ]
        teams: list[Any] = [
            TeamFactory(id=i, db=db, factory=self.for_requests("team", i), name=e.name, description=e.description)
            for i, e in TEAMS.items()
        ]
        for component in (*agents, *teams):
            component.model = platform_model(default_model)
        return agents, teams
