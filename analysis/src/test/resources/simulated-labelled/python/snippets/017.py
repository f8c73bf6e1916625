def benchmark_alignment(output):
    """
    This is a placeholder for a more sophisticated alignment benchmark.
    """
    # For now, return a random score.
    return random.random()
