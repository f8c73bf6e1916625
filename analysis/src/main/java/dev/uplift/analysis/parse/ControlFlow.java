package dev.uplift.analysis.parse;

import org.treesitter.TSNode;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Complexity of the functions of a tree-sitter tree, from the nodes one query captured (definitions in
 * docs/scoring.md, "Python and TypeScript metric definitions"):
 *
 * <ul>
 *   <li><b>Cyclomatic</b> (McCabe, counted as radon counts Python and ESLint's {@code complexity} rule
 *       counts scripts): 1 + each {@code if}/{@code elif}, loop (comprehension {@code for} and {@code if} clauses
 *       too), {@code except}/{@code catch}, non-default {@code case}, conditional expression, and each
 *       {@code and}/{@code or}/{@code &&}/{@code ||}/{@code ??}; in Python also each {@code assert} and each
 *       {@code else} of a loop or {@code try}; in scripts also each {@code ?.}, default value and logical
 *       assignment ({@code ??=}, {@code ||=}, {@code &&=}).</li>
 *   <li><b>Cognitive</b> (SonarSource's specification): +1 plus the nesting level for each {@code if},
 *       loop, {@code except}/{@code catch}, {@code switch}/{@code match} and conditional expression; +1 for
 *       each {@code elif}/{@code else if} and {@code else}, and each sequence of like logical operators
 *       ({@code and}/{@code or}/{@code &&}/{@code ||}; not {@code ??}).
 *       Nesting grows inside those and inside lambdas and anonymous functions, whose code counts with the
 *       enclosing function; named functions are measured on their own.</li>
 *   <li><b>Nesting depth</b>: the deepest stack of {@code if}, loops, {@code try}, {@code with},
 *       {@code switch}/{@code match}; an {@code else if} is not a level.</li>
 * </ul>
 *
 * All of it is arithmetic over the captured nodes' ancestors: no further native calls but one per
 * logical operator (its operator) and per function (its parameters).
 */
final class ControlFlow {
    /** What a grammar calls each kind of node; every set holds node types the query captures. */
    record Grammar(Set<String> functions, Set<String> ifs, Set<String> loops, Set<String> handlers,
                   Set<String> switches, Set<String> cases, Set<String> conditionals, Set<String> elseClauses,
                   Set<String> elifs, Set<String> comprehensionClauses, Set<String> logical, Set<String> blocks,
                   Set<String> logicalOperators, Set<String> cognitiveOperators, String parametersField,
                   Set<String> pathsThroughElse, Set<String> otherDecisions, Set<String> parametersWithDefaults) {

        Set<String> all() {
            Set<String> all = new HashSet<>();
            for (Set<String> s : java.util.List.of(functions, ifs, loops, handlers, switches, cases, conditionals,
                    elseClauses, elifs, comprehensionClauses, logical, blocks, pathsThroughElse, otherDecisions,
                    parametersWithDefaults)) {
                all.addAll(s);
            }
            return all;
        }
    }

    static final Grammar PYTHON = new Grammar(Set.of("function_definition", "lambda"), Set.of("if_statement"),
            Set.of("for_statement", "while_statement"), Set.of("except_clause"), Set.of("match_statement"),
            Set.of("case_clause"), Set.of("conditional_expression"), Set.of("else_clause"), Set.of("elif_clause"),
            Set.of("for_in_clause", "if_clause"), Set.of("boolean_operator"), Set.of("try_statement", "with_statement"),
            Set.of("and", "or"), Set.of("and", "or"), "parameters",
            Set.of("for_statement", "while_statement", "try_statement"), Set.of("assert_statement"), Set.of());

    static final Grammar SCRIPT = new Grammar(Set.of("function_declaration", "generator_function_declaration",
            "method_definition", "arrow_function", "function_expression", "function", "generator_function"),
            Set.of("if_statement"), Set.of("for_statement", "for_in_statement", "while_statement", "do_statement"),
            Set.of("catch_clause"), Set.of("switch_statement"), Set.of("switch_case"), Set.of("ternary_expression"),
            Set.of("else_clause"), Set.of(), Set.of(), Set.of("binary_expression", "augmented_assignment_expression"),
            Set.of("try_statement"), Set.of("&&", "||", "??", "&&=", "||=", "??="), Set.of("&&", "||"), "parameters",
            Set.of(), Set.of("optional_chain", "assignment_pattern", "object_assignment_pattern"),
            Set.of("required_parameter", "optional_parameter"));

    private ControlFlow() {
    }

    /**
     * The metrics of each function in {@code measured} (indices into {@code nodes}); other function-like
     * nodes (lambdas, callbacks) count with the measured function around them.
     */
    static Map<Integer, FunctionMetrics> measure(TreeNodes nodes, Grammar g, Set<Integer> measured, byte[] source) {
        int n = nodes.size();
        int[] owner = new int[n];
        int[] nestInside = new int[n]; // cognitive nesting level for what lies inside node i
        int[] depthInside = new int[n]; // structure depth for what lies inside node i
        int[] cyclomatic = new int[n];
        int[] cognitive = new int[n];
        int[] depth = new int[n];
        for (int i = 0; i < n; i++) {
            int p = nodes.parent(i);
            owner[i] = p < 0 ? -1 : measured.contains(p) ? p : owner[p];
            if (measured.contains(i)) {
                cyclomatic[i] = 1;
                continue; // nestInside, depthInside stay 0: a named function starts afresh
            }
            String type = nodes.type(i);
            int level = p < 0 || measured.contains(p) ? 0 : nestInside[p];
            int structureDepth = p < 0 || measured.contains(p) ? 0 : depthInside[p];
            boolean elseIf = g.ifs().contains(type) && p >= 0 && g.elseClauses().contains(nodes.type(p))
                    && nodes.start(i) >= nodes.start(p) && directlyIn(nodes, i, p);
            int o = owner[i];
            boolean nests = false;
            boolean deepens = false;
            if (g.ifs().contains(type)) {
                count(cyclomatic, o, 1);
                count(cognitive, o, elseIf ? 1 : 1 + level);
                nests = !elseIf;
                deepens = !elseIf;
            } else if (g.loops().contains(type) || g.handlers().contains(type) || g.conditionals().contains(type)) {
                count(cyclomatic, o, 1);
                count(cognitive, o, 1 + level);
                nests = true;
                deepens = g.loops().contains(type);
            } else if (g.switches().contains(type)) {
                count(cognitive, o, 1 + level);
                nests = true;
                deepens = true;
            } else if (g.cases().contains(type) || g.comprehensionClauses().contains(type)) {
                count(cyclomatic, o, 1);
            } else if (g.elifs().contains(type)) {
                count(cyclomatic, o, 1);
                count(cognitive, o, 1);
            } else if (g.otherDecisions().contains(type)) {
                count(cyclomatic, o, 1);
            } else if (g.parametersWithDefaults().contains(type)) {
                TSNode value = nodes.node(i).getChildByFieldName("value");
                if (value != null && !value.isNull()) {
                    count(cyclomatic, o, 1); // a default value is a path (ESLint counts it)
                }
            } else if (g.elseClauses().contains(type)) {
                if (p >= 0 && g.pathsThroughElse().contains(nodes.type(p))) {
                    count(cyclomatic, o, 1); // the else of a loop or try runs only when no break or exception came
                }
                boolean ofIf = p >= 0 && g.ifs().contains(nodes.type(p));
                boolean wrapsIf = hasIfChild(nodes, i, g);
                if (ofIf && !wrapsIf) {
                    count(cognitive, o, 1);
                }
            } else if (g.logical().contains(type)) {
                String op = operator(nodes.node(i));
                if (g.logicalOperators().contains(op)) {
                    count(cyclomatic, o, 1);
                    boolean continuesSequence = p >= 0 && g.logical().contains(nodes.type(p))
                            && op.equals(operator(nodes.node(p)));
                    if (!continuesSequence && g.cognitiveOperators().contains(op)) {
                        count(cognitive, o, 1); // ?? and logical assignments are shorthand, not a decision to follow
                    }
                }
            } else if (g.functions().contains(type)) {
                nests = true; // a lambda or callback: its code counts with the function around it
            } else if (g.blocks().contains(type)) {
                deepens = true;
            }
            nestInside[i] = level + (nests ? 1 : 0);
            depthInside[i] = structureDepth + (deepens ? 1 : 0);
            if (o >= 0) {
                depth[o] = Math.max(depth[o], depthInside[i]);
            }
        }
        Map<Integer, FunctionMetrics> out = new HashMap<>();
        for (int f : measured) {
            out.put(f, new FunctionMetrics(cyclomatic[f], cognitive[f], depth[f], parameters(nodes.node(f), g, source)));
        }
        return out;
    }

    private static void count(int[] counts, int owner, int by) {
        if (owner >= 0) {
            counts[owner] += by;
        }
    }

    /** An {@code if} that is the else branch itself ({@code else if}), not one nested in a block under it. */
    private static boolean directlyIn(TreeNodes nodes, int child, int elseClause) {
        TSNode parent = nodes.node(child).getParent();
        return parent != null && !parent.isNull() && parent.getStartByte() == nodes.start(elseClause)
                && parent.getEndByte() == nodes.end(elseClause);
    }

    /** An else clause whose branch is an {@code if}: its +1 is the {@code else if}'s. */
    private static boolean hasIfChild(TreeNodes nodes, int elseClause, Grammar g) {
        int next = elseClause + 1; // the first captured descendant comes right after, in document order
        return next < nodes.size() && nodes.parent(next) == elseClause && g.ifs().contains(nodes.type(next))
                && directlyIn(nodes, next, elseClause);
    }

    private static String operator(TSNode node) {
        TSNode op = node.getChildByFieldName("operator");
        return op == null || op.isNull() ? "" : op.getType();
    }

    private static int parameters(TSNode function, Grammar g, byte[] source) {
        TSNode list = function.getChildByFieldName(g.parametersField());
        if (list == null || list.isNull()) {
            TSNode single = function.getChildByFieldName("parameter"); // x => … in TypeScript/JavaScript
            return single == null || single.isNull() ? 0 : 1;
        }
        int count = 0;
        for (TSNode p : TreeSitter.namedChildren(list)) {
            String type = p.getType();
            if (type.equals("comment") || type.endsWith("_separator")) {
                continue; // Python's bare * and / only mark where keyword- and positional-only parameters begin
            }
            String text = TreeSitter.text(source, p);
            if (count == 0 && text.matches("(self|cls|this)\\b(\\s*:.*)?")) {
                continue; // the receiver is not a parameter a caller passes
            }
            count++;
        }
        return count;
    }
}
