def anchor_event(incidentid: str, fingerprint: str, response: dict):
    """
    Anchors the incident, fingerprint, and response to a provenance graph.
    In a real system, this would write to a Neo4j database.
    """
    print("INFO: Anchoring event to Neo4j provenance graph...")
    neo4j_log = {
        "incident": incidentid,
        "fingerprint": fingerprint,
        "response": response,
        "edges": [
            "(Attempt)-[:LED_TO]->(Fallback)",
            "(VendorFailure)-[:TRIGGERED]->(CircuitBreaker)",
            "(LocalModel)-[:GENERATED]->(DeterministicOutput)"
        ]
    }
    # Pretty-print the JSON log to simulate the anchoring
    print(">>>> NEO4J ANCHOR PAYLOAD >>>>")
    print(json.dumps(neo4j_log, indent=2))
    print("<<<< END NEO4J PAYLOAD <<<<")
    print(f"INFO: Event '{incidentid}' successfully anchored.")
