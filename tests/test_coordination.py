"""agno's cross-replica cancellation on our Redis clients: under load a check waits for a connection, it
does not fail open (which would miss a cancel sent from another replica)."""

from __future__ import annotations

import asyncio
import uuid

from agno.run.cancellation_management.redis_cancellation_manager import RedisRunCancellationManager

from agents.coordination import queue_config


def test_five_hundred_concurrent_cancellation_checks_all_see_the_cancel(redis_url: str) -> None:
    config = queue_config(redis_url)
    assert config is not None and config.redis is not None
    coordination = config.redis
    manager = RedisRunCancellationManager(
        redis_client=coordination.sync_client, async_redis_client=coordination.async_client,
        key_prefix=f"test:{uuid.uuid4().hex}:",
    )
    run_id = uuid.uuid4().hex
    manager.register_run(run_id)
    assert manager.cancel_run(run_id)  # as another replica would

    async def checks() -> list[bool]:
        # What 500 open runs do at their safe points at once (redis-py's default pool stops at 100).
        seen = await asyncio.gather(*(manager.ais_cancelled(run_id) for _ in range(500)))
        await coordination.async_client.aclose()
        return seen

    assert asyncio.run(checks()) == [True] * 500


def test_without_redis_the_queue_keeps_agnos_in_process_defaults() -> None:
    assert queue_config(None) is None
