from lxml import etree
from flask import Flask, request

app = Flask(__name__)
DOC = etree.parse("users.xml")


@app.route("/user")
def user():
    name = request.args["name"]
    return str(DOC.xpath("//user[@name='" + name + "']"))  # expect: SEC-XPATH-INJECTION
