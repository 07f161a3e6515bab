"""agno's cross-replica coordination on HYVVE's Redis: run cancellation in, the run event stream out
(agno's `QueueConfig(redis=...)`, ADR 0005), on connection pools that wait instead of failing.

`QueueConfig(redis=url)` builds its clients with redis-py's default pool: at most 100 connections, and the
101st concurrent command raises "Too many connections". Every run checks its cancellation flag at safe
points and every event of a background run is written to its stream, so a few hundred open streams on one
replica exhaust it; agno's cancellation checks then fail open (a cancel from another replica is missed)
and event writes fail. Here both clients share nothing with the rest of the service and use a
`BlockingConnectionPool`: past `max_connections`, a command waits up to `wait_seconds` for a free
connection (commands take a millisecond; a stream tail holds one for at most agno's 15 s block).
"""

from __future__ import annotations

import redis
import redis.asyncio as aioredis

from agno.job_queue.config import QueueConfig, RedisCoordination

MAX_CONNECTIONS = 200  # per client and replica; Redis allows 10,000 clients by default
WAIT_SECONDS = 10.0


def queue_config(
    redis_url: str | None, max_connections: int = MAX_CONNECTIONS, wait_seconds: float = WAIT_SECONDS
) -> QueueConfig | None:
    """agno's queue coordination on `redis_url`, or None (in-process defaults) without Redis."""
    if not redis_url:
        return None
    sync_pool = redis.BlockingConnectionPool.from_url(redis_url, max_connections=max_connections, timeout=wait_seconds)
    async_pool = aioredis.BlockingConnectionPool.from_url(
        redis_url, max_connections=max_connections, timeout=wait_seconds
    )
    return QueueConfig(
        redis=RedisCoordination(
            url=redis_url,
            sync_client=redis.Redis(connection_pool=sync_pool),
            async_client=aioredis.Redis(connection_pool=async_pool),
        )
    )
