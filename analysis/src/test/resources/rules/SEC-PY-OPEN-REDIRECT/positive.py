from flask import Flask, redirect, request

app = Flask(__name__)


@app.route("/go")
def go():
    target = request.args.get("next", "/")
    return redirect(target)  # expect: SEC-PY-OPEN-REDIRECT
