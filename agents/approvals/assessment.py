"""How a paused tool call is presented to a human: score, recommendation, priority, wording.

The confidence score (0-100) is a weighted sum of factors whose weights sum to 1.0, as HYVVE's
`ConfidenceCalculatorService` computes it. The factors are the service's own, except the last:
- `action_risk` (0.4): how reversible the action is and whether it leaves the platform (the action table);
- `requester_role` (0.25): the role of the member the run acts for, read from `workspace_members`;
- `amounts` (0.15): whether the action's arguments name money;
- `agent_confidence` (0.2): the model's own estimate (the tool's `confidence` argument; 50 when absent).
  It is model output, which a member or injected text can set: it moves the score by at most 20 points.
An action that sends something outside the platform (`external`, and any tool not in the table) is
never auto-approved, whatever its score and the workspace's threshold (`review_type`).
The recommendation follows HYVVE's bands: >= 85 approve, >= 60 review, else full_review.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

DEFAULT_AGENT_CONFIDENCE = 50
# Percent weights (integers, so the sum is exact): risk, role, amounts, the agent's estimate.
RISK_WEIGHT, ROLE_WEIGHT, AMOUNTS_WEIGHT, AGENT_WEIGHT = 40, 25, 15, 20


@dataclass(frozen=True)
class ActionProfile:
    safety: int  # 100 = harmless and reversible; 0 = irreversible and visible to customers
    external: bool  # sends something outside the platform (email, messages, payments)
    priority: str
    what: str


ACTIONS = {
    "save_to_knowledge": ActionProfile(80, False, "medium", "a note in the workspace's knowledge base; deletable"),
    "save_to_business": ActionProfile(70, False, "medium", "a change to the business record in HYVVE"),
}
# A tool missing from the table is treated as the riskiest kind: it may leave the platform.
UNKNOWN_ACTION = ActionProfile(20, True, "medium", "an action this service does not classify")
ROLE_SCORE = {"owner": 100, "admin": 90, "member": 60, "viewer": 20, "guest": 20}
MONEY_SCORE, NO_MONEY_SCORE = 20, 100
DUE_IN = {
    "urgent": timedelta(hours=4),
    "high": timedelta(hours=24),
    "medium": timedelta(hours=48),
    "low": timedelta(hours=72),
}
ASSESSMENT_ARGS = ("confidence", "reason")  # what the agent tells us, not what the action does
_SECRET_KEY = re.compile(r"pass(word)?|secret|token|api[_-]?key|authorization|credential|private", re.I)
_MONEY_KEY = re.compile(r"amount|price|cost|total|payment|refund|fee", re.I)
_MONEY_TEXT = re.compile(r"[$€£¥]\s?\d|\b\d[\d,.]*\s?(usd|eur|gbp|chf|dollars?|euros?|pounds?)\b", re.I)


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
    external: bool  # never auto-approved


def assess(tool_name: str, tool_args: dict[str, Any], agent_name: str | None, requester_role: str | None) -> Assessment:
    profile = ACTIONS.get(tool_name, UNKNOWN_ACTION)
    arguments = {k: v for k, v in tool_args.items() if k not in ASSESSMENT_ARGS}
    agent_confidence = _as_score(tool_args.get("confidence"), DEFAULT_AGENT_CONFIDENCE)
    role_score = ROLE_SCORE.get(requester_role or "", 0)
    money = _names_money(arguments)
    amounts = MONEY_SCORE if money else NO_MONEY_SCORE
    factors = [
        _factor("action_risk", profile.safety, RISK_WEIGHT,
                f"'{tool_name}' is {profile.what}"
                + ("; it goes outside the platform, so it is never auto-approved" if profile.external else ""),
                profile.external or profile.safety < 50),
        _factor("requester_role", role_score, ROLE_WEIGHT,
                f"Requested by a workspace {requester_role}" if requester_role else "The requester is not a member",
                role_score < 60),
        _factor("amounts", amounts, AMOUNTS_WEIGHT,
                "The action names an amount of money" if money else "No amount of money in the action", money),
        _factor("agent_confidence", agent_confidence, AGENT_WEIGHT,
                "The agent's own estimate, at most 20% of the score"
                if "confidence" in tool_args else "The agent gave no estimate; default 50",
                agent_confidence < 60),
    ]
    weights = (RISK_WEIGHT, ROLE_WEIGHT, AMOUNTS_WEIGHT, AGENT_WEIGHT)
    weighted = sum(f["score"] * w for f, w in zip(factors, weights, strict=True))
    score = (weighted + 50) // 100  # rounded half up, as HYVVE's Math.round
    shown = redact(arguments)
    reason = str(tool_args.get("reason") or "").strip()
    who = agent_name or "An agent"
    title = f"{who} wants to {tool_name.replace('_', ' ')}"
    target = ", ".join(f"{k}={_short(v)}" for k, v in shown.items())
    description = f"{who} asks to run '{tool_name}'" + (f" with {target}" if target else "")
    description += "" if description.endswith((".", "!", "?")) else "."  # a value ending the sentence ends it
    description += f" Why: {reason}" if reason else " The agent gave no reason."
    return Assessment(
        score=score,
        factors=factors,
        recommendation=recommendation_for(score),
        priority=profile.priority,
        due_in=DUE_IN[profile.priority],
        title=title[:200],
        description=description[:2000],
        preview={"toolName": tool_name, "arguments": shown, "reason": reason or None},
        external=profile.external,
    )


def _factor(name: str, score: int, weight: int, explanation: str, concerning: bool) -> dict[str, Any]:
    return {"factor": name, "score": score, "weight": weight / 100, "explanation": explanation,
            "concerning": concerning}


def _names_money(value: Any, key: str = "") -> bool:
    if isinstance(value, dict):
        return any(_names_money(v, str(k)) for k, v in value.items())
    if isinstance(value, list):
        return any(_names_money(v, key) for v in value)
    if _MONEY_KEY.search(key) and value not in (None, "", 0):
        return True
    return isinstance(value, str) and _MONEY_TEXT.search(value) is not None


def review_type(found: Assessment, auto_approve_at: int, quick_review_at: int) -> str:
    """HYVVE's routing (auto | quick | full) by the workspace's thresholds; `external` is never auto-approved."""
    if found.score >= auto_approve_at and not found.external:
        return "auto"
    return "quick" if found.score >= quick_review_at else "full"


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
