"""agno's PostgreSQL adapter for HYVVE: agno's tables, plus the two moments HYVVE must hear of.

- agno creates an approval record (a run paused on an `@approval` tool): it becomes a HYVVE approval item
  (agents/approvals/pauses.py);
- agno stores a run as completed or failed: `agent.run.completed|failed` goes on the bus
  (agents/events/run_events.py); while it stores it running, the run is leased to this process
  (agents/runs/reconciler.py).
Both are additions after agno's own write; neither can fail agno's write or the run.
"""

from __future__ import annotations

import logging
from typing import Any

from sqlalchemy import Table, select
from sqlalchemy.exc import DBAPIError

from agno.db.postgres import PostgresDb
from agno.exceptions import AgnoError
from agno.run.status_persist import RunPersistOutcome

from agents.approvals.pauses import PauseRecorder
from agents.database import rls, tenant
from agents.events.run_events import RunEventRecorder
from agents.runs.reconciler import status_of

log = logging.getLogger(__name__)

RLS_REFUSED = "42501"  # insufficient_privilege: what PostgreSQL raises when a row-level security policy refuses a write
# The owner agno's probes are shown for a session id taken outside the caller's workspace: nobody's user id.
ELSEWHERE = "(another workspace)"


class HyvvePostgresDb(PostgresDb):
    """agno's PostgresDb that also records approval items and run events (see the module docstring)."""

    pause_recorder: PauseRecorder | None = None
    run_events: RunEventRecorder | None = None

    def table_names(self) -> dict[str, str]:
        """agno table type -> table name, for the types that hold a workspace's data (agents/database/rls.py)."""
        names = {"sessions": self.session_table_name, "runs": self.runs_table_name, "memories": self.memory_table_name,
                 "approvals": self.approvals_table_name, "traces": self.trace_table_name}
        return {kind: names[kind] for kind in rls.AGNO_TABLE_TYPES if kind in names}

    def _create_table(self, table_name: str, table_type: str) -> Table:
        table = super()._create_table(table_name, table_type)
        if table_type in rls.AGNO_TABLE_TYPES:  # agno creates its tables lazily: the wall goes up with them
            with self.db_engine.begin() as conn:
                rls.protect(conn, self.db_schema, table_name, rls.AGNO_WORKSPACE)
        return table

    def session_taken(self, session_id: str, by_other_than: str | None) -> bool:
        """Whether a session with this id exists and is not `by_other_than`'s, in any workspace.

        A session id is a global key, so whether a client-chosen id is free is a question about every workspace,
        which RLS hides. This asks it in the operator scope and answers only yes or no, never the row. An unowned
        session counts as taken: RLS puts it in no workspace, so no workspace may write into it.
        """
        table = self._get_table(table_type="sessions")
        if table is None:
            return False  # agno has stored no session yet
        with tenant.operator_scope(), self.db_engine.connect() as conn:
            row = conn.execute(select(table.c.user_id).where(table.c.session_id == session_id)).first()
        return row is not None and (row.user_id is None or row.user_id != by_other_than)

    def get_session(self, session_id: str, session_type: Any = None, user_id: str | None = None,
                    deserialize: bool | None = True, runs_limit: int | None = None) -> Any:
        found = super().get_session(session_id, session_type=session_type, user_id=user_id, deserialize=deserialize,
                                    runs_limit=runs_limit)
        if found is not None or user_id is not None or deserialize or tenant.current_tenant() == tenant.ALL_WORKSPACES:
            return found
        # agno's probes for a taken session id (assert_session_writable before a run, the id_taken check of
        # POST /sessions) read the raw row without a user id to see *anyone's* session; RLS shows them only this
        # workspace's. A session of another workspace is shown as a row of nobody's, which agno refuses as
        # another owner's (404 before a run, its generic 409 on create) without learning whose it is.
        if self.session_taken(session_id, by_other_than=None):
            return {"session_id": session_id, "user_id": ELSEWHERE}
        return None

    def upsert_session(self, session: Any, deserialize: bool | None = True) -> Any:
        try:
            return super().upsert_session(session, deserialize=deserialize)
        except DBAPIError as exc:
            if getattr(exc.orig, "sqlstate", None) != RLS_REFUSED:
                raise
            # The id is another workspace's session (RLS hides it, so agno's own probe found it free): the same
            # generic conflict agno answers for another owner's id, naming no owner.
            raise AgnoError("Could not create a session with the supplied session_id. Omit session_id to have one "
                            "generated, or choose a different one.", status_code=409) from None

    def upsert_run(self, run: Any, session_id: str, user_id: str | None = None, run_index: int | None = None) -> None:
        super().upsert_run(run, session_id, user_id=user_id, run_index=run_index)
        if self.run_events is not None:
            try:
                self.run_events.settled(run, user_id, session_id)
            except Exception:  # events never fail a run
                log.exception("announcing run of session %s failed", session_id)

    def update_run_in_session(
        self,
        session_id: str,
        run_id: str,
        fields: dict[str, Any],
        expected_attempt: int | None = None,
        user_id: str | None = None,
        content_if_absent: str | None = None,
        session_data: dict[str, Any] | None = None,
    ) -> RunPersistOutcome:
        # agno's atomic status patch (a queued run starting, a cancel): the run's lease follows its status.
        outcome = super().update_run_in_session(session_id, run_id, fields, expected_attempt=expected_attempt,
                                                user_id=user_id, content_if_absent=content_if_absent,
                                                session_data=session_data)
        if self.run_events is not None and self.run_events.leases is not None and fields.get("status") is not None:
            try:
                run = {"run_id": run_id, "user_id": user_id}
                self.run_events.lease_stored(status_of(fields["status"]), run, session_id)
            except Exception:  # never fail agno's write
                log.exception("leasing run %s failed", run_id)
        return outcome

    def create_approval(self, approval_data: dict[str, Any]) -> dict[str, Any]:
        if not approval_data.get("user_id") and self.pause_recorder is not None:
            # agno leaves a team's own approval records unowned; RLS admits a record only in its workspace.
            approval_data = {**approval_data, "user_id": self.pause_recorder.owner_of(approval_data)}
        created = super().create_approval(approval_data)
        if created is not None and self.pause_recorder is not None and approval_data.get("approval_type") == "required":
            try:
                self.pause_recorder.record(approval_data)
            except Exception:  # never fail the run: the reconciler records it
                log.exception("recording approval item for run %s failed", approval_data.get("run_id"))
        return created
