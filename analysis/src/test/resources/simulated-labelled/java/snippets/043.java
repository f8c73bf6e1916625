class FailHalfTheTime {
    @Override
    public void occur() {
        if (failedCount++ < times && random.nextInt() % 2 == 0) {
            throw new RuntimeException("Operation failed");
        }
    }
}
