package fixture;

class Server {
    void start(int port) {
        System.out.println("started on " + port); // expect: ERR-PRINT-LOGGING
        try {
            bind(port);
        } catch (Exception e) {
            e.printStackTrace(); // expect: ERR-PRINT-LOGGING
        }
    }
}
