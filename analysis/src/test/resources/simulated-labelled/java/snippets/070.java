class ConstantInitializer {
    /**
     * As a {@link ConstantInitializer} is initialized on construction this will
     * always return true.
     *
     * @return true.
     * @since 3.14.0
     */
    public boolean isInitialized() {
        return true;
    }
}
