"""Sentinel, HYVVE's approval gatekeeper: the agent that carries out actions, each one only after a human
(or the workspace's auto-approve threshold) says yes.

Every state-changing tool here is `@approval` + `requires_confirmation`: the run pauses, the pause becomes
a HYVVE approval item, and the decision resumes the run (agents/approvals/). The model states why it
wants the action and how confident it is; those feed the item's confidence score and description.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from agno.agent import Agent
from agno.approval import approval
from agno.db.base import BaseDb
from agno.run import RunContext
from agno.tools import tool

from agents.teams.actions import perform_action
from agents.events.run_events import announce_run_started
from agents.teams.context_tools import workspace_context

if TYPE_CHECKING:
    from agents.teams.registry import Models

SENTINEL_ID = "sentinel"


@approval
@tool(requires_confirmation=True)
async def send_email(
    run_context: RunContext, to: str, subject: str, body: str, reason: str = "", confidence: int = 50
) -> str:
    """Send an email from the workspace to a customer or partner.

    Args:
        to: the recipient's email address.
        subject: the subject line.
        body: the plain-text body.
        reason: why this email should be sent, in one sentence a busy owner understands.
        confidence: 0-100, how sure you are this email is right to send as written.
    """
    return await perform_action(run_context, "send_email", {"to": to, "subject": subject, "body": body})


@approval
@tool(requires_confirmation=True)
async def update_deal_stage(run_context: RunContext, deal_id: str, stage: str, reason: str = "", confidence: int = 50) -> str:
    """Move a deal in the workspace's pipeline to another stage.

    Args:
        deal_id: the deal's id.
        stage: the new stage, e.g. qualified, proposal, won, lost.
        reason: why the deal should move, in one sentence.
        confidence: 0-100, how sure you are.
    """
    return await perform_action(run_context, "update_deal_stage", {"deal_id": deal_id, "stage": stage})


ACTION_TOOLS = [send_email, update_deal_stage]


def build_sentinel(models: Models, db: BaseDb) -> Agent:
    return Agent(
        id=SENTINEL_ID,
        name="Sentinel",
        role="Carries out actions on the workspace's behalf, each one after approval",
        description="HYVVE's approval gatekeeper: proposes actions and carries them out once approved.",
        model=models.primary(),
        fallback_config=models.fallback(),
        db=db,
        tools=[*ACTION_TOOLS, workspace_context],
        pre_hooks=[announce_run_started],
        instructions=[
            "You carry out actions for a small business: emails, pipeline changes.",
            "Every action is reviewed by a human before it happens. Always give a short reason and an honest "
            "confidence (0-100) with each action.",
            "If an action is rejected, say so plainly and do not retry it.",
        ],
        add_history_to_context=True,
        num_history_runs=5,
        telemetry=False,
    )
