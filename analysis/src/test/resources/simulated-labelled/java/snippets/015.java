class ListenableFutureService {
    public ListenableFuture<String> getCustomerName() {
        String[] names = new String[] { "Mark", "Jane", "June" };
        return lExecService.submit(() -> {
            TimeUnit.MILLISECONDS.sleep(500);
            return names[new Random().nextInt(names.length)];
        });
    }
}
