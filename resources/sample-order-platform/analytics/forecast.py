"""Next-week demand forecasts per SKU."""

from datetime import date, timedelta
from typing import Dict, List

import numpy as np
from sklearn.linear_model import Ridge

from .features import rolling_mean, weekday_profile


class DemandForecaster:
    """Ridge regression on rolling means, shaped by the weekday profile."""

    def __init__(self, alpha: float = 1.0, history_days: int = 56):
        self.alpha = alpha
        self.history_days = history_days
        self.models: Dict[str, Ridge] = {}

    def fit(self, demand: Dict[str, Dict[date, int]], today: date) -> None:
        """Train one model per SKU on the last ``history_days`` days."""
        for sku, series in demand.items():
            rows, targets = [], []
            for offset in range(self.history_days, 7, -1):
                day = today - timedelta(days=offset)
                rows.append([rolling_mean(series, day, 7), rolling_mean(series, day, 28)])
                targets.append(series.get(day + timedelta(days=1), 0))
            if len(set(targets)) > 1:
                model = Ridge(alpha=self.alpha)
                model.fit(np.array(rows), np.array(targets))
                self.models[sku] = model

    def predict_week(self, sku: str, series: Dict[date, int], today: date) -> List[float]:
        """Seven daily forecasts starting tomorrow; falls back to the rolling mean without a model."""
        base = rolling_mean(series, today, 7)
        model = self.models.get(sku)
        if model is not None:
            base = float(model.predict(np.array([[base, rolling_mean(series, today, 28)]]))[0])
        profile = weekday_profile(series)
        return [max(0.0, base * 7 * profile[(today + timedelta(days=d)).weekday()]) for d in range(1, 8)]

    def explain(self, sku):
        # TODO feature importances for the planning UI
        return {}


def backtest(forecaster, demand, start, weeks):
    pass
