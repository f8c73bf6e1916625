API_KEY = "AKIA4QZ7Q2PL3MXW9TRB"  # expect: SEC-HARDCODED-CREDENTIAL
settings = {"password": "hunter2hunter2"}  # expect: SEC-HARDCODED-CREDENTIAL
