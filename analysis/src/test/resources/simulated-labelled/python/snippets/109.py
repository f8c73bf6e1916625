@app.post("/api/adapters/{adapter_id}/rollback")
async def api_adapter_rollback(adapter_id: str, target_version: int = 1) -> JSONResponse:
    """Rollback adapter to previous version."""
    _log_audit("adapter_rollback", adapter_id=adapter_id, target_version=target_version, severity="warning")
    return JSONResponse({"rolled_back": True, "version": target_version})
