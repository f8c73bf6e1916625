class KnowledgeExpander:
    def run(self):
        """
        Execute the knowledge expansion tasks.
        """
        logging.info("Running knowledge expansion tasks (placeholder)...")
        # In the future, this will contain logic to:
        # - Crawl websites or APIs based on config
        # - Parse documents (PDF, HTML, etc.)
        # - Store findings in a structured way (e.g., database, JSON files)
        pass
