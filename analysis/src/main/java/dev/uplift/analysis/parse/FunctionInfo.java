package dev.uplift.analysis.parse;

/**
 * A function, method or constructor as a front end saw it.
 *
 * @param publicApi  part of the component's public API (what should be documented)
 * @param documented carries a doc comment or docstring
 * @param stubReason why the body is a stub ({@code "empty body"}, {@code "throws UnsupportedOperationException"}…),
 *                   or {@code null} when it is real code
 * @param metrics    its complexity, or {@code null} where the front end has no tree to measure (Java's
 *                   rules measure on JavaParser's tree themselves)
 */
public record FunctionInfo(String name, int startLine, int endLine, boolean publicApi, boolean documented,
                           String stubReason, FunctionMetrics metrics) {

    public FunctionInfo(String name, int startLine, int endLine, boolean publicApi, boolean documented,
                        String stubReason) {
        this(name, startLine, endLine, publicApi, documented, stubReason, null);
    }

    public int length() {
        return endLine - startLine + 1;
    }

    public boolean isStub() {
        return stubReason != null;
    }
}
