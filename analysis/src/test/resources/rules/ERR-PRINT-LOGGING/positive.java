package fixture;

class Server {
    void start(int port) {
        System.out.println("started on " + port); // expect: ERR-PRINT-LOGGING
        try {
            bind(port);
        } catch (Exception e) {
            e.printStackTrace(); // counted in the file's one finding
        }
    }
}
