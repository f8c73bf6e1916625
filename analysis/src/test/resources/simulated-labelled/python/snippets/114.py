class AgentRxivClient:
    def submit_review(
        self,
        paper_id: str,
        rating: int,
        comment: str,
        reviewer_id: str = "",
    ) -> bool:
        """Submit a review for a paper.

        Stub for interface parity with AgentxivClient.
        Actual storage is handled by the bridge layer.
        """
        logger.info(
            "AgentRxivClient.submit_review: paper_id=%s rating=%d reviewer=%s",
            paper_id,
            rating,
            reviewer_id,
        )
        return True
