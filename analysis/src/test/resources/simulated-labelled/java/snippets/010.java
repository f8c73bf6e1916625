class ProductionMessagingService {
    @Override
    public void sendMessage(String text) {
        // implementation in production environment
    }
}
