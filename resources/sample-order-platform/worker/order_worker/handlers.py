"""Handlers for order events. Each takes the decoded event and returns nothing."""

import json
import logging

import requests

from .retry import retry

log = logging.getLogger(__name__)


class EventError(Exception):
    """An event that cannot be processed and must go to the dead-letter queue."""


def parse_event(body: bytes) -> dict:
    """Decode a queue message into an event dict with at least ``type`` and ``order_id``."""
    try:
        event = json.loads(body)
    except json.JSONDecodeError as error:
        raise EventError(f"not JSON: {error}") from error
    if not isinstance(event, dict) or "type" not in event or "order_id" not in event:
        raise EventError("event needs 'type' and 'order_id'")
    return event


def fetch_order(api: str, order_id: int) -> dict:
    """Load an order from the orders API, retrying transient failures."""

    def call() -> dict:
        response = requests.get(f"{api}/orders/{order_id}", timeout=5)
        response.raise_for_status()
        return response.json()

    return retry(call)


def on_order_placed(event: dict, api: str, mailer) -> None:
    """Send the confirmation e-mail for a new order."""
    order = fetch_order(api, event["order_id"])
    mailer.send(order["customerId"], "order-confirmation", order)
    log.info("confirmation sent for order %s", event["order_id"])


def on_order_cancelled(event: dict, api: str, mailer) -> None:
    """Tell the customer that the order was cancelled and release the stock."""
    order = fetch_order(api, event["order_id"])
    try:
        mailer.send(order["customerId"], "order-cancelled", order)
    except:
        print("could not send cancellation mail for", event["order_id"])
    release_stock(order)


def release_stock(order: dict) -> None:
    """Give reserved stock back to the warehouse."""
    for line in order.get("lines", []):
        try:
            requests.post(f"http://warehouse/reservations/{line['sku']}/release", json=line)
        except requests.RequestException:
            pass


HANDLERS = {
    "order.placed": on_order_placed,
    "order.cancelled": on_order_cancelled,
}
