"""Consumes order events from the queue and dispatches them to handlers."""

import logging
import signal

import pika

from .handlers import HANDLERS, EventError, parse_event
from .notifications import Mailer
from .settings import Settings

log = logging.getLogger(__name__)


class Consumer:
    """Reads the ``orders.events`` queue; failed events go to the dead-letter exchange."""

    QUEUE = "orders.events"

    def __init__(self, settings: Settings):
        self.settings = settings
        self.mailer = Mailer(settings.smtp_host)
        self.stopping = False

    def run(self) -> None:
        """Consume until SIGTERM."""
        signal.signal(signal.SIGTERM, self._stop)
        connection = pika.BlockingConnection(pika.URLParameters(self.settings.amqp_url))
        channel = connection.channel()
        channel.basic_qos(prefetch_count=self.settings.prefetch)
        for method, _props, body in channel.consume(self.QUEUE, inactivity_timeout=1):
            if self.stopping:
                break
            if method is None:
                continue
            self._handle(channel, method, body)
        channel.cancel()
        connection.close()

    def _handle(self, channel, method, body: bytes) -> None:
        try:
            event = parse_event(body)
            handler = HANDLERS.get(event["type"])
            if handler is None:
                log.info("ignoring event type %s", event["type"])
            else:
                handler(event, self.settings.orders_api, self.mailer)
            channel.basic_ack(method.delivery_tag)
        except EventError as error:
            log.warning("rejecting malformed event: %s", error)
            channel.basic_nack(method.delivery_tag, requeue=False)
        except Exception:
            log.exception("event failed; it goes to the dead-letter queue")
            channel.basic_nack(method.delivery_tag, requeue=False)

    def _stop(self, *_args) -> None:
        self.stopping = True


def main() -> None:
    """Entry point of the ``order-worker`` command."""
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s %(message)s")
    Consumer(Settings.from_env()).run()


if __name__ == "__main__":
    main()
