@api.get("/nodes/{node_id}/config")
async def nodes_get_config(node_id: str) -> Dict[str, Any]:
    # Placeholder: fetch real config per node/agent
    return {"id": node_id, "config": {}}
