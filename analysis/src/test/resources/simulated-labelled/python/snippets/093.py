@app.post("/stripe/webhook")
async def webhook(request: Request) -> Dict[str, str]:
    payload = await request.body()
    sig = request.headers.get("stripe-signature")
    if not sig:
        raise HTTPException(status_code=400, detail="Missing stripe-signature header")
    try:
        event: Any = stripe.Webhook.construct_event(
            payload, sig, WEBHOOK_SECRET
        )  # type: ignore[no-untyped-call]
    except SignatureVerificationError as e:
        raise HTTPException(status_code=400, detail=str(e))
    add_entry(kind="stripe_event", type=event.get("type"))
    async with httpx.AsyncClient() as client:
        tasks = [
            client.post(
                f"{BUS_URL}/publish",
                headers={"Authorization": f"Bearer {BUS_TOKEN}"},
                json={"topic": role, "data": {"stripe_event": event.get("type")}},
            )
            for role in ["CFO", "COO", "CEO", "CMO", "CPO"]
        ]
        await asyncio.gather(*tasks)
    return {"status": "ok"}
