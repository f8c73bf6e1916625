import pickle

import yaml


def load(blob, text):
    data = pickle.loads(blob)  # expect: SEC-PY-UNSAFE-DESERIALIZATION
    config = yaml.load(text)  # expect: SEC-PY-UNSAFE-DESERIALIZATION
    other = yaml.load(text, Loader=yaml.Loader)  # expect: SEC-PY-UNSAFE-DESERIALIZATION
    return data, config, other
