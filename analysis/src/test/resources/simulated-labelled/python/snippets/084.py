class CockroachDBLedger:
    def anchor_benchmark_report(self, report):
        """
        Anchors a benchmark report in the distributed ledger.
        """
        print(f"Anchoring benchmark report: {report} (Scaffold)")
