import os

from flask import request, send_file


@app.route("/files/<path:name>")
def download(name):
    return send_file(os.path.join("/srv/files", name))  # expect: SEC-PY-PATH-TRAVERSAL


def upload():
    target = "/srv/uploads/" + request.form["filename"]
    with open(target, "wb") as out:  # expect: SEC-PY-PATH-TRAVERSAL
        out.write(request.data)
