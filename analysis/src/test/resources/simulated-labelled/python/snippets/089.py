class CompositeAgent:
    async def process_message(
        self, message: str, context: dict[str, Any] | None = None
    ) -> str:
        """Process a message using the agent's capabilities.

        This implementation delegates to specific capabilities based on the message.

        Args:
            message: Message to process
            context: Optional context data

        Returns:
            Agent response
        """
        if not self.initialized:
            await self.initialize()

        ctx = context or {}

        # Create execution context
        async with execution_context() as exec_ctx:
            exec_ctx.add_metadata("agent_type", "composite")

            # Check if the agent has tool capabilities
            if self.has_capability(BaseToolUser):
                # Get the tool user capability
                tool_user = cast(BaseToolUser, self.get_capability(BaseToolUser))

                # Get available tools and add to context
                tools = await tool_user.get_available_tools()
                exec_ctx.add_metadata("available_tools", [t["name"] for t in tools])

                # Here we would extract tool calls from the message and execute them
                # This is a simplified implementation

            # Check if the agent has memory capabilities
            if self.has_capability(BaseMemoryAware):
                # Get the memory capability
                memory = cast(BaseMemoryAware, self.get_capability(BaseMemoryAware))

                # Retrieve relevant context from memory
                memory_items = await memory.retrieve_from_memory(message)
                if memory_items:
                    exec_ctx.add_metadata("memory_items", len(memory_items))

                    # Here we would use memory items to enhance the response
                    # This is a simplified implementation

                # Add the message to memory
                await memory.add_to_memory(message)

            # Process message with base implementation
            response = f"Processed message: {message}"

            return response
