def reroutetolocal_model(output):
    """
    This is a placeholder for the logic to reroute a task to a local model.
    """
    print(f"Rerouting to local model: {output} (Scaffold)")
    return f"Rerouted: {output}"
