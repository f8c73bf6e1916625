class AgentRxivClient:
    def trigger_update(self) -> bool:
        """Trigger server to process new uploads."""
        try:
            response = self._request("GET", f"{self.base_url}/update")
            return bool(response.status_code == 200)
        except requests.RequestException:
            return False
