class Mailer:
    def send(self, message, *, priority=0, retries=3):
        return (message, priority, retries)
