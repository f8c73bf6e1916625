class StandardRefinementEngine:
    def _identify_gaps(self):
        """
        Analyze papers to identify specific remaining gaps.

        This would be replaced with actual Hunter analysis in production.
        Currently returns the gaps we've proven exist in GPIA's papers.
        """
        gaps = {
            'missing_definitions': [
                'Resonance Gate',
                'Crystallization Coefficient',
                'VNAND'
            ],
            'weak_citations': 3,
            'methodology_gaps': 1,
        }
        return gaps
