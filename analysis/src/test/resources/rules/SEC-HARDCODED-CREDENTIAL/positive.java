package fixture;

class Tokens {
    private static final String SIGNING_SECRET = "k9Xq2LmP7vRt4WzA8nJc"; // expect: SEC-HARDCODED-CREDENTIAL
    private String dbPassword = "Sup3r-s3cret!"; // expect: SEC-HARDCODED-CREDENTIAL
}
