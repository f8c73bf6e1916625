package fixture;

class Tokens {
    private static final String PASSWORD_PROPERTY = "db.password";
    private static final String SECRET_ENV = "ORDERS_SIGNING_SECRET";
    private final String password = System.getenv("DB_PASSWORD");
    private String apiKey = "${API_KEY}";
    private String token = "your-token-here";
    private String secret = "changeme";
}
