class RiskModel:
    def score(self, context):
        """
        Scores the risk of a given context.
        Placeholder for now. Returns a fixed score.
        """
        print(f"Scoring risk for context: {context}")
        return 0.9
