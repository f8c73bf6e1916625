class NLPToAPIProvider:
    async def _execute_api_call(
        self, 
        api_call: APICallTemplate,
        api_name: str,
        auth_credentials: dict[str, str]
    ) -> tuple[Optional[dict[str, Any]], str, Optional[float]]:
        """Execute the API call and return the response.
        
        Args:
            api_call: API call template
            api_name: Name of the API
            auth_credentials: Authentication credentials
            
        Returns:
            Response data, execution status, and execution time
        """
        # Currently not implemented - would make actual HTTP requests
        # This would handle authentication, transform the template into a real request,
        # execute it, and return the results
        
        return {
            "message": "API call execution simulation",
            "status": "success",
            "data": {
                "id": "sample-id",
                "timestamp": "2023-07-12T15:30:45Z",
                "result": "This is a simulated API response"
            }
        }, "simulated", 0.1 
