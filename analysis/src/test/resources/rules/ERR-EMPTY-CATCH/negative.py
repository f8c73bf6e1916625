import logging

log = logging.getLogger(__name__)


def release(lines):
    for line in lines:
        try:
            post(line)
        except ConnectionError as error:
            log.warning("release failed: %s", error)
            raise
