from flask import Flask, redirect, request, url_for

app = Flask(__name__)


@app.route("/go")
def go():
    page = request.args.get("page", "home")
    return redirect(url_for("home"))
