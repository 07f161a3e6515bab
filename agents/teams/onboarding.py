"""HYVVE's onboarding teams: Validation (Vera), Planning (Blake) and Branding (Bella).

Team and member ids are API ids: keep them stable (HYVVE's model preference keys for the teams are in
agents/providers/selection.py `PREFERENCE_KEYS`). Every onboarding run is about one
business (`factory_input: {"business_id": "..."}`), verified to belong to the caller's workspace before
the team is built (agents/teams/business.py); the team's tools read that verified business from the team.
Saving results to HYVVE changes state, so it goes through approval; reading the business does not.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from pydantic import BaseModel, Field

from agno.agent import Agent
from agno.approval import approval
from agno.db.base import AsyncBaseDb, BaseDb
from agno.run import RunContext
from agno.team import Team
from agno.tools import tool
from agno.tools.function import Function

from agents.events.run_events import announce_run_started
from agents.teams.actions import ActionGateway
from agents.teams.business import BusinessDirectory
from agents.teams.context_tools import workspace_context

if TYPE_CHECKING:
    from agents.teams.registry import Models


# -- what HYVVE stores from these teams ---------------------------------------------------------------


class MarketSizing(BaseModel):
    tam_usd: float = Field(description="Total addressable market, USD per year")
    sam_usd: float = Field(description="Serviceable addressable market, USD per year")
    som_usd: float = Field(description="Serviceable obtainable market, USD per year")
    sources: list[str] = Field(min_length=2, description="At least two sources for the figures")


class Competitor(BaseModel):
    name: str
    positioning: str
    pricing: str | None = None


class CompetitorList(BaseModel):
    competitors: list[Competitor]


class PricingRecommendation(BaseModel):
    model: str = Field(description="e.g. subscription, one-off, usage-based")
    price_points: list[str]
    rationale: str


# -- members ------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class MemberSpec:
    id: str
    name: str
    role: str
    instructions: str
    output_schema: type[BaseModel] | None = None


TEAMS: dict[str, tuple[str, str, tuple[MemberSpec, ...]]] = {
    "validation": ("Vera", "Validates a business idea: market, competitors, customers, risks.", (
        MemberSpec("marco", "Marco", "Market sizing", "Size the market: TAM, SAM, SOM, each backed by 2+ sources.",
                   MarketSizing),
        MemberSpec("cipher", "Cipher", "Competitor analysis", "List the main competitors and how they position.",
                   CompetitorList),
        MemberSpec("persona", "Persona", "Ideal customer", "Describe the ideal customer and the jobs to be done."),
        MemberSpec("risk", "Risk", "Feasibility", "Name the biggest risks and how to test them cheaply."),
    )),
    "planning": ("Blake", "Turns a validated idea into a business plan.", (
        MemberSpec("model", "Model", "Business model", "Fill in the business model canvas."),
        MemberSpec("finn", "Finn", "Financials", "Project costs, revenue and runway for 12 months."),
        MemberSpec("revenue", "Revenue", "Pricing", "Recommend a pricing model and price points.",
                   PricingRecommendation),
        MemberSpec("forecast", "Forecast", "Growth", "Forecast growth scenarios with their assumptions."),
    )),
    "branding": ("Bella", "Builds the brand: strategy, voice, visual identity, assets, audit.", (
        MemberSpec("sage", "Sage", "Brand strategy", "Define positioning, promise and values."),
        MemberSpec("vox", "Vox", "Brand voice", "Define the voice and tone, with examples."),
        MemberSpec("iris", "Iris", "Visual identity", "Propose colours, type and a logo direction."),
        MemberSpec("artisan", "Artisan", "Brand assets", "Draft the first assets: tagline, bio, launch post."),
        MemberSpec("audit", "Audit", "Brand audit", "Check consistency of everything the team produced."),
    )),
}


class OnboardingTeam(Team):
    """A team built for one verified business: its tools read the business from the team running them (agno passes
    it as `team`), never from the model or the request, so one set of tools serves every business."""

    def __init__(self, *, business_id: str, **team: Any) -> None:
        super().__init__(**team)
        self.business_id = business_id


def business_tools(actions: ActionGateway, businesses: BusinessDirectory) -> list[Callable[..., object] | Function]:
    """The onboarding leaders' tools, bound to the process's services: built once (agents/teams/registry.py)."""

    async def get_business(run_context: RunContext, team: Team) -> str:
        """Read the business this team works on: its name, description and industry."""
        return await businesses.read(run_context, team.business_id if isinstance(team, OnboardingTeam) else "")

    @tool(requires_confirmation=True)
    @approval  # below @tool: agno's @tool reads the mark (typed for callables, not Functions)
    async def save_to_business(run_context: RunContext, section: str, content: str, reason: str = "",
                               confidence: int = 50) -> str:
        """Save a finished section (e.g. market_sizing, pricing, brand_voice) to the business in HYVVE.

        Args:
            section: which part of the business record to write.
            content: the section's content.
            reason: why it is ready to save, in one sentence.
            confidence: 0-100, how sure you are it is right.
        """
        # Exactly the tool's own arguments: an approval covers the call it paused (agno's record holds the tool's
        # arguments); the business is the team's own, fixed when the team was built for this run.
        return await actions.perform(run_context, "save_to_business", {"section": section, "content": content})

    return [get_business, save_to_business]


def build_onboarding_team(
    team_id: str, models: Models, db: BaseDb | AsyncBaseDb, tools: Sequence[Callable[..., object] | Function], business_id: str
) -> OnboardingTeam:
    leader, description, specs = TEAMS[team_id]
    members: list[Agent | Team] = [
        Agent(id=spec.id, name=spec.name, role=spec.role, instructions=[spec.instructions],
              model=models.primary(), fallback_config=models.fallback(), db=db, output_schema=spec.output_schema,
              tools=[workspace_context], pre_hooks=[announce_run_started], telemetry=False)
        for spec in specs
    ]
    return OnboardingTeam(
        business_id=business_id,
        id=team_id,
        name=f"{leader} ({team_id.title()})",
        description=description,
        model=models.primary(),
        fallback_config=models.fallback(),
        db=db,
        members=members,
        tools=[*tools, workspace_context],
        instructions=[
            f"You are {leader}, leading HYVVE's {team_id} team for one business.",
            "Read the business first, delegate each part to the right member, then combine their work.",
            "Save finished sections to the business; a human approves each save.",
        ],
        add_history_to_context=True,
        num_history_runs=5,
        enable_agentic_memory=True,
        pre_hooks=[announce_run_started],
        telemetry=False,
    )
