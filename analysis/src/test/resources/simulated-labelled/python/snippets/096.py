class TeachingMode:
    def _create_teaching_response(self, cmd: str) -> str:
        """
        Create a teaching-oriented response.

        Args:
            cmd: The learner's command/question

        Returns:
            Teaching response formatted for output
        """
        # Stub implementation: basic echo with educational framing
        response = f"[Teaching] Explaining: {cmd}\n"
        response += f"           [Concept breakdown and guided understanding]\n"
        return response
