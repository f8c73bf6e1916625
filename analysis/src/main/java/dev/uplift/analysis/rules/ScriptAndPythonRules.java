package dev.uplift.analysis.rules;

import dev.uplift.model.Category;
import dev.uplift.model.Rule;
import dev.uplift.model.Severity;

/**
 * Rules that Python and TypeScript/JavaScript share: the same weakness, read on each grammar's tree by
 * {@code PythonPracticeRules} and {@code ScriptPracticeRules}.
 */
public final class ScriptAndPythonRules {
    public static final Rule PERMISSIVE_CORS = new Rule("SEC-PERMISSIVE-CORS", "Any origin allowed (CORS)",
            Category.SECURITY, Severity.MAJOR, 20, 942,
            "Cross-origin requests are allowed from every origin ('*', CORS_ALLOW_ALL_ORIGINS, cors() without "
                    + "options), so any web page can call the API from a user's browser.",
            "List the origins that may call the API (CORS origins / allow_origins / origin: [...]).");
    public static final Rule JWT_NOT_VERIFIED = new Rule("SEC-JWT-NOT-VERIFIED", "JWT accepted without verification",
            Category.SECURITY, Severity.CRITICAL, 30, 347,
            "A JSON Web Token is decoded without checking its signature (verify_signature False, verify=False, "
                    + "the 'none' algorithm, jsonwebtoken's decode()), so anyone can forge one.",
            "Verify every token: jwt.decode(token, key, algorithms=[\"RS256\"]) in Python, jwt.verify() in Node.");
    public static final Rule WEAK_RANDOM = new Rule("SEC-SCRIPT-WEAK-RANDOM", "Predictable randomness for secrets "
            + "(Python, TypeScript/JavaScript)", Category.SECURITY, Severity.CRITICAL, 20, 330,
            "Python's random module or Math.random makes a token, password, key, salt, nonce or code: both are "
            + "predictable.",
            "Use secrets.token_urlsafe()/secrets.choice() in Python and crypto.randomBytes()/crypto.getRandomValues() "
                    + "in JavaScript.");
    public static final Rule IO_IN_LOOP = new Rule("PERF-IO-IN-LOOP", "Queries or HTTP calls inside loops "
            + "(Python, TypeScript/JavaScript)", Category.PERFORMANCE, Severity.MAJOR, 45, null,
            "A database query or HTTP request runs once per loop iteration (N+1), one after another.",
            "Fetch in one query or one batch request before the loop; in JavaScript, start the requests together "
                    + "with Promise.all, bounded if there are many.");
    public static final Rule JSON_IN_LOOP = new Rule("PERF-JSON-IN-LOOP", "JSON parsed inside loops "
            + "(Python, TypeScript/JavaScript)", Category.PERFORMANCE, Severity.MINOR, 15, null,
            "json.loads/JSON.parse (or a dumps/stringify round trip) runs once per iteration over data that could "
                    + "be parsed once.",
            "Parse once before the loop and reuse the result; for deep copies use structuredClone or copy.deepcopy.");

    private ScriptAndPythonRules() {
    }
}
