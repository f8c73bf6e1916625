def insert_payment(
    *,
    user_uuid: str,
    order_id: str | None,
    transaction_ref: str,
    amount: Decimal,
    payment_method: str,
    status: str = "completed",
) -> bool:
    """
    Insert payment record with validation
    """
    if not all([user_uuid, transaction_ref, payment_method]):
        log_transaction("Missing required fields for payment insertion", "error")
        return False

    validated_amount = validate_amount(amount)
    if validated_amount is None:
        log_transaction(f"Invalid payment amount: {amount}", "error")
        return False

    try:
        with transaction.atomic():
            payment = Payment.objects.create(
                user_uuid=user_uuid,
                order_id=order_id,
                transaction_ref=transaction_ref,
                amount=validated_amount,
                payment_method=payment_method,
                status=status,
            )

            log_transaction(
                f"Payment recorded: ID={payment.id}, UUID={user_uuid}, Amount={validated_amount}, "
                f"TxRef={transaction_ref}, Method={payment_method}, Status={status}"
            )
            return True

    except Exception as e:
        log_transaction(f"Error inserting payment: {e}", "error")
        return False
