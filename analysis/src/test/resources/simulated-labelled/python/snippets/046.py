def agent_optimize_code(code: str) -> str:
    """Suggest refactors and cleanups for a code snippet.

    Args:
        code: Source code to analyze.

    Returns:
        Bullet list of optimization recommendations.
    """

    # Placeholder for Codex+linting; return a diff-like suggestion
    return (
        "Suggested improvements:\n"
        "- Extract pure functions\n"
        "- Add typing\n"
        "- Reduce nesting\n"
        "- Use logging over prints"
    )
