"""The dashboard agent (`dashboard_gateway`): the assistant of HYVVE's dashboard chat (CopilotKit, over AG-UI).

HYVVE's dashboard talks to it through CopilotKit (apps/web/src/components/copilot/) and follows its state
(hooks/use-agent-state-sync.ts). It answers about the workspace, searches its knowledge base, and works the
dashboard through the frontend tools the page registers (they arrive with each run and run in the browser;
agents/routes/agui.py). It changes nothing in HYVVE itself.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from agno.agent import Agent
from agno.db.base import AsyncBaseDb, BaseDb
from agno.knowledge.knowledge import Knowledge

from agents.events.run_events import announce_run_started
from agents.teams.context_tools import workspace_context

if TYPE_CHECKING:
    from agents.teams.registry import Models

DASHBOARD_ID = "dashboard_gateway"  # HYVVE's DASHBOARD_AGENT_NAME (use-agent-state-sync.ts)


def build_dashboard(models: Models, db: BaseDb | AsyncBaseDb, knowledge: Knowledge) -> Agent:
    return Agent(
        id=DASHBOARD_ID,
        name="Dashboard Agent",
        description="Dashboard orchestration and widget coordination: answers in the dashboard chat and works "
                    "its widgets through the page's own tools.",
        model=models.primary(),
        fallback_config=models.fallback(),
        db=db,
        instructions=[
            "You are the assistant in the HYVVE dashboard, beside the owner of a small business and their team.",
            "Answer from what you can see: the workspace (workspace_context), its knowledge base, and the "
            "dashboard state you are given. Say plainly when you do not know.",
            "The page offers its own tools (showing, filtering or arranging dashboard widgets, navigating). Use "
            "them when the user asks for something on screen; they run in the user's browser.",
            "You do not change anything in the business yourself: say which HYVVE agent or page does it (Scribe "
            "records knowledge, the PM team suggests project changes, Sentinel reports on pending approvals).",
            "Keep answers short: a dashboard chat is read at a glance.",
        ],
        tools=[workspace_context],
        knowledge=knowledge,
        search_knowledge=True,
        pre_hooks=[announce_run_started],
        add_history_to_context=True,
        num_history_runs=5,
        markdown=True,
        telemetry=False,
    )
