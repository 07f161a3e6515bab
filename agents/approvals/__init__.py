"""Approvals: a tool pause becomes a HYVVE approval item; a decision resumes the run, exactly once.

- pauses.py       a `requires_confirmation` pause -> `approval_items` row + ledger row + events
- assessment.py   confidence, recommendation, priority, due time, wording, redaction
- decisions.py    HTTP and event-bus decisions -> one compare-and-set on the ledger
- continuations.py replicas claim decided approvals (a lease in PostgreSQL) and continue the runs
- actions.py is in agents/teams: an approved tool call executes at most once (the action ledger)
"""
