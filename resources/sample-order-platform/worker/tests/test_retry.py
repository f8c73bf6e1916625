import pytest

from order_worker.retry import retry


def test_returns_first_success():
    calls = []

    def flaky():
        calls.append(1)
        if len(calls) < 3:
            raise ConnectionError("down")
        return "ok"

    assert retry(flaky, sleep=lambda _: None) == "ok"
    assert len(calls) == 3


def test_raises_after_last_attempt():
    def always_down():
        raise TimeoutError("slow")

    with pytest.raises(TimeoutError):
        retry(always_down, attempts=2, sleep=lambda _: None)


def test_does_not_retry_other_errors():
    def broken():
        raise ValueError("bug")

    with pytest.raises(ValueError):
        retry(broken, sleep=lambda _: None)
