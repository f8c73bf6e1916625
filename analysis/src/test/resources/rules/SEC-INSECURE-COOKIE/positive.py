from flask import Flask, make_response

app = Flask(__name__)


@app.route("/login")
def login():
    response = make_response("ok")
    response.set_cookie("session_id", "abc")  # expect: SEC-INSECURE-COOKIE
    response.set_cookie("theme", "dark", secure=True)  # expect: SEC-INSECURE-COOKIE
    return response
