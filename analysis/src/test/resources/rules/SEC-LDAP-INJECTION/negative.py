import ldap
from ldap.filter import escape_filter_chars
from flask import Flask, request

app = Flask(__name__)


@app.route("/people")
def people():
    conn = ldap.initialize("ldap://directory")
    return str(conn.search_s("ou=people,dc=acme", ldap.SCOPE_SUBTREE, "(objectClass=person)"))
