class ArxivScraper:
    async def run_daily_scan(self):
        """Simulates running a daily scan for new papers."""
        logging.info(f"Conceptual scan for {self.name}...")
        return [{"content": "Abstract of a new alignment paper."}]
