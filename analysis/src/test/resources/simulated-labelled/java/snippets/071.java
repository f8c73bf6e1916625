class Null {
        /**
         * Ensures singleton after serialization.
         *
         * @return The singleton value.
         */
        private Object readResolve() {
            return NULL;
        }
}
