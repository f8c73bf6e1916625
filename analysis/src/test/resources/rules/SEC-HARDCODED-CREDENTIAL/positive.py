API_KEY = "Qz7Q2PL3MXW9TRBa8k4"  # expect: SEC-HARDCODED-CREDENTIAL
settings = {"password": "hunter2hunter2"}  # expect: SEC-HARDCODED-CREDENTIAL
