"""Demand forecasting and sales analytics for the planning team (experimental)."""
