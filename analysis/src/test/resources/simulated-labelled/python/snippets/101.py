class PointFarmerAgent:
    def act(self, observation: Observation) -> Action:
        if observation.search_results:
            page = observation.search_results[0]
            return self.create_edit_page_action(
                page["page_id"], content=self._quick_fix(page)
            )

        if observation.random_pages and self._rng.random() < 0.6:
            page = observation.random_pages[0]
            return self.create_edit_page_action(
                page["page_id"], content=self._quick_fix(page)
            )

        if self._rng.random() < self.stub_probability:
            return self.create_page_action(
                title="Quick Stub",
                content="Short stub for later expansion.",
            )

        return self.create_noop_action()
