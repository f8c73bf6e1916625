package dev.uplift.analysis.rules;

import dev.uplift.analysis.parse.FunctionInfo;
import dev.uplift.analysis.parse.ParsedFile;
import dev.uplift.analysis.parse.SyntaxTree;
import dev.uplift.analysis.parse.TreeNodes;
import dev.uplift.model.Category;
import dev.uplift.model.Finding;
import dev.uplift.model.Rule;
import dev.uplift.model.Severity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * Python and TypeScript/JavaScript classes whose every method is a stub: a skeleton, not an
 * implementation. Abstract classes, protocols and interfaces are meant to be like that and are left
 * alone.
 */
public final class StubClassRule implements FileRule {
    static final Rule RULE = new Rule("STUB-CLASS", "Skeleton classes", Category.CODE_QUALITY, Severity.MAJOR, 120,
            null, "Every method of the class is a stub (pass, ..., raise NotImplementedError, throw 'not implemented', "
            + "placeholder returns): the type exists but does nothing yet.",
            "Implement the class, or remove it and its callers until the feature is built.");
    private static final Set<String> CLASSES = Set.of("class_definition", "class_declaration");
    private static final Set<String> METHODS = Set.of("function_definition", "method_definition");
    private static final Pattern ABSTRACT = Pattern.compile("\\b(ABC|ABCMeta|Protocol|Interface|abstractmethod|"
            + "abstract)\\b");

    @Override
    public Rule rule() {
        return RULE;
    }

    @Override
    public void check(ParsedFile file, Consumer<Finding> findings) {
        if (!(file.tree() instanceof SyntaxTree.TreeSitter tree) || file.file().test()) {
            return;
        }
        Map<Integer, FunctionInfo> byLine = new HashMap<>();
        file.functions().forEach(f -> byLine.put(f.startLine(), f));
        TreeNodes nodes = tree.nodes();
        Map<Integer, List<FunctionInfo>> methods = new HashMap<>();
        for (int i = 0; i < nodes.size(); i++) {
            if (!METHODS.contains(nodes.type(i))) {
                continue;
            }
            int owner = nodes.ancestor(i, Set.of("class_definition", "class_declaration", "function_definition",
                    "method_definition", "function_declaration", "arrow_function"));
            FunctionInfo f = byLine.get(nodes.node(i).getStartPoint().getRow() + 1);
            if (owner >= 0 && CLASSES.contains(nodes.type(owner)) && f != null) {
                methods.computeIfAbsent(owner, k -> new ArrayList<>()).add(f);
            }
        }
        methods.forEach((cls, list) -> {
            if (list.size() < 2 || !list.stream().allMatch(FunctionInfo::isStub)) {
                return;
            }
            String text = tree.text(nodes.node(cls));
            if (ABSTRACT.matcher(text).find() || isExtendedInFile(tree, nodes, cls)) {
                return; // an abstract base, protocol or base class its subclasses fill in is a contract, not a skeleton
            }
            int line = nodes.node(cls).getStartPoint().getRow() + 1;
            findings.accept(finding(file, line, "all " + list.size() + " methods of the class are stubs",
                    FileRule.excerpt(file.lines().get(line - 1))));
        });
    }

    /** Whether another class of the file names this one among its bases. */
    private static boolean isExtendedInFile(SyntaxTree.TreeSitter tree, TreeNodes nodes, int cls) {
        String name = tree.text(nodes.node(cls).getChildByFieldName("name"));
        Pattern base = Pattern.compile("^\\s*(export\\s+)?class\\s+\\w+\\s*(\\([^)]*\\b|\\s+extends\\s+)"
                + Pattern.quote(name) + "\\b");
        for (int other : nodes.indicesOf("class_definition")) {
            if (other != cls && base.matcher(tree.text(nodes.node(other))).find()) {
                return true;
            }
        }
        for (int other : nodes.indicesOf("class_declaration")) {
            if (other != cls && base.matcher(tree.text(nodes.node(other))).find()) {
                return true;
            }
        }
        return false;
    }
}
