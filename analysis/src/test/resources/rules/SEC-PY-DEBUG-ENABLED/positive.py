from flask import Flask

app = Flask(__name__)
DEBUG = True  # expect: SEC-PY-DEBUG-ENABLED

if __name__ == "__main__":
    app.run(host="0.0.0.0", debug=True)  # expect: SEC-PY-DEBUG-ENABLED
