@activity.defn
async def ingest_palantir_features() -> str:
    """
    Ingests Palantir's public AI features.
    """
    activity.logger.info("Ingesting Palantir features...")
    # In a real implementation, this would connect to Palantir's public
    # APIs or scrape their website to fetch the data.
    return "Successfully ingested Palantir features."
