"""What every background worker of the service shares: its loop, who holds a lease, how it is woken, what time it is.

Continuations of decided approvals, knowledge ingestion and the orphaned-run reconciler are each a `LeasedWork`
(claim, handle, renew) run by `run_leased`.

Leases name their holder with `process_owner()`: unique per process start, because a restarted container
keeps its hostname and often its pid, and must never renew (or finish) its predecessor's work.
A worker sleeps in `Wakeup.wait` between polls; any thread of its process (a request that queued work)
calls `Wakeup.notify` to have it look at once instead of at the next poll.
"""

from __future__ import annotations

import asyncio
import logging
import os
import socket
import uuid
from datetime import UTC, datetime
from typing import Any, Protocol

log = logging.getLogger(__name__)


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


class LeasedWork(Protocol):
    """One kind of leased background work. `run_leased` is its loop; this is what differs between kinds."""

    name: str

    def claim(self, limit: int) -> list[dict[str, Any]]:
        """Claim up to `limit` jobs under this process's lease (`FOR UPDATE SKIP LOCKED`); runs in a thread."""
        ...

    async def handle(self, job: dict[str, Any]) -> None:
        """Carry one claimed job out, in its own recorded workspace."""
        ...

    async def between(self, holding: bool) -> None:
        """Each turn of the loop, before claiming: renew leases that are due, sweep. `holding`: jobs in hand."""
        ...


async def run_leased(
    work: LeasedWork, stop: asyncio.Event, wakeup: Wakeup, *, poll_seconds: float, concurrency: int | None = None,
    batch: int = 1,
) -> None:
    """The loop every leased worker runs until `stop`: renew and sweep, claim, carry out, sleep until woken.

    With `concurrency`, up to that many jobs run at once as tasks (a slow one holds up no other), and a finished
    one wakes the loop to claim the next. Without, up to `batch` jobs are claimed and carried out one after
    another, in the order claimed. A failing turn (a database hiccup) is logged and the loop goes on; on stop,
    jobs in hand finish (a lease left behind is taken over once it runs out).
    """
    wakeup.bind()
    running: set[asyncio.Task[None]] = set()

    def finished(task: asyncio.Task[None]) -> None:
        running.discard(task)
        if not task.cancelled() and task.exception() is not None:
            log.error("%s: a job failed", work.name, exc_info=task.exception())
        wakeup.notify()  # a free slot: claim the next one now

    while not stop.is_set():
        try:
            await work.between(bool(running))
            limit = batch if concurrency is None else concurrency - len(running)
            claimed = await asyncio.to_thread(work.claim, limit) if limit > 0 else []
            if concurrency is None:
                for job in claimed:
                    await work.handle(job)
            else:
                for job in claimed:
                    task = asyncio.create_task(work.handle(job), name=f"{work.name} job")
                    running.add(task)
                    task.add_done_callback(finished)
            if claimed and len(claimed) == limit:
                continue  # maybe more are waiting
        except Exception:  # keep the worker alive through database hiccups
            log.exception("%s: iteration failed", work.name)
        await wakeup.wait(stop, poll_seconds)
    if running:
        await asyncio.wait(running)
