"""Feature engineering on order history."""

from collections import defaultdict
from datetime import date, timedelta
from typing import Dict, Iterable, List, Tuple

Order = Tuple[date, str, int]  # (day, sku, quantity)


def daily_demand(orders: Iterable[Order]) -> Dict[str, Dict[date, int]]:
    """Quantity sold per SKU and day."""
    demand: Dict[str, Dict[date, int]] = defaultdict(lambda: defaultdict(int))
    for day, sku, quantity in orders:
        demand[sku][day] += quantity
    return demand


def rolling_mean(series: Dict[date, int], end: date, days: int = 7) -> float:
    """Mean daily quantity over the ``days`` days up to and including ``end``."""
    window = [series.get(end - timedelta(days=offset), 0) for offset in range(days)]
    return sum(window) / days


def weekday_profile(series: Dict[date, int]) -> List[float]:
    """Share of the weekly volume that falls on each weekday, Monday first."""
    totals = [0] * 7
    for day, quantity in series.items():
        totals[day.weekday()] += quantity
    volume = sum(totals)
    return [t / volume if volume else 1 / 7 for t in totals]
