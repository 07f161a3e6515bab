"""HYVVE's event bus (Redis Streams `hyvve:events:main`): an outbox we publish from, a consumer we read with."""
