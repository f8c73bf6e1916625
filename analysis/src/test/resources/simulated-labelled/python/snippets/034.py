@shared_task
def send_welcome_email(user_email):
    # Simulate heavy email task
    time.sleep(5)
    print(f"Email sent to {user_email}")
    return f"Sent to {user_email}"
