class RandomStringUtils {
    /**
     * Creates a random string based on a variety of options, using supplied source of randomness.
     *
     * <p>
     * If start and end are both {@code 0}, start and end are set to {@code ' '} and {@code 'z'}, the ASCII printable
     * characters, will be used, unless letters and numbers are both {@code false}, in which case, start and end are set
     * to {@code 0} and {@link Character#MAX_CODE_POINT}.
     *
     * <p>
     * If set is not {@code null}, characters between start and end are chosen.
     * </p>
     *
     * <p>
     * This method accepts a user-supplied {@link Random} instance to use as a source of randomness. By seeding a single
     * {@link Random} instance with a fixed seed and using it for each call, the same random sequence of strings can be
     * generated repeatedly and predictably.
     * </p>
     *
     * @param count   The length of random string to create.
     * @param start   The position in set of chars to start at (inclusive).
     * @param end     The position in set of chars to end before (exclusive).
     * @param letters if {@code true}, generated string may include alphabetic characters.
     * @param digits if {@code true}, generated string may include digit characters.
     * @param chars   The set of chars to choose randoms from, must not be empty. If {@code null}, then it will use the
     *                set of all chars.
     * @param random  A source of randomness.
     * @return The random string.
     * @throws ArrayIndexOutOfBoundsException if there are not {@code (end - start) + 1} characters in the set array.
     * @throws IllegalArgumentException       if {@code count} &lt; 0 or the provided chars array is empty.
     * @since 2.0
     */
    public static String random(int count, int start, int end, final boolean letters, final boolean digits,
            final char[] chars, final Random random) {
        if (count == 0) {
            return StringUtils.EMPTY;
        }
        if (count < 0) {
            throw new IllegalArgumentException(String.format("Requested random string length %,d is less than 0.", end));
        }
        if (chars != null && chars.length == 0) {
            throw new IllegalArgumentException("The chars array must not be empty");
        }
        if (start == 0 && end == 0) {
            if (chars != null) {
                end = chars.length;
            } else if (!letters && !digits) {
                end = Character.MAX_CODE_POINT;
            } else {
                end = 'z' + 1;
                start = ' ';
            }
        } else if (end <= start) {
            throw new IllegalArgumentException(String.format("Parameter end (%,d) must be greater than start (%,d)", end, start));
        } else if (start < 0 || end < 0) {
            throw new IllegalArgumentException("Character positions MUST be >= 0");
        } else if (chars != null && start >= chars.length) {
            throw new IllegalArgumentException("start >= chars.length");
        } else if (chars != null && end > chars.length) {
            throw new IllegalArgumentException("end > chars.length");
        }
        if (end > Character.MAX_CODE_POINT) {
            // Technically, it should be `Character.MAX_CODE_POINT+1` as `end` is excluded
            // But the character `Character.MAX_CODE_POINT` is private use, so it would anyway be excluded
            end = Character.MAX_CODE_POINT;
        }
        // Optimizations and tests when chars == null and using ASCII characters (end <= 0x7f)
        if (chars == null && end <= 0x7f) {
            // Optimize generation of full alphanumerical characters
            // Normally, we would need to pick a 7-bit integer, since gap = 'z' - '0' + 1 = 75 > 64
            // In turn, this would make us reject the sampling with probability 1 - 62 / 2^7 > 1 / 2
            // Instead we can pick directly from the right set of 62 characters, which requires
            // picking a 6-bit integer and only rejecting with probability 2 / 64 = 1 / 32
            if (letters && digits && start <= ASCII_0 && end >= ASCII_z + 1) {
                return random(count, 0, 0, false, false, ALPHANUMERICAL_CHARS, random);
            }
            // Only reject when none of the requested categories is reachable; otherwise a letters && digits
            // request would throw on a range that holds one category but not the other (e.g. [ASCII_0, ASCII_A)).
            if ((!digits || end <= ASCII_0) && (!letters || end <= ASCII_A) && (digits || letters)) {
                throw new IllegalArgumentException(
                        String.format("Parameter end (%,d) must be greater than (%,d) for generating digits or greater than (%,d) for generating letters.", end,
                                ASCII_0, ASCII_A));
            }
            // Optimize start and end when filtering by letters and/or numbers:
            // The range provided may be too large since we filter anyway afterward.
            // Note the use of Math.min/max (as opposed to setting start to '0' for example),
            // since it is possible the range start/end excludes some of the letters/numbers,
            // e.g., it is possible that start already is '1' when numbers = true, and start
            // needs to stay equal to '1' in that case.
            // Note that because of the above test, we will always have start < end
            // even after this optimization.
            if (letters && digits) {
                start = Math.max(ASCII_0, start);
                end = Math.min(ASCII_z + 1, end);
                // The clamp can empty the range when it sits above the alphanumerics (e.g. [ASCII_z + 1, 0x7f)),
                // unlike the single-category branches below which are validated by the reachability loops further
                // down. Reject here so the caller gets a clear range error instead of nextBits(0) failing later.
                if (start >= end) {
                    throw new IllegalArgumentException(String.format("No letters or digits exist between start %,d and end %,d.", start, end));
                }
            } else if (digits) {
                // just numbers, no letters
                start = Math.max(ASCII_0, start);
                end = Math.min(ASCII_9 + 1, end);
            } else if (letters) {
                // just letters, no numbers
                start = Math.max(ASCII_A, start);
                end = Math.min(ASCII_z + 1, end);
            }
        }
        if (chars == null) {
            // start/end are code points: validate using Character.isLetter/isDigit on the
            // code-point range rather than on the loop index.
            if (letters && !digits) {
                boolean ok = false;
                for (int i = start; i < end; i++) {
                    if (Character.isLetter(i)) {
                        ok = true;
                        break;
                    }
                }
                if (!ok) {
                    throw new IllegalArgumentException(String.format("No letters exist between start %,d and end %,d.", start, end));
                }
            }
            if (!letters && digits) {
                boolean ok = false;
                for (int i = start; i < end; i++) {
                    if (Character.isDigit(i)) {
                        ok = true;
                        break;
                    }
                }
                if (!ok) {
                    throw new IllegalArgumentException(String.format("No digits exist between start %,d and end %,d.", start, end));
                }
            }
        } else if (letters || digits) {
            // chars != null. start/end are indices into chars[]; validate the actual
            // chars contain at least one element matching some requested letter/digit
            // category to avoid an infinite generation loop when the array lacks every
            // requested category.
            boolean hasMatch = false;
            for (int i = start; i < end; i++) {
                final char c = chars[i];
                if (letters && Character.isLetter(c) || digits && Character.isDigit(c)) {
                    hasMatch = true;
                    break;
                }
            }
            if (!hasMatch) {
                throw new IllegalArgumentException(String.format("No %s%s%s exist in chars[%,d..%,d).", letters ? "letters" : "",
                        letters && digits ? " or " : "", digits ? "digits" : "", start, end));
            }
        }
        final StringBuilder builder = new StringBuilder(count);
        final int gap = end - start;
        final int gapBits = Integer.SIZE - Integer.numberOfLeadingZeros(gap);
        // The size of the cache we use is an heuristic:
        // about twice the number of bytes required if no rejection
        // Ideally the cache size depends on multiple factor, including the cost of generating x bytes
        // of randomness as well as the probability of rejection. It is however not easy to know
        // those values programmatically for the general case.
        // Calculate cache size:
        // 1. Multiply count by bits needed per character (gapBits)
        // 2. Add padding bits (3) to handle partial bytes
        // 3. Divide by 5 to convert to bytes (normally this would be by 8, dividing by 5 allows for about 60% extra space)
        // 4. Add base padding (10) to handle small counts efficiently
        // 5. Ensure we don't exceed Integer.MAX_VALUE / 5 + 10 to provide a good balance between overflow prevention and
        // making the cache extremely large
        final long desiredCacheSize = ((long) count * gapBits + CACHE_PADDING_BITS) / BITS_TO_BYTES_DIVISOR + BASE_CACHE_SIZE_PADDING;
        final int cacheSize = (int) Math.min(desiredCacheSize, Integer.MAX_VALUE / BITS_TO_BYTES_DIVISOR + BASE_CACHE_SIZE_PADDING);
        final CachedRandomBits arb = new CachedRandomBits(cacheSize, random);
        // Bound rejection retries so a range that rejects every sample
        // (for example, entirely UNASSIGNED/PRIVATE_USE/SURROGATE) raises an
        // IllegalArgumentException instead of looping indefinitely. Cap is
        // (end - start) * 10 with a small floor so tiny gaps still get a
        // reasonable budget. The counter resets on every accepted code point.
        final int maxRejections = Math.max(64, gap * 10);
        int rejections = 0;
        while (count-- != 0) {
            // Generate a random value between start (included) and end (excluded)
            final int randomValue = arb.nextBits(gapBits) + start;
            // Rejection sampling if value too large
            if (randomValue >= end) {
                count++;
                if (++rejections > maxRejections) {
                    throw new IllegalArgumentException(
                            String.format("No acceptable code points found in range [%,d, %,d) within %,d attempts.", start, end, maxRejections));
                }
                continue;
            }
            final int codePoint;
            if (chars == null) {
                codePoint = randomValue;
                switch (Character.getType(codePoint)) {
                case Character.UNASSIGNED:
                case Character.PRIVATE_USE:
                case Character.SURROGATE:
                    count++;
                    if (++rejections > maxRejections) {
                        throw new IllegalArgumentException(
                                String.format("No acceptable code points found in range [%,d, %,d) within %,d attempts.", start, end, maxRejections));
                    }
                    continue;
                }
            } else {
                codePoint = chars[randomValue];
            }
            final int numberOfChars = Character.charCount(codePoint);
            if (count == 0 && numberOfChars > 1) {
                count++;
                if (++rejections > maxRejections) {
                    throw new IllegalArgumentException(
                            String.format("No acceptable code points found in range [%,d, %,d) within %,d attempts.", start, end, maxRejections));
                }
                continue;
            }
            if (letters && Character.isLetter(codePoint) || digits && Character.isDigit(codePoint) || !letters && !digits) {
                builder.appendCodePoint(codePoint);
                if (numberOfChars == 2) {
                    count--;
                }
                rejections = 0;
            } else {
                count++;
                if (++rejections > maxRejections) {
                    throw new IllegalArgumentException(
                            String.format("No acceptable code points found in range [%,d, %,d) within %,d attempts.", start, end, maxRejections));
                }
            }
        }
        return builder.toString();
    }
}
