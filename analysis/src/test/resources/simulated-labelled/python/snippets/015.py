class WorkflowOrchestrator:
    async def execute(
        self,
        workflow: Workflow,
        inputs: dict[str, Any] | None = None,
        wait: bool = True,
    ) -> WorkflowExecution | None:
        """Execute a workflow.

        Args:
            workflow: Workflow to execute
            inputs: Optional workflow inputs
            wait: Whether to wait for completion

        Returns:
            Workflow execution if wait is True, None otherwise
        """
        # Initialize if needed
        await self.initialize()

        # Provider should be initialized at this point
        if not self._provider:
            raise RuntimeError("Provider not initialized")

        # Register workflow if needed
        if workflow.id not in self._workflows:
            self._workflows[workflow.id] = workflow
            await self._provider.register_workflow(workflow)

        # Execute workflow
        execution_id = await self._provider.execute_workflow(
            workflow_id=workflow.id, inputs=inputs or {}
        )

        # Wait for completion if requested
        if wait:
            execution = await self._provider.get_execution(execution_id)
            while execution and not execution.is_terminal():
                import asyncio

                await asyncio.sleep(0.1)
                execution = await self._provider.get_execution(execution_id)
            return execution

        return None
