class ExceptionUtils {
    /**
     * Walks the {@link Throwable} to obtain its root cause.
     *
     * <p>This method walks through the exception chain until the last element,
     * the root cause of the chain, using {@link Throwable#getCause()}, and
     * returns that exception.</p>
     *
     * <p>This method handles recursive cause chains that might
     * otherwise cause infinite loops. The cause chain is processed until
     * the end, or until the next item in the chain is already
     * processed. If we detect a loop, then return the element before the loop.</p>
     *
     * @param throwable  The throwable to get the root cause for, may be null.
     * @return The root cause of the {@link Throwable},
     *  {@code null} if null throwable input.
     */
    public static Throwable getRootCause(final Throwable throwable) {
        final List<Throwable> list = getThrowableList(throwable);
        return list.isEmpty() ? null : list.get(list.size() - 1);
    }
}
