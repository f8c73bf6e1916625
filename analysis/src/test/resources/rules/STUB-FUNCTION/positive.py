class Mailer:
    def send(self, to, body):  # expect: STUB-FUNCTION
        """Send a message."""
        raise NotImplementedError("SMTP not wired")

    def send_batch(self, messages):  # expect: STUB-FUNCTION
        pass

    def unsubscribe(self, customer):  # expect: STUB-FUNCTION
        ...


def preview(template):  # expect: STUB-FUNCTION
    """Render a preview."""


def lookup(key): return None  # expect: STUB-FUNCTION
