class Synthesizer:
    def process_findings(self, findings):
        """
        Takes raw findings and returns a list of structured intelligence objects.
        """
        processed_data = []
        logging.info(f"Synthesizing {len(findings)} raw findings...")
        for finding in findings:
            task = {
                "goal": "Analyze AI alignment content. Extract timelines, probabilities, benchmarks, and citations. Summarize the core argument.",
                "context": finding['data']['content']
            }
            result = route_task(task)

            if 'error' not in result:
                intelligence = self.parser.parse(result['output'])
                intelligence['data_fp'] = finding['data_fp']
                processed_data.append(intelligence)
        return processed_data
