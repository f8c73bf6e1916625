def route_task(task):
    """Simulates routing a task to an LLM agent."""
    logging.info(f"Conceptual routing of task: {task['goal']}")
    return {
        "output": "[Title]: Example Title\n[URL]: http://example.com",
        "agent_used": "Claude-4.5-Flash"
    }
