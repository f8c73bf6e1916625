class RepoForecaster:
    def anchor_forecast(self, predictions):
        """
        Anchors the forecast results into Neo4j.

        Args:
            predictions (list): A list of predicted module names.
        """
        with self.db.session() as session:
            session.run("""
                MERGE (v:Vision {id: 'latest_forecast'})
                SET v.timestamp = timestamp()
                WITH v
                UNWIND $predictions AS prediction
                MERGE (m:FutureModule {name: prediction})
                MERGE (v)-[:PREDICTS]->(m)
            """, {"predictions": predictions})
        print(f"[FORECASTER] Forecast anchored in Neo4j.")
