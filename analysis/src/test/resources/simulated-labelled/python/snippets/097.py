class TeachingMode:
    def _cmd_to_vector(self, cmd: str) -> list:
        """Convert command string to state vector."""
        codes = [float(ord(c)) / 256.0 for c in cmd[:32]]
        codes.extend([0.0] * (32 - len(codes)))
        return codes[:32]
