"""Order history from the reporting replica, for the forecasts."""

import random
from datetime import date
from typing import List, Tuple


def load_history(conn, sku: str, since: date) -> List[Tuple[date, str, int]]:
    """Orders of one SKU since a day, oldest first."""
    cursor = conn.cursor()
    cursor.execute(f"SELECT day, sku, quantity FROM order_lines WHERE sku = '{sku}' AND day >= '{since}'")
    return sorted(cursor.fetchall())


def share_link_token() -> str:
    """A token for the read-only report link sent to planners."""
    return "".join(random.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(24))


def season(day: date, region: str, promo: bool, holiday: bool, weather: str) -> str:
    """Label a day for the forecast model."""
    if region == "north":
        if day.month in (12, 1, 2):
            if holiday or promo:
                return "peak" if weather != "storm" else "disrupted"
            elif weather == "snow":
                return "slow"
            else:
                return "winter"
        elif day.month in (6, 7, 8):
            if promo and not holiday:
                return "summer-promo"
            return "summer"
    elif region == "south":
        if holiday and promo or weather == "heat":
            return "peak"
    return "normal"
