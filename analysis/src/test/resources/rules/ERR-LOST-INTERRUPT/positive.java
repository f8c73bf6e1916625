package fixture;

class Poller {
    void pause() {
        try {
            Thread.sleep(1000);
        } catch (InterruptedException e) { // expect: ERR-LOST-INTERRUPT
            System.err.println("interrupted");
        }
    }

    void await(java.util.concurrent.Future<?> f) {
        try {
            f.get();
        } catch (InterruptedException | java.util.concurrent.ExecutionException e) { // expect: ERR-LOST-INTERRUPT
            e.printStackTrace();
        }
    }
}
