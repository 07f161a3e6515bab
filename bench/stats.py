"""Small statistics helpers shared by the orchestrator and the report."""

from __future__ import annotations

import math
import statistics
from collections.abc import Sequence


def percentile(values: Sequence[float], q: float) -> float | None:
    """Nearest-rank percentile (q in 0..1); None for no values."""
    if not values:
        return None
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, math.ceil(q * len(ordered)) - 1))]


def ms(value: float | None, digits: int = 1) -> float | None:
    return None if value is None else round(value * 1000, digits)


def latency_summary(seconds: Sequence[float]) -> dict[str, float | int | None]:
    return {
        "n": len(seconds),
        "p50_ms": ms(percentile(seconds, 0.5)),
        "p99_ms": ms(percentile(seconds, 0.99)),
        "mean_ms": ms(statistics.fmean(seconds)) if seconds else None,
    }


def ratio(ours: float | None, theirs: float | None) -> float | None:
    if ours is None or theirs in (None, 0):
        return None
    return round(ours / theirs, 2)  # type: ignore[operator]


def window_median(values: Sequence[float], turn: int, half: int = 2) -> float | None:
    """Median of turns turn-half..turn+half (1-based, clipped to what exists)."""
    lo, hi = max(1, turn - half), min(len(values), turn + half)
    chosen = values[lo - 1 : hi]
    return statistics.median(chosen) if chosen else None


def slope_ms_per_100(values: Sequence[float]) -> float | None:
    """Least-squares slope of latency over turn number, in ms per 100 turns (growth with history)."""
    n = len(values)
    if n < 3:
        return None
    xs = range(1, n + 1)
    mean_x, mean_y = (n + 1) / 2, statistics.fmean(values)
    sxx = sum((x - mean_x) ** 2 for x in xs)
    sxy = sum((x - mean_x) * (y - mean_y) for x, y in zip(xs, values, strict=False))
    return round(sxy / sxx * 100 * 1000, 1)
