package dev.uplift.analysis.rules.java;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The nodes of one compilation unit by class, from a single walk of the tree, so the Java rules do
 * not each walk the whole tree for every kind of node they look at. The rules run one after another
 * on a file on the same thread, so the index of the last unit is kept per thread. Within a class,
 * nodes are in the order of a pre-order walk; a query for an abstract type (CallableDeclaration) joins
 * its classes and sorts them by position.
 */
public final class JavaNodes {
    private static final ThreadLocal<JavaNodes> LAST = new ThreadLocal<>();
    private static final Comparator<Node> SOURCE_ORDER = Comparator.comparing(
            (Node n) -> n.getBegin().orElse(null), Comparator.nullsFirst(Comparator.naturalOrder()));

    private final CompilationUnit unit;
    private final Map<Class<?>, List<Node>> byClass = new HashMap<>();
    private final Map<Class<?>, List<?>> byType = new HashMap<>();

    private JavaNodes(CompilationUnit unit) {
        this.unit = unit;
        Deque<Node> stack = new ArrayDeque<>();
        stack.push(unit);
        while (!stack.isEmpty()) {
            Node node = stack.pop();
            byClass.computeIfAbsent(node.getClass(), k -> new ArrayList<>()).add(node);
            List<Node> children = node.getChildNodes();
            for (int i = children.size() - 1; i >= 0; i--) {
                stack.push(children.get(i));
            }
        }
    }

    /** The last name of a dotted scope: {@code request.session} gives {@code session}. */
    static String lastSegment(String scope) {
        int dot = scope.lastIndexOf('.');
        return dot < 0 ? scope : scope.substring(dot + 1);
    }

    public static JavaNodes of(CompilationUnit unit) {
        JavaNodes last = LAST.get();
        if (last == null || last.unit != unit) {
            last = new JavaNodes(unit);
            LAST.set(last);
        }
        return last;
    }

    /** Every node of the type in the unit. */
    @SuppressWarnings("unchecked")
    public <T extends Node> List<T> all(Class<T> type) {
        return (List<T>) byType.computeIfAbsent(type, t -> {
            List<T> out = new ArrayList<>();
            int classes = 0;
            for (Map.Entry<Class<?>, List<Node>> e : byClass.entrySet()) {
                if (type.isAssignableFrom(e.getKey())) {
                    e.getValue().forEach(n -> out.add(type.cast(n)));
                    classes++;
                }
            }
            if (classes > 1) { // several classes: back into source order, so results never depend on hashing
                out.sort(SOURCE_ORDER);
            }
            return List.copyOf(out);
        });
    }
}
