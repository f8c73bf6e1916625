def agent_prototype(description: str) -> str:
    """Generate a minimal FastAPI prototype scaffold.

    Args:
        description: Placeholder text describing the prototype's goal.

    Returns:
        String containing a ready-to-save Python module.
    """

    return f'''# prototype_app.py
from fastapi import FastAPI

app = FastAPI()

@app.get("/health")
def health():
    return {"status": "ok"}

# TODO: {description}
'''
