from flask import Flask, request, session

app = Flask(__name__)
ROLES = {"viewer", "editor"}


@app.route("/prefs")
def prefs():
    session["visits"] = session.get("visits", 0) + 1
    session["theme"] = "dark"
    return "ok"
