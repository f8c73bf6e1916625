from flask import Flask, request, session

app = Flask(__name__)


@app.route("/prefs")
def prefs():
    role = request.args.get("role")
    session["role"] = role  # expect: SEC-TRUST-BOUNDARY
    return "ok"
