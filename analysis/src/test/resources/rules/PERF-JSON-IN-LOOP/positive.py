import json


def apply(rules, config_text):
    for rule in rules:
        config = json.loads(config_text)  # expect: PERF-JSON-IN-LOOP
        rule.apply(config)
