package fixture;

class Poller {
    void pause() {
        try {
            Thread.sleep(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    void await(java.util.concurrent.Future<?> f) throws Exception {
        try {
            f.get();
        } catch (InterruptedException e) {
            throw new IllegalStateException("interrupted while waiting", e);
        }
    }
}
