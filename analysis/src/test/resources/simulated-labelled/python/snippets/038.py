@shared_task
def notify_admin_return_request(*, order_id: int, return_id: int, buyer_id: int):
    title = "Return Requested"
    msg = f"Return requested for Order #{order_id}. Return ID: {return_id}"
    # Assuming we notify admins (user_type=general)
    # If admins have a known id/notification endpoint, adapt as needed
    create_notification(
        user_id=1,  # admin
        user_type="general",
        phone="admin",  # placeholder
        type_="general",
        title=title,
        message=msg,
        is_urgent=True
    )
