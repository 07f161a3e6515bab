"""What every background worker of the service shares: who holds a lease, how it is woken, what time it is.

Leases name their holder with `process_owner()`: unique per process start, because a restarted container
keeps its hostname and often its pid, and must never renew (or finish) its predecessor's work.
A worker sleeps in `Wakeup.wait` between polls; any thread of its process (a request that queued work)
calls `Wakeup.notify` to have it look at once instead of at the next poll.
"""

from __future__ import annotations

import asyncio
import os
import socket
import uuid
from datetime import UTC, datetime


def process_owner() -> str:
    """This process's name as a lease holder: `<host>:<pid>:<random>`, unique per process start."""
    return f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:8]}"


def utc_now_naive() -> datetime:
    """Now, as HYVVE's Prisma `DateTime` columns hold it: UTC in a `timestamp(3)` without a time zone."""
    return datetime.now(UTC).replace(tzinfo=None)


class Wakeup:
    """A worker loop's wake-up call: set from any thread, awaited (with the poll as a timeout) in the loop."""

    def __init__(self) -> None:
        self._loop: asyncio.AbstractEventLoop | None = None
        self._event: asyncio.Event | None = None

    def bind(self) -> None:
        """Called by the worker loop once it runs: from then on `notify` reaches it."""
        self._loop, self._event = asyncio.get_running_loop(), asyncio.Event()

    def notify(self) -> None:
        """Any thread: wake the worker now (a no-op before the worker runs)."""
        if self._loop is not None and self._event is not None:
            self._loop.call_soon_threadsafe(self._event.set)

    async def wait(self, stop: asyncio.Event, timeout: float) -> None:
        """Until notified, stopped or `timeout` seconds have passed; a notification before this call counts."""
        assert self._event is not None, "bind() first, in the worker loop"
        waiters = [asyncio.create_task(self._event.wait()), asyncio.create_task(stop.wait())]
        await asyncio.wait(waiters, timeout=timeout, return_when=asyncio.FIRST_COMPLETED)
        for waiter in waiters:
            waiter.cancel()
        self._event.clear()
