class Mailer:
    def send(self, to, cc, bcc, subject, body, attachments, priority, retries):  # expect: QUAL-MANY-PARAMETERS
        return (to, cc, bcc, subject, body, attachments, priority, retries)
