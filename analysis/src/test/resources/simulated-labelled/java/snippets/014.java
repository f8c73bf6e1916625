class ListenableFutureService {
    public ListenableFuture<String> fetchConfig(String configKey) {
        return lExecService.submit(() -> {
            TimeUnit.MILLISECONDS.sleep(500);
            return String.format("%s.%d", configKey, new Random().nextInt(Integer.MAX_VALUE));
        });
    }
}
