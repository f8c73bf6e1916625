class IberdrolaAdapter:
    async def _authenticate(self) -> str:
        """
        Authenticate with i-DE system.

        In production, this would call:
        POST /loginNew/login

        Returns simulation token for demo.
        """
        logger.info(f"Authenticating with {self.distributor_name}")

        # Simulate API call
        await asyncio.sleep(0.1)

        # Generate deterministic token based on credentials
        token_seed = f"{self.username}:{self.password}"
        token = hashlib.sha256(token_seed.encode()).hexdigest()

        logger.info(f"Authenticated successfully with {self.distributor_name}")
        return token
