"""Each run gets fresh agents and teams, all on the tools built once per process (agno derives a tool once per
callable: tools made per request were introspected again on every run)."""

from __future__ import annotations

from typing import Any, cast

from agno.agent import Agent
from agno.models.openai import OpenAIChat
from agno.team import Team

from agents.teams.onboarding import OnboardingTeam
from agents.teams.registry import AGENTS, TEAMS, Components, Services, Tools


class OneModel:
    """What a build asks of `Models`: no provider is called while building."""

    def primary(self) -> OpenAIChat:
        return OpenAIChat(id="gpt-4o-mini", api_key="sk-unit", base_url="http://127.0.0.1:9/v1")

    def fallback(self) -> None:
        return None


def components() -> tuple[Components, Tools]:
    # The services are only reached when a tool runs; building never touches them.
    tools = Tools.bound_to(cast(Any, Services(actions=None, businesses=None, approvals=None, knowledge=None)))
    return Components(cast(Any, None), tools), tools


def test_every_build_is_fresh_and_shares_the_tools_built_once() -> None:
    built, tools = components()
    models = cast(Any, OneModel())
    for kind, registry in (("agent", AGENTS), ("team", TEAMS)):
        for component_id in registry:
            first, second = (built.build(kind, component_id, models, "biz-1") for _ in range(2))
            assert isinstance(first, Agent | Team) and isinstance(second, Agent | Team)
            assert first is not second and first.model is not second.model
            assert len(first.tools or []) == len(second.tools or []) > 0
            assert all(a is b for a, b in zip(first.tools or [], second.tools or [], strict=True)), component_id
            assert first.knowledge is second.knowledge
    scribe = built.build("agent", "scribe", models)
    assert isinstance(scribe, Agent) and tools.save_to_knowledge in (scribe.tools or [])
    assert scribe.knowledge is tools.knowledge


def test_an_onboarding_team_carries_its_business_and_shares_its_tools() -> None:
    built, tools = components()
    models = cast(Any, OneModel())
    one, other = (built.build("team", "validation", models, business) for business in ("biz-1", "biz-2"))
    assert isinstance(one, OnboardingTeam) and isinstance(other, OnboardingTeam)
    assert (one.business_id, other.business_id) == ("biz-1", "biz-2")
    assert [t for t in one.tools or [] if t in tools.business] == list(tools.business)
    assert all(a is b for a, b in zip(one.tools or [], other.tools or [], strict=True))
    assert built.build("agent", "unknown", models) is None
