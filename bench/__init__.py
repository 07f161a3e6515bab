"""Benchmarks: hyvve-agentos against plain agno AgentOS (`make bench`, `python -m bench --smoke`). Not tests."""
