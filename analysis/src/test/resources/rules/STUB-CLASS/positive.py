class PaymentGateway:  # expect: STUB-CLASS
    """Talks to the card processor."""

    def charge(self, card, amount):
        raise NotImplementedError

    def refund(self, charge_id):
        pass
