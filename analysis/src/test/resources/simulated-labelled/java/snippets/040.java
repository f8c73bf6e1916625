class RestTemplateFactory {
    @Override
    public boolean isSingleton() {
        return true;
    }
}
