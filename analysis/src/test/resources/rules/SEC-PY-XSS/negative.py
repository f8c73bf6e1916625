from flask import Flask, request, render_template
from markupsafe import Markup, escape

app = Flask(__name__)


@app.route("/hello")
def hello():
    name = request.args.get("name", "")
    banner = Markup("<b>Welcome</b>")
    return render_template("hello.html", name=escape(name), banner=banner)
