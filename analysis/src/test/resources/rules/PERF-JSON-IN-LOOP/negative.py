import json


def read_events(lines):
    return [json.loads(line) for line in lines]


def apply(rules, config_text):
    config = json.loads(config_text)
    for rule in rules:
        for line in rule.lines:
            rule.apply(config, json.loads(line))
