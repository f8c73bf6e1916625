from lxml import etree
from flask import Flask, request

app = Flask(__name__)
DOC = etree.parse("users.xml")


@app.route("/user")
def user():
    return str(DOC.xpath("//user[@name=$name]", name=request.args["name"]))
