@app.get("/health")
async def health() -> Dict[str, str]:
    return {"status": "ok"}
