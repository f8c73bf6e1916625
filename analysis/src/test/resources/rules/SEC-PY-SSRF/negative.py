import requests
from flask import Flask, request

app = Flask(__name__)
FEEDS = {"news": "https://feeds.example.com/news"}


@app.route("/preview")
def preview():
    feed = FEEDS.get(request.args["feed"], FEEDS["news"])
    return requests.get("https://feeds.example.com/news", timeout=5, params={"q": request.args["q"]}).text
