from abc import ABC, abstractmethod


class Gateway(ABC):
    @abstractmethod
    def charge(self, card, amount):
        ...

    @abstractmethod
    def refund(self, charge_id):
        ...


class StripeGateway(Gateway):
    def charge(self, card, amount):
        return self.client.charge(card, amount)

    def refund(self, charge_id):
        pass


class Operand:
    def expr(self, item):
        raise NotImplementedError

    def get_type(self, item):
        raise NotImplementedError


class Path(Operand):
    def expr(self, item):
        return item[self.name]

    def get_type(self, item):
        return type(item[self.name])
