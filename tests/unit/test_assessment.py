"""How a paused tool call is scored and worded for the human who decides it (agents/approvals/assessment.py)."""

from __future__ import annotations

from datetime import timedelta

import pytest

from agents.approvals.assessment import assess, recommendation_for

NOTE = {"title": "Opening hours", "content": "We open at 9."}


def test_the_agents_own_estimate_moves_the_score_by_at_most_twenty_points() -> None:
    doubtful = assess("save_to_knowledge", {**NOTE, "confidence": 0}, "Scribe", "owner")
    certain = assess("save_to_knowledge", {**NOTE, "confidence": 100}, "Scribe", "owner")
    injected = assess("save_to_knowledge", {**NOTE, "confidence": 10_000}, "Scribe", "owner")

    assert certain.score - doubtful.score == 20
    assert injected.score == certain.score  # clamped to 100, whatever text the model was fed


def test_a_tool_the_service_does_not_classify_goes_outside_the_platform_and_is_never_auto_approved() -> None:
    found = assess("wire_money_somewhere", {"to": "x", "confidence": 100}, "Agent", "owner")

    assert found.external
    assert found.recommendation != "approve"


def test_the_requesters_role_and_money_lower_the_score() -> None:
    owner = assess("save_to_knowledge", NOTE, "Scribe", "owner").score
    guest = assess("save_to_knowledge", NOTE, "Scribe", "guest").score
    priced = assess("save_to_knowledge", {**NOTE, "content": "The price is $4,000."}, "Scribe", "owner").score

    assert guest < owner
    assert priced < owner


def test_secrets_in_arguments_never_reach_the_approval_item() -> None:
    found = assess("save_to_knowledge", {**NOTE, "api_key": "sk-live-123", "nested": {"password": "hunter2"}},
                   "Scribe", "owner")

    shown = repr(found.preview) + found.description + found.title
    assert "sk-live-123" not in shown and "hunter2" not in shown
    assert found.preview["arguments"]["api_key"] == "[redacted]"


def test_the_item_says_who_wants_what_and_why_and_when_it_is_due() -> None:
    found = assess("save_to_knowledge", {**NOTE, "reason": "The owner asked to remember it."}, "Scribe", "member")

    assert found.title == "Scribe wants to save to knowledge"
    assert "Why: The owner asked to remember it." in found.description
    assert "confidence" not in found.preview["arguments"] and "reason" not in found.preview["arguments"]
    assert found.due_in == timedelta(hours=48)


@pytest.mark.parametrize(("score", "recommendation"), [
    (100, "approve"), (85, "approve"), (84, "review"), (60, "review"), (59, "full_review"), (0, "full_review"),
])
def test_recommendations_follow_hyvves_bands(score: int, recommendation: str) -> None:
    assert recommendation_for(score) == recommendation
