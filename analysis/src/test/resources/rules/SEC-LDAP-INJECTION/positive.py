import ldap
from flask import Flask, request

app = Flask(__name__)


@app.route("/people")
def people():
    conn = ldap.initialize("ldap://directory")
    name = request.args["name"]
    return str(conn.search_s("ou=people,dc=acme", ldap.SCOPE_SUBTREE, "(cn=" + name + ")"))  # expect: SEC-LDAP-INJECTION
