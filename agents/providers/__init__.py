"""BYOAI: turns (workspace, agent, override) into an agno model. Nothing else reads provider keys."""
