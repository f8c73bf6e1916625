from flask import Flask, request, render_template_string

app = Flask(__name__)


@app.route("/page")
def page():
    template = "<h1>" + request.args.get("title", "") + "</h1>"
    return render_template_string(template)  # expect: SEC-PY-TEMPLATE-INJECTION
