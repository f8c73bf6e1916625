import random
import secrets


def reset_token():
    return secrets.token_urlsafe(32)


def shuffle_cards(cards):
    jitter = random.random()
    random.shuffle(cards)
    return cards, jitter
