"""Plain agno AgentOS: the baseline every benchmark ratio is measured against.

The same agent as the service (`agents.teams.scribe.build_scribe`: instructions, tools, history), on `OpenAIChat`
against the scripted model server, stored in agno's `PostgresDb` (agno's defaults:
its own engine and pool) in a schema of its own. No auth, no tenancy, no gateway, no tracing, no metering:
`AgentOS(telemetry=False)` served by uvicorn with its defaults, in one process.

The approval scenario's counterpart is agno's own human-in-the-loop: a `save_to_knowledge` tool with
`requires_confirmation` (Scribe's, without its approval item and ledger), continued by the client through
`POST /agents/{id}/runs/{run_id}/continue` (agno has no approval items).

With `--jwks-file` the same app becomes the second anchor, "agno secured": what a team would run instead of this
service, with agno's own equivalents switched on. `Authorization(jwks_file=, algorithm="EdDSA", audience=,
verify_audience=True, issuer=)` (agno 3.1's spelling of `authorization=True` + a verification key: every request's
bearer JWT verified against a static JWKS file, agno's scope RBAC on the token's `scopes`), `user_isolation=True`
(runs, sessions and continuations scoped to the token's `sub`) and `tracing=True` (agno's `setup_tracing` with its
defaults: every span written to `agno_traces`/`agno_spans` in this app's own schema as it ends).

    python bench/plain_agentos.py --port 7801 --db-url postgresql+psycopg://... --model-url http://127.0.0.1:8011/v1
    python bench/plain_agentos.py ... --schema agno_secured --jwks-file jwks.json --issuer https://idp.example
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

os.environ.setdefault("AGNO_TELEMETRY", "false")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # `agents` from this checkout, run as a script

from agno.agent import Agent  # noqa: E402
from agno.db.postgres import PostgresDb  # noqa: E402
from agno.models.openai import OpenAIChat  # noqa: E402
from agno.os import AgentOS  # noqa: E402
from agno.tools import tool  # noqa: E402

PLAIN_NOTES_ID = "plain-notes"


class PlainModels:
    """What `build_scribe` asks of `agents.teams.registry.Models`: one model, no fallback chain."""

    def __init__(self, model_url: str) -> None:
        self.model_url = model_url

    def primary(self) -> OpenAIChat:
        return OpenAIChat(id="gpt-4o-mini", api_key="sk-plain-agno-bench", base_url=self.model_url, timeout=120,
                          max_retries=2)

    def fallback(self) -> None:
        return None


@tool(requires_confirmation=True)
async def save_to_knowledge(title: str, content: str, reason: str = "", confidence: int = 50) -> str:
    """Add a note to the workspace's knowledge base, where every agent of the workspace can find it.

    Args:
        title: a short title for the note.
        content: the note, in markdown.
        reason: why this belongs in the knowledge base, in one sentence.
        confidence: 0-100, how sure you are the note is correct and worth keeping.
    """
    return f"saved '{title}'"


def build_app(db_url: str, model_url: str, schema: str, jwks_file: str = "", issuer: str = ""):  # noqa: ANN201
    """Plain agno; with `jwks_file` (and `issuer`, also the audience) agno's own auth, isolation and tracing."""
    from agents.knowledge.retrieval import WorkspaceKnowledge
    from agents.teams.scribe import build_scribe

    db = PostgresDb(db_url=db_url, db_schema=schema, id="plain")
    models = PlainModels(model_url)
    # Scribe's knowledge without the service's knowledge base (bench users name no workspace: it finds nothing, as
    # before), and agno's plain `save_to_knowledge` (the same schema; the service's is bound to its action ledger).
    scribe = build_scribe(models, db, WorkspaceKnowledge(), save_to_knowledge)  # type: ignore[arg-type]
    # The service's pre-hook announces runs on HYVVE's bus; plain agno has no bus.
    scribe.pre_hooks = None
    notes = Agent(
        id=PLAIN_NOTES_ID,
        name="Notes (plain agno HITL)",
        model=models.primary(),
        db=db,
        tools=[save_to_knowledge],
        instructions=[
            "Add a note only when the user asks you to remember or record something; it is reviewed before it is saved.",
        ],
        add_history_to_context=True,
        num_history_runs=5,
        telemetry=False,
    )
    if not jwks_file:
        agent_os = AgentOS(id="plain-agno", db=db, agents=[scribe, notes], telemetry=False)
        return agent_os.get_app()
    from agno.os.authz import Authorization

    # Verify-only Authorization (no roles, no audit): the same enforcement as `authorization=True` with
    # `AuthorizationConfig(...)`, which agno 3.1 deprecates; only this spelling can also pin the issuer.
    authorization = Authorization(jwks_file=jwks_file, algorithm="EdDSA", audience=issuer, verify_audience=True,
                                  issuer=issuer)
    agent_os = AgentOS(id="agno-secured", db=db, agents=[scribe, notes], telemetry=False,
                       authorization=authorization, user_isolation=True, tracing=True)
    return agent_os.get_app()


def main(argv: list[str] | None = None) -> None:
    import uvicorn

    parser = argparse.ArgumentParser(description="plain agno AgentOS for the benchmarks")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--db-url", required=True)
    parser.add_argument("--model-url", required=True, help="OpenAI-compatible base URL (the scripted server's /v1)")
    parser.add_argument("--schema", default="plain")
    parser.add_argument("--workers", type=int, default=1, help="uvicorn worker processes (agno's default: 1)")
    parser.add_argument("--jwks-file", default="", help="agno's JWT authorization, user isolation and tracing on")
    parser.add_argument("--issuer", default="", help="the tokens' iss and aud (with --jwks-file)")
    args = parser.parse_args(argv)
    if args.jwks_file and not args.issuer:
        parser.error("--jwks-file needs --issuer")
    if args.workers == 1:
        app = build_app(args.db_url, args.model_url, args.schema, args.jwks_file, args.issuer)
        uvicorn.run(app, host=args.host, port=args.port, timeout_keep_alive=75)
        return
    # Several workers: uvicorn imports the app in each, so the arguments travel in the environment.
    os.environ["PLAIN_AGENTOS"] = "\n".join((args.db_url, args.model_url, args.schema, args.jwks_file, args.issuer))
    uvicorn.run("bench.plain_agentos:app_from_environment", factory=True, host=args.host, port=args.port,
                workers=args.workers, timeout_keep_alive=75)


def app_from_environment():  # noqa: ANN201 (FastAPI)
    db_url, model_url, schema, jwks_file, issuer = os.environ["PLAIN_AGENTOS"].split("\n")
    return build_app(db_url, model_url, schema, jwks_file, issuer)


if __name__ == "__main__":
    main()
