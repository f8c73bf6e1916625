package dev.uplift.analysis.parse;

/**
 * Control-flow measures of one function, as defined in docs/scoring.md: McCabe's cyclomatic
 * complexity, SonarSource's cognitive complexity, the deepest nesting of control structures, and the
 * number of declared parameters ({@code self}/{@code cls} not counted).
 */
public record FunctionMetrics(int cyclomatic, int cognitive, int nesting, int parameters) {
}
