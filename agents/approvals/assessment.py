"""How a paused tool call is presented to a human: score, recommendation, priority, wording.

Confidence (0-100) is a weighted sum of two factors whose weights sum to 1.0:
- `agent_confidence` (weight 0.6): the agent's own assessment, the tool's `confidence` argument;
  50 when the agent gave none (the documented default).
- `action_risk` (weight 0.4): how reversible the action is, from the tool's risk table; 50 for tools
  not in the table.
The recommendation follows HYVVE's bands: >= 85 approve, >= 60 review, else full_review.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

DEFAULT_AGENT_CONFIDENCE = 50
AGENT_WEIGHT, RISK_WEIGHT = 0.6, 0.4
# 100 = harmless and reversible; 0 = irreversible and visible to customers.
ACTION_SAFETY = {"update_deal_stage": 80, "send_email": 40}
ACTION_PRIORITY = {"send_email": "high", "update_deal_stage": "medium"}
DUE_IN = {
    "urgent": timedelta(hours=4),
    "high": timedelta(hours=24),
    "medium": timedelta(hours=48),
    "low": timedelta(hours=72),
}
ASSESSMENT_ARGS = ("confidence", "reason")  # what the agent tells us, not what the action does
_SECRET_KEY = re.compile(r"pass(word)?|secret|token|api[_-]?key|authorization|credential|private", re.I)


@dataclass(frozen=True)
class Assessment:
    score: int
    factors: list[dict[str, Any]]
    recommendation: str
    priority: str
    due_in: timedelta
    title: str
    description: str
    preview: dict[str, Any]


def assess(tool_name: str, tool_args: dict[str, Any], agent_name: str | None) -> Assessment:
    agent_confidence = _as_score(tool_args.get("confidence"), DEFAULT_AGENT_CONFIDENCE)
    safety = ACTION_SAFETY.get(tool_name, 50)
    factors = [
        {
            "factor": "agent_confidence",
            "score": agent_confidence,
            "weight": AGENT_WEIGHT,
            "explanation": "The agent's own assessment of this action"
            if "confidence" in tool_args
            else "The agent gave no assessment; default 50",
            "concerning": agent_confidence < 60,
        },
        {
            "factor": "action_risk",
            "score": safety,
            "weight": RISK_WEIGHT,
            "explanation": f"How reversible '{tool_name}' is (100 = fully reversible)",
            "concerning": safety < 50,
        },
    ]
    score = round(agent_confidence * AGENT_WEIGHT + safety * RISK_WEIGHT)
    priority = ACTION_PRIORITY.get(tool_name, "medium")
    arguments = redact({k: v for k, v in tool_args.items() if k not in ASSESSMENT_ARGS})
    reason = str(tool_args.get("reason") or "").strip()
    who = agent_name or "An agent"
    title = f"{who} wants to {tool_name.replace('_', ' ')}"
    target = ", ".join(f"{k}={_short(v)}" for k, v in arguments.items())
    description = f"{who} asks to run '{tool_name}'" + (f" with {target}" if target else "") + "."
    description += f" Why: {reason}" if reason else " The agent gave no reason."
    return Assessment(
        score=score,
        factors=factors,
        recommendation=recommendation_for(score),
        priority=priority,
        due_in=DUE_IN[priority],
        title=title[:200],
        description=description[:2000],
        preview={"toolName": tool_name, "arguments": arguments, "reason": reason or None},
    )


def recommendation_for(score: int) -> str:
    return "approve" if score >= 85 else "review" if score >= 60 else "full_review"


def redact(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: "[redacted]" if _SECRET_KEY.search(str(k)) else redact(v) for k, v in value.items()}
    if isinstance(value, list):
        return [redact(v) for v in value]
    return value


def _as_score(value: Any, default: int) -> int:
    try:
        return max(0, min(100, int(value)))
    except (TypeError, ValueError):
        return default


def _short(value: Any) -> str:
    text = str(value)
    return text if len(text) <= 60 else text[:57] + "..."
