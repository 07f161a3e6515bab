"""The loop of every leased worker (agents/workers.py `run_leased`): slots, order, wake-ups, hiccups, stopping, and
jobs other threads claim for it (`Slots`)."""

from __future__ import annotations

import asyncio
import threading
from typing import Any

from agents.workers import Slots, Wakeup, run_leased


class Queue:
    """Leased work over an in-memory queue, recording what the loop did with it."""

    name = "test queue"

    def __init__(self, jobs: list[int], hold: float = 0.0, fail_claims: int = 0) -> None:
        self.jobs, self.hold, self.fail_claims = list(jobs), hold, fail_claims
        self.done: list[int] = []
        self.in_hand = self.most_in_hand = 0
        self.renewals: list[bool] = []
        self.claims = 0

    def claim(self, limit: int) -> list[dict[str, Any]]:
        self.claims += 1
        if self.fail_claims:
            self.fail_claims -= 1
            raise ConnectionError("database went away")
        taken, self.jobs = self.jobs[:limit], self.jobs[limit:]
        return [{"id": job} for job in taken]

    async def handle(self, job: dict[str, Any]) -> None:
        self.in_hand += 1
        self.most_in_hand = max(self.most_in_hand, self.in_hand)
        await asyncio.sleep(self.hold)
        self.in_hand -= 1
        self.done.append(job["id"])

    async def between(self, holding: bool) -> None:
        self.renewals.append(holding)


async def run_until(queue: Queue, done: int, **options: Any) -> None:
    stop, wakeup = asyncio.Event(), Wakeup()
    loop = asyncio.create_task(run_leased(queue, stop, wakeup, poll_seconds=5, **options))
    async with asyncio.timeout(5):
        while len(queue.done) < done:
            await asyncio.sleep(0.01)
    stop.set()
    await loop


def test_with_concurrency_jobs_run_side_by_side_but_never_more_than_the_slots() -> None:
    queue = Queue(list(range(10)), hold=0.05)

    asyncio.run(run_until(queue, 10, concurrency=3))

    assert sorted(queue.done) == list(range(10))
    assert queue.most_in_hand == 3
    assert True in queue.renewals  # leases were renewed while jobs were in hand


def test_without_concurrency_a_batch_is_handled_one_after_another_in_claimed_order() -> None:
    queue = Queue([5, 3, 9, 1], hold=0.01)

    asyncio.run(run_until(queue, 4, batch=2))

    assert queue.done == [5, 3, 9, 1] and queue.most_in_hand == 1


def test_a_database_hiccup_does_not_end_the_worker() -> None:
    queue = Queue([1, 2], fail_claims=2)

    async def main() -> None:
        stop, wakeup = asyncio.Event(), Wakeup()
        loop = asyncio.create_task(run_leased(queue, stop, wakeup, poll_seconds=0.01, concurrency=1))
        async with asyncio.timeout(5):
            while len(queue.done) < 2:
                await asyncio.sleep(0.01)
        stop.set()
        await loop

    asyncio.run(main())
    assert queue.done == [1, 2]


async def first_done(queue: Queue, within: float = 5) -> None:
    """Until the queue finished a job; `within` is far below the tests' 30 s poll."""
    async with asyncio.timeout(within):
        while not queue.done:
            await asyncio.sleep(0.005)


def test_a_notification_claims_new_work_at_once_instead_of_at_the_next_poll() -> None:
    queue = Queue([])

    async def main() -> None:
        stop, wakeup = asyncio.Event(), Wakeup()
        loop = asyncio.create_task(run_leased(queue, stop, wakeup, poll_seconds=30, concurrency=2))
        await asyncio.sleep(0.05)  # the loop found nothing and sleeps for up to 30 s
        queue.jobs.append(7)
        wakeup.notify()
        await first_done(queue)  # far below the poll: only the notification can have woken it
        stop.set()
        await loop

    asyncio.run(main())
    assert queue.done == [7]


