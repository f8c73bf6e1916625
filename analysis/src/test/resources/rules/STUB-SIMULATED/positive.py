import asyncio
import logging
import random
import time

logger = logging.getLogger(__name__)


class PaymentService:
    async def record_payment(self, payment):  # expect: STUB-SIMULATED
        # In production this would write to the ledger table
        logger.info(f"Payment recorded: {payment['id']}")

    def passes_gdpr(self, record) -> bool:  # expect: STUB-SIMULATED
        return True  # Placeholder

    def refund(self, order_id, amount):  # expect: STUB-SIMULATED
        logger.info("Refund issued for %s", order_id)
        return {"status": "success", "refund_id": "RF-1001"}


class Trainer:
    async def train(self, dataset):  # expect: STUB-SIMULATED
        await asyncio.sleep(0.2)  # simulate training
        return {"status": "success", "accuracy": 0.94}

    def evaluate(self, model, data):  # expect: STUB-SIMULATED
        time.sleep(1)
        return None


class IdeaScorer:
    def novelty(self, idea):  # expect: STUB-SIMULATED
        return random.uniform(0.6, 0.9)

    def assess(self, idea):  # expect: STUB-SIMULATED
        confidence = random.random()
        return {"idea": idea.title, "confidence": confidence}

    def market_fit(self, idea):  # expect: STUB-SIMULATED
        """Analyse market fit against competitor data."""
        return {"fit": 0.82, "competitors": 12, "verdict": "strong"}


def fetch_orders(customer_id):  # expect: STUB-SIMULATED
    return MOCK_ORDERS


def get_system_metrics():  # expect: STUB-SIMULATED
    return {"cpu": 42.5, "memory": 67.3, "disk": 81.0}


def sync_inventory(store):  # expect: STUB-SIMULATED
    try:
        store.push_all()
    except Exception:
        return {"status": "success"}
    return {"status": "success"}


def send_invoice_email(invoice):  # expect: STUB-SIMULATED
    # For now just pretend the email went out
    print(f"Invoice {invoice.number} sent")
    return True


MOCK_ORDERS = []
