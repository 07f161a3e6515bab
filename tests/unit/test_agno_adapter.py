"""agno's storage is reached through one module: agents/database/agno_db.py. Nowhere else in agents/ does a string
name one of agno's tables (our SQL on them), import a private agno name, or call a private method of agno's
PostgresDb, so an agno upgrade that changes any of them breaks one module, which says what it mirrors."""

from __future__ import annotations

import ast
import re
from pathlib import Path

from agno.db.postgres import PostgresDb

AGENTS = Path(__file__).resolve().parents[2] / "agents"
ADAPTER = AGENTS / "database" / "agno_db.py"


def _agno_table_names() -> set[str]:
    db = PostgresDb(db_url="postgresql+psycopg://unused@127.0.0.1:1/unused")  # builds an engine, connects nowhere
    return {value for key, value in vars(db).items() if key.endswith("_table_name") and isinstance(value, str)}


def _private_db_methods() -> set[str]:
    return {name for name in dir(PostgresDb) if name.startswith("_") and not name.startswith("__")}


def _modules() -> list[tuple[str, ast.Module]]:
    return [(str(path.relative_to(AGENTS.parent)), ast.parse(path.read_text(), str(path)))
            for path in sorted(AGENTS.rglob("*.py")) if path != ADAPTER]


def _docstrings(tree: ast.Module) -> set[int]:
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef) and node.body:
            first = node.body[0]
            if isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant):
                found.add(id(first.value))
    return found


def test_the_adapter_and_the_rules_it_enforces_exist() -> None:
    source = ADAPTER.read_text()
    assert {"agno_sessions", "agno_runs", "agno_approvals"} <= _agno_table_names()
    assert "agno_runs" in source and "_get_table" in source and "_resume_stream_generator" in source
    assert "_get_table" in _private_db_methods()


def test_no_module_but_the_adapter_names_an_agno_table_in_a_string() -> None:
    names = re.compile(r"\b(" + "|".join(sorted(map(re.escape, _agno_table_names()))) + r")\b")
    found = []
    for path, tree in _modules():
        docstrings = _docstrings(tree)
        for node in ast.walk(tree):
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in docstrings:
                if (match := names.search(node.value)) is not None:
                    found.append(f"{path}:{node.lineno}: {match.group()}")
    assert not found, f"SQL on agno's tables belongs in {ADAPTER.name}'s AgnoStore: {found}"


def test_no_module_but_the_adapter_imports_or_calls_agno_s_private_names() -> None:
    private_methods = _private_db_methods()
    found = []
    for path, tree in _modules():
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and (node.module or "").split(".")[0] == "agno":
                found += [f"{path}:{node.lineno}: {node.module}.{a.name}" for a in node.names if a.name.startswith("_")]
            elif isinstance(node, ast.Import):
                found += [f"{path}:{node.lineno}: {a.name}" for a in node.names
                          if a.name.split(".")[0] == "agno" and any(p.startswith("_") for p in a.name.split("."))]
            elif isinstance(node, ast.Attribute) and node.attr in private_methods:
                found.append(f"{path}:{node.lineno}: .{node.attr}")
    assert not found, f"agno's private functions are reached through {ADAPTER.name}'s wrappers: {found}"
