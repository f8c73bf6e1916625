def generate_issue(repo_name, task_type):
    """Generates a synthetic GitHub issue."""
    title = f"[{task_type.capitalize()}] {fake.bs().capitalize()}"
    body = f"**Description:**\n{fake.paragraph(nb_sentences=5)}\n\n"
    body += f"**Steps to Reproduce:**\n1. {fake.sentence()}\n2. {fake.sentence()}\n3. {fake.sentence()}\n\n"
    body += f"**Expected Behavior:**\n{fake.sentence()}\n\n"
    body += f"**Actual Behavior:**\n{fake.sentence()}\n\n"
    body += f"**Environment:**\n- OS: {fake.operating_system()}\n- Python: {random.choice(['3.8', '3.9', '3.10'])}\n"

    labels = LABELS_PER_ISSUE.get(task_type, [])

    return {"title": title, "body": body, "labels": labels}
