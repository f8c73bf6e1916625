import logging

log = logging.getLogger(__name__)


def charge(card):
    try:
        return gateway.charge(card)
    except TimeoutError:
        return None
    except Exception:
        log.exception("charge failed")
        raise
