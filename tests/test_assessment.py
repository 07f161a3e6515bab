"""The approval routing rule no workspace setting can lift: an action that may leave the platform is never
auto-approved. No served tool sends anything outside HYVVE today, so the rule is held here, where a tool this
service does not classify (the riskiest kind) meets a workspace that auto-approves everything it can."""

from __future__ import annotations

from agents.approvals.assessment import assess, review_type

LENIENT = {"auto_approve_at": 0, "quick_review_at": 0}  # a workspace that auto-approves whatever it may


def test_an_action_that_may_leave_the_platform_is_never_auto_approved() -> None:
    unknown = assess("post_to_social_media", {"text": "Launch day!", "confidence": 100}, "Vox", "owner")

    assert unknown.external
    assert review_type(unknown, **LENIENT) == "quick"
    risk = next(f for f in unknown.factors if f["factor"] == "action_risk")
    assert risk["concerning"] and "outside the platform" in risk["explanation"]


def test_an_action_inside_hyvve_is_auto_approved_at_the_workspace_threshold() -> None:
    note = assess("save_to_knowledge", {"title": "T", "content": "C", "confidence": 100}, "Scribe", "owner")

    assert not note.external and note.score == 92
    assert review_type(note, **LENIENT) == "auto"
    assert review_type(note, auto_approve_at=93, quick_review_at=60) == "quick"
    assert review_type(note, auto_approve_at=93, quick_review_at=93) == "full"
