package dev.uplift.analysis.rules.simulated;

import java.util.List;
import java.util.Map;

/**
 * What the judge of simulated work needs to know of one function, the same for every language: each
 * front end's tree is read into this shape by an extractor, and one {@link SimulatedWork} decides.
 *
 * @param name        the function's name
 * @param owner       the enclosing class's name, or {@code ""}
 * @param line        its first line
 * @param parameters  its parameter names, without {@code self}, {@code cls} or {@code this}
 * @param code        the body's source text, comments and docstring left out where the extractor can
 * @param comments    the text of the comments and docstring inside the body
 * @param statements  the body's top-level statements, as source text, without docstring and comments
 * @param returns     every value the body returns (an arrow function's expression body counts as one)
 * @param calls       every call in the body, nested ones included
 * @param locals      local names and the text last assigned to them, to follow {@code result = …; return result}
 * @param declaration a declaration with nothing to run: abstract, an interface's or a protocol's method
 */
record FunctionShape(String name, String owner, int line, List<String> parameters, String code,
                            List<String> comments, List<String> statements, List<Returned> returns,
                            List<Call> calls, Map<String, String> locals, boolean declaration) {

    public FunctionShape {
        parameters = List.copyOf(parameters);
        comments = List.copyOf(comments);
        statements = List.copyOf(statements);
        returns = List.copyOf(returns);
        calls = List.copyOf(calls);
        locals = Map.copyOf(locals);
    }

    /**
     * A returned value.
     *
     * @param inHandler returned from an {@code except} or {@code catch} block
     */
    record Returned(String text, boolean inHandler) {
    }

    /**
     * A call.
     *
     * @param callee the called expression as written ({@code asyncio.sleep}, {@code this.repo.save})
     * @param text   the whole call
     * @param inLoop inside a loop of this function
     */
    record Call(String callee, String text, boolean inLoop) {
    }
}
