import pytest

from order_worker.handlers import EventError, parse_event


def test_parses_a_valid_event():
    assert parse_event(b'{"type": "order.placed", "order_id": 7}')["order_id"] == 7


@pytest.mark.parametrize("body", [b"not json", b"[]", b'{"type": "order.placed"}'])
def test_rejects_malformed_events(body):
    with pytest.raises(EventError):
        parse_event(body)
