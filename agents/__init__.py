"""hyvve-agentos: HYVVE's agent runtime on agno AgentOS."""

__version__ = "0.1.0"
