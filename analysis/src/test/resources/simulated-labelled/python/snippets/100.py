def configuration_model_null(g: DiGraph, *, seed: int = 0) -> DiGraph:
    """Generate a directed graph with the same in/out degree sequence.

    Stubs are randomly matched; self-loops and multi-edges are merged into
    weighted edges (matching DiGraph aggregation semantics).
    """
    rng = random.Random(seed)
    out_stubs: List[str] = []
    in_stubs: List[str] = []
    # Iterate in sorted order so the (seed, graph) pair is reproducible
    # across PYTHONHASHSEED values; raw set iteration is not.
    for u in sorted(g.nodes):
        out_stubs.extend([u] * sum(1 for _ in g.out.get(u, {})))
        in_stubs.extend([u] * sum(1 for _ in g.in_.get(u, {})))
    rng.shuffle(out_stubs)
    rng.shuffle(in_stubs)
    edges: List[Edge] = []
    for u, v in zip(out_stubs, in_stubs, strict=False):
        if u != v:
            edges.append((u, v, 1.0))
    return DiGraph.from_edges(edges)
