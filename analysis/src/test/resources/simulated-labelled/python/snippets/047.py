def agent_write_docs(title: str, body: str) -> Path:
    """Persist documentation content to the ``docs`` directory.

    Args:
        title: Document title used for the filename and heading.
        body: Markdown content to write.

    Returns:
        Path to the newly created document.
    """

    ts = datetime.now().strftime("%Y%m%d_%H%M%S")
    DOCS_DIR.mkdir(parents=True, exist_ok=True)
    path = DOCS_DIR / f"{ts}_{title.replace(' ', '_').lower()}.md"
    path.write_text(f"# {title}\n\n{body}\n", encoding="utf-8")
    return path
