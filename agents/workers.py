"""What every background worker of the service shares: its loop, who holds a lease, how it is woken, what time it is.

Continuations of decided approvals, knowledge ingestion and the orphaned-run reconciler are each a `LeasedWork`
(claim, handle, renew) run by `run_leased`.

Leases name their holder with `process_owner()`: unique per process start, because a restarted container
keeps its hostname and often its pid, and must never renew (or finish) its predecessor's work.
A worker sleeps in `Wakeup.wait` between polls; any thread of its process (a request that queued work)
calls `Wakeup.notify` to have it look at once instead of at the next poll. A worker with `Slots` also takes
jobs that another thread claimed for it in that thread's own transaction (`Slots.hand`): no claim of its own,
no wait for its next turn.
"""

from __future__ import annotations

import asyncio
import logging
import os
import socket
import threading
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
    """A worker loop's wake-up call: set from any thread, awaited (with the poll as a timeout) in the loop.

    It also says whether the loop should claim: after a notification that new work may be queued, or a poll;
    not after a wake-up only to start a handed job or to use a freed slot (`notify(claim=False)`), when no
    work is known to be waiting (a worker with `Slots`: see `run_leased`).
    """

    def __init__(self) -> None:
        self._loop: asyncio.AbstractEventLoop | None = None
        self._event: asyncio.Event | None = None
        self._claim = True

    def bind(self) -> None:
        """Called by the worker loop once it runs: from then on `notify` reaches it."""
        self._loop, self._event = asyncio.get_running_loop(), asyncio.Event()

    def notify(self, claim: bool = True) -> None:
        """Any thread: wake the worker now (a no-op before the worker runs); `claim`: new work may be queued."""
        if claim:
            self._claim = True
        if self._loop is not None and self._event is not None:
            self._loop.call_soon_threadsafe(self._event.set)

    async def wait(self, stop: asyncio.Event, timeout: float) -> None:
        """Until notified, stopped or `timeout` seconds have passed; a notification before this call counts."""
        assert self._event is not None, "bind() first, in the worker loop"
        waiters = [asyncio.create_task(self._event.wait()), asyncio.create_task(stop.wait())]
        done, _ = await asyncio.wait(waiters, timeout=timeout, return_when=asyncio.FIRST_COMPLETED)
        for waiter in waiters:
            waiter.cancel()
        self._event.clear()
        if not done:
            self._claim = True  # the poll: work queued elsewhere (another replica, an expired lease)

    def _take_claim(self) -> bool:
        """Whether to claim now; cleared, so that a notification while claiming asks again."""
        due, self._claim = self._claim, False
        return due


class Slots:
    """The job slots of a worker that carries out up to `capacity` jobs at once, shared by its loop and by other
    threads of its process.

    The loop fills free slots with its own claims. Another thread may claim a job for the worker in its own
    transaction (a decision claims its run's continuation as it commits): it `reserve`s a slot first, then
    `hand`s the claimed job over, or `release`s the slot when it claimed nothing. A full worker, or one not
    running (not started yet, or stopped), reserves nothing: the job stays queued for the next claim, here or
    on another replica.
    """

    def __init__(self, capacity: int, wakeup: Wakeup) -> None:
        self.capacity = max(1, capacity)
        self.wakeup = wakeup
        self._lock = threading.Lock()
        self._taken = 0
        self._handed: list[dict[str, Any]] = []
        self._open = False  # while the worker's loop runs

    def reserve(self, count: int = 1) -> int:
        """Any thread: take up to `count` free slots; how many were taken."""
        with self._lock:
            taken = min(count, self.capacity - self._taken) if self._open else 0
            self._taken += taken
            return taken

    def release(self, count: int = 1) -> None:
        """Any thread: give back slots reserved for nothing or whose job is done; the loop claims with them if
        work is known to be waiting."""
        self._give_back(count)
        self.wakeup.notify(claim=False)

    def hand(self, job: dict[str, Any]) -> None:
        """Any thread: a job claimed for the worker under its lease, in a reserved slot; it starts at once."""
        with self._lock:
            self._handed.append(job)
        self.wakeup.notify(claim=False)

    def _give_back(self, count: int) -> None:
        with self._lock:
            self._taken -= count

    def _take_handed(self) -> list[dict[str, Any]]:
        with self._lock:
            handed, self._handed = self._handed, []
            return handed

    def _set_open(self, is_open: bool) -> None:
        with self._lock:
            self._open = is_open


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
    batch: int = 1, slots: Slots | None = None,
) -> None:
    """The loop every leased worker runs until `stop`: renew and sweep, claim, carry out, sleep until woken.

    With `concurrency` (or `slots`, shared with the threads that hand it jobs), up to that many jobs run at once
    as tasks (a slow one holds up no other); the loop claims after a notification or a poll, and when a finished
    job frees a slot while work is known to be waiting (the last claim filled every free slot, or a notification
    came while none was free), never just because a handed job started. Without, up to `batch` jobs are claimed
    and carried out one after another, in the order claimed. A failing turn (a database hiccup) is logged and the
    loop goes on; on stop, jobs in hand finish (a lease left behind is taken over once it runs out).
    """
    wakeup.bind()
    if slots is None and concurrency is not None:
        slots = Slots(concurrency, wakeup)
    if slots is not None:
        slots._set_open(True)
    running: set[asyncio.Task[None]] = set()

    def start(job: dict[str, Any]) -> None:
        task = asyncio.create_task(work.handle(job), name=f"{work.name} job")
        running.add(task)
        task.add_done_callback(finished)

    def finished(task: asyncio.Task[None]) -> None:
        running.discard(task)
        if not task.cancelled() and task.exception() is not None:
            log.error("%s: a job failed", work.name, exc_info=task.exception())
        assert slots is not None
        slots.release()  # a free slot, for the next job if one is known to be waiting

    while not stop.is_set():
        try:
            if slots is None:
                await work.between(False)
                claimed = await asyncio.to_thread(work.claim, batch)
                for job in claimed:
                    await work.handle(job)
                more = len(claimed) == batch
            else:
                for job in slots._take_handed():
                    start(job)
                await work.between(bool(running))
                more = False
                if wakeup._take_claim():
                    limit = slots.reserve(slots.capacity)
                    claimed = []
                    try:
                        if limit:
                            claimed = await asyncio.to_thread(work.claim, limit)
                    finally:
                        slots._give_back(limit - len(claimed))  # the slots nothing was claimed for
                    for job in claimed:
                        start(job)
                    if len(claimed) == limit:  # every free slot filled (or none free): more may be waiting
                        wakeup._claim = True  # claim again next turn (at once, or when a slot frees)
                    more = limit > 0 and len(claimed) == limit
            if more:
                continue  # maybe more are waiting
        except Exception:  # keep the worker alive through database hiccups
            log.exception("%s: iteration failed", work.name)
            wakeup._claim = True  # try again next turn
        await wakeup.wait(stop, poll_seconds)
    if slots is not None:
        slots._set_open(False)
        for job in slots._take_handed():  # claimed for this process before it closed: in hand, so they finish
            start(job)
    if running:
        await asyncio.wait(running)