def test_stopping_lets_the_jobs_in_hand_finish() -> None:
    queue = Queue([1, 2], hold=0.2)

    async def main() -> None:
        stop, wakeup = asyncio.Event(), Wakeup()
        loop = asyncio.create_task(run_leased(queue, stop, wakeup, poll_seconds=5, concurrency=2))
        await asyncio.sleep(0.05)
        stop.set()
        await loop

    asyncio.run(main())
    assert sorted(queue.done) == [1, 2]


def test_a_job_another_thread_claimed_starts_at_once_in_the_slot_it_reserved() -> None:
    queue = Queue([])

    async def main() -> None:
        stop, wakeup = asyncio.Event(), Wakeup()
        slots = Slots(2, wakeup)
        loop = asyncio.create_task(run_leased(queue, stop, wakeup, poll_seconds=30, slots=slots))
        await asyncio.sleep(0.05)  # the loop found nothing and sleeps for up to 30 s

        def decide() -> None:  # a request's thread, which claimed job 7 in its own transaction
            assert slots.reserve() == 1
            slots.hand({"id": 7})

        threading.Thread(target=decide).start()
        await first_done(queue)  # far below the poll: the hand-off itself started it
        stop.set()
        await loop

    asyncio.run(main())
    assert queue.done == [7]


def test_slots_reserved_by_other_threads_are_not_claimed_until_released() -> None:
    queue = Queue([], hold=0.01)

    async def main() -> None:
        stop, wakeup = asyncio.Event(), Wakeup()
        slots = Slots(2, wakeup)
        assert slots.reserve() == 0  # the worker is not running yet: a decision would queue its job instead
        loop = asyncio.create_task(run_leased(queue, stop, wakeup, poll_seconds=30, slots=slots))
        await asyncio.sleep(0.05)
        assert slots.reserve(2) == 2 and slots.reserve() == 0  # full: a decision would queue its job instead
        queue.jobs += [1, 2, 3]
        wakeup.notify()
        await asyncio.sleep(0.1)
        assert queue.done == [] and queue.jobs == [1, 2, 3]  # no slot free: nothing claimed
        slots.release(2)  # reserved for nothing (the decisions lost their race)
        async with asyncio.timeout(5):
            while len(queue.done) < 3:
                await asyncio.sleep(0.005)
        stop.set()
        await loop
        assert slots.reserve() == 0  # stopped

    asyncio.run(main())
    assert sorted(queue.done) == [1, 2, 3] and queue.most_in_hand == 2


def test_a_handed_job_costs_the_loop_no_claim_and_work_queued_meanwhile_takes_the_slot_it_frees() -> None:
    queue = Queue([], hold=0.1)

    async def main() -> None:
        stop, wakeup = asyncio.Event(), Wakeup()
        slots = Slots(1, wakeup)
        loop = asyncio.create_task(run_leased(queue, stop, wakeup, poll_seconds=30, slots=slots))
        await asyncio.sleep(0.05)  # its first turn claimed, found nothing, and sleeps for up to 30 s
        claims = queue.claims
        assert slots.reserve() == 1
        slots.hand({"id": 7})
        async with asyncio.timeout(5):
            while queue.done != [7]:
                await asyncio.sleep(0.005)
        await asyncio.sleep(0.05)
        assert queue.claims == claims  # neither starting nor finishing a handed job made the loop claim

        assert slots.reserve() == 1
        slots.hand({"id": 8})
        await asyncio.sleep(0.01)
        assert slots.reserve() == 0  # 8 holds the only slot: the next decision queues its job instead
        queue.jobs.append(9)
        wakeup.notify()
        async with asyncio.timeout(5):  # far below the poll: 8's slot went to 9 as it freed
            while len(queue.done) < 3:
                await asyncio.sleep(0.005)
        stop.set()
        await loop

    asyncio.run(main())
    assert queue.done == [7, 8, 9]
