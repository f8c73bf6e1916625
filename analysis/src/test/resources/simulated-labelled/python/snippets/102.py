class PointFarmerAgent:
    def accept_interaction(self, proposal, observation) -> bool:
        return True
