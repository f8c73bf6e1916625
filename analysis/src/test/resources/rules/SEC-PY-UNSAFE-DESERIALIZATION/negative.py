import json

import yaml


def load(blob, text):
    data = json.loads(blob)
    config = yaml.safe_load(text)
    other = yaml.load(text, Loader=yaml.SafeLoader)
    return data, config, other
