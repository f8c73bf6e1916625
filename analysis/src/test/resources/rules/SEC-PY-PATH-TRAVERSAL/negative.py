import os

from flask import request, send_from_directory
from werkzeug.utils import secure_filename


@app.route("/files/<path:name>")
def download(name):
    return send_from_directory("/srv/files", name)


def upload():
    name = secure_filename(request.form["filename"])
    with open(os.path.join("/srv/uploads", name), "wb") as out:
        out.write(request.data)


def report():
    path = request.args.get("path")
    path = "/srv/reports/latest.pdf"
    return open(path, "rb").read()
