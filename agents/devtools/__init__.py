"""Developer tooling: test doubles and local helpers (not used in production paths)."""
