class REEAdapter:
    def _make_request(
        self,
        endpoint: str,
        params: Optional[Dict] = None
    ) -> Optional[Dict]:
        """
        Make API request (simulated for now).

        In production, would use requests library:
        ```python
        import requests
        headers = {"Authorization": f"Token token={self.api_token}"}
        response = requests.get(url, headers=headers, params=params)
        return response.json()
        ```
        """
        # Simulated response for development
        # In production, replace with actual API calls
        logger.debug("REE API request: %s, params=%s", endpoint, params)

        # Return simulated data
        return self._generate_simulated_data(endpoint)
