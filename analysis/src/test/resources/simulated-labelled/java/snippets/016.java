class DummyService {
    private String invokeSomeLogic() {
        long sleepMs = ThreadLocalRandom.current()
            .nextInt(0, 100);
        try {
            Thread.sleep(sleepMs);
        } catch (InterruptedException e) {
            throw new RuntimeException(e);
        }
        return "dummy response";
    }
}
