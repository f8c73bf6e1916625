package dev.uplift.analysis.rules.simulated;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a returned value is made of, read from its text the same way in Python, TypeScript and Java:
 * nothing, a trivial constant, a canned structure of literals, a random draw, a mock collection, or
 * something computed. Locals are followed, so {@code score = random.uniform(…); return score} is a draw.
 */
final class ReturnedValue {

    /** The kinds, from the least to the most telling of simulated work. */
    public enum Kind {
        /** {@code return} alone. */
        NONE,
        /** a constant that carries no data: {@code True}, {@code null}, {@code 0}, {@code []}, {@code new ArrayList<>()}. */
        TRIVIAL,
        /** literals that carry data and depend on nothing: {@code {"status": "success", "accuracy": 0.94}}. */
        CANNED,
        /** literals around the function's own parameters and nothing else: {@code {"status": "sent", "to": phone}}. */
        ECHO,
        /** a random number or choice. */
        RANDOM,
        /** a collection named as mock, fake, dummy, sample or demo data. */
        MOCK,
        /** anything that depends on names the value does not define itself. */
        COMPUTED
    }

    private static final Pattern RANDOM = Pattern.compile("\\b(?:random\\.(?:random|uniform|randint|randrange|choice"
            + "|choices|gauss|normalvariate|betavariate|triangular|expovariate|sample)|(?:np|numpy)\\.random\\.\\w+"
            + "|Math\\.random|ThreadLocalRandom\\b[^;]*\\.next\\w*|faker?\\.\\w+)\\s*\\(|\\.next(?:Double|Int|Float"
            + "|Gaussian|Long|Boolean)\\s*\\(");
    /** Names of the values a literal may be built with and still depend on nothing: clocks, ids, casts. */
    private static final Set<String> NEUTRAL = Set.of("True", "False", "None", "true", "false", "null", "undefined",
            "new", "await", "as", "const", "datetime", "now", "utcnow", "isoformat", "today", "time", "Date",
            "toISOString", "getTime", "uuid", "uuid4", "uuidv4", "randomUUID", "UUID", "hex", "Instant", "LocalDateTime",
            "LocalDate", "OffsetDateTime", "ZonedDateTime", "System", "currentTimeMillis", "nanoTime", "timezone", "utc",
            "UTC", "str", "int", "float", "bool", "dict", "list", "tuple", "set", "frozenset", "jsonify", "timestamp");
    private static final Pattern WORD = Pattern.compile("[A-Za-z_$][\\w$]*");
    /** String literals, each body as an unrolled loop: an alternation repeated per character overflows the stack. */
    private static final Pattern STRING = Pattern.compile("(?s)\"\"\"(.*?)\"\"\"|'''(.*?)'''|\"([^\"\\\\\\n]*+(?:\\\\.[^\"\\\\\\n]*+)*+)\""
            + "|'([^'\\\\\\n]*+(?:\\\\.[^'\\\\\\n]*+)*+)'|`([^`\\\\]*+(?:\\\\.[^`\\\\]*+)*+)`");
    /** {@code success: true}: a claim, and as telling as any figure. */
    private static final Pattern SUCCESS_FLAG = Pattern.compile("(?i)\\b(?:success|ok|sent|delivered|completed|done)"
            + "[\"']?\\s*[:=]\\s*true\\b");
    /** Arithmetic, comparison and conditions: something is computed (calls are judged name by name). */
    private static final Pattern OPERATION = Pattern.compile("[=!<>]=|[-+*/%<>?|&^]|\\b(?:and|or|not|if|else)\\b");
    /** An empty collection or a new object, which the function then fills. */
    public static final Pattern ACCUMULATOR = Pattern.compile("(?s)\\s*(?:\\[\\s*]|\\{\\s*}|\\(\\s*\\)|new\\s+[\\w.]+"
            + "(?:<[^>]*>)?\\s*\\(\\s*\\d*\\s*\\)|new\\s+\\w+\\s*\\[[^]]*]|(?:dict|list|set|tuple|defaultdict|OrderedDict"
            + "|Counter|deque|[A-Z]\\w*)\\(\\s*\\))\\s*;?\\s*");
    /** Joining a string literal to a value, {@code "INV-" + id}: still an echo. */
    private static final Pattern CONCATENATION = Pattern.compile("\"\"\\s*\\+|\\+\\s*\"\"");
    private static final Pattern INTERPOLATION = Pattern.compile("\\$?\\{([^{}]*)}");
    private static final Pattern NUMBER = Pattern.compile("(?<![\\w$.])-?\\d+(?:\\.\\d+)?(?:[eE][-+]?\\d+)?[lLfFdD]?");
    private static final Pattern IDENTIFIER_PATH = Pattern.compile("[A-Za-z_$][\\w$]*(?:\\??\\.[A-Za-z_$][\\w$]*)*");
    /** mockInvoices, MOCK_DATA, sample_users, demoData — a word of its own followed by another. */
    private static final Pattern MOCK_NAME = Pattern.compile("(?:mock|fake|dummy|sample|demo|stub|hardcoded"
            + "|canned)(?:[A-Z]|_[A-Za-z])\\w*|(?:MOCK|FAKE|DUMMY|SAMPLE|DEMO|STUB|HARDCODED)_\\w+");
    private static final Pattern TRIVIAL = Pattern.compile("(?s)\\s*(?:True|False|None|true|false|null|undefined|-?[01]"
            + "(?:\\.0)?|\"\"|''|\\[\\s*]|\\{\\s*}|\\(\\s*\\)|new\\s+\\w+(?:<[^>]*>)?\\(\\s*\\d*\\s*\\)|\\w+\\.(?:empty\\w*|of)\\(\\s*\\)"
            + "|Promise\\.resolve\\(\\s*\\))\\s*");

    private ReturnedValue() {
    }

    /** The kind of the value written as {@code text}, following the function's locals. */
    public static Kind classify(String text, Map<String, String> locals) {
        return classify(text, locals, Set.of(), 0);
    }

    /** The kind of the value, where naming only these parameters besides literals makes an {@link Kind#ECHO}. */
    public static Kind classify(String text, Map<String, String> locals, Set<String> parameters) {
        return classify(text, locals, parameters, 0);
    }

    /** Whether the value draws a random number or choice. */
    public static boolean random(String text) {
        return RANDOM.matcher(text).find();
    }

    /** The random call of the value, for the message, or null. */
    public static String randomCall(String text) {
        Matcher m = RANDOM.matcher(text);
        return m.find() ? m.group().replaceAll("\\s*\\($", "") : null;
    }

    private static Kind classify(String raw, Map<String, String> locals, Set<String> parameters, int depth) {
        String text = strip(raw);
        if (text.isEmpty()) {
            return Kind.NONE;
        }
        if (IDENTIFIER_PATH.matcher(text).matches()) {
            String last = text.substring(text.lastIndexOf('.') + 1);
            if (MOCK_NAME.matcher(last).matches()) {
                return Kind.MOCK;
            }
            String assigned = locals.get(text);
            if (assigned != null && depth < 3 && !assigned.strip().equals(text)) {
                return ofLocal(assigned, locals, parameters, depth);
            }
            return TRIVIAL.matcher(text).matches() ? Kind.TRIVIAL : Kind.COMPUTED;
        }
        if (text.length() > 20_000) {
            return Kind.COMPUTED; // a data table, not a canned answer; and regexes stay cheap
        }
        if (random(text)) {
            return Kind.RANDOM;
        }
        if (TRIVIAL.matcher(text).matches()) {
            return Kind.TRIVIAL;
        }
        StringBuilder code = new StringBuilder();
        boolean data = withoutStrings(text, code) || SUCCESS_FLAG.matcher(text).find();
        String rest = code.toString();
        Matcher numbers = NUMBER.matcher(rest);
        while (numbers.find()) {
            String n = numbers.group().replaceAll("[lLfFdD]$", "");
            data |= !n.matches("-?[01](\\.0+)?");
        }
        rest = numbers.replaceAll(" ");
        Kind kind = data ? Kind.CANNED : Kind.TRIVIAL;
        boolean computed = false;
        boolean echoed = false;
        boolean drawn = false;
        boolean mock = false;
        String root = ""; // the name a chain of members hangs from: Type.builder().name(…), payload.get(…)
        Deque<String> outer = new ArrayDeque<>(); // the roots of the chains around an argument list
        int scanned = 0;
        Matcher words = WORD.matcher(rest);
        boolean afterType = false; // List.of, Map.entry, ResponseEntity.ok: a type's factory
        while (words.find()) {
            for (int i = scanned; i < words.start(); i++) { // a call's arguments do not change its chain's root
                char c = rest.charAt(i);
                if (c == '(') {
                    outer.push(root);
                } else if (c == ')' && !outer.isEmpty()) {
                    root = outer.pop();
                }
            }
            scanned = words.end();
            String word = words.group();
            boolean factory = afterType && precededByDot(rest, words.start());
            afterType = Character.isUpperCase(word.charAt(0));
            boolean member = precededByDot(rest, words.start());
            if (!member) {
                root = word;
            } else if (!factory && !NEUTRAL.contains(word) && followedByParen(rest, words.end())
                    && !(!root.isEmpty() && Character.isUpperCase(root.charAt(0)))
                    && !(parameters.contains(root) && word.startsWith("get"))) { // reading an input is echoing it
                computed = true; // a method of some object called: work done for the value, not a literal
                continue;
            }
            if (factory || member || NEUTRAL.contains(word) || isKey(rest, words.end())
                    || isConstructor(rest, word, words.start(), words.end())) {
                continue;
            }
            String assigned = locals.get(word);
            Kind local = assigned == null || depth >= 3 ? null : ofLocal(assigned, locals, parameters, depth);
            if (local == Kind.MOCK || local == null && !parameters.contains(word) && MOCK_NAME.matcher(word).matches()) {
                mock = true;
            } else if (local == Kind.RANDOM) {
                drawn = true; // a draw kept in a local: telling unless the value is computed from real state too
            } else if (local == Kind.CANNED) {
                kind = Kind.CANNED;
            } else if (local == null && parameters.contains(word)) {
                echoed = true;
            } else if (local == null || local == Kind.COMPUTED || local == Kind.ECHO) {
                computed = true;
            }
        }
        if (computed) {
            return Kind.COMPUTED;
        }
        if (mock || drawn) {
            return mock ? Kind.MOCK : Kind.RANDOM;
        }
        // echoing parameters is only canned when nothing is done with them: no operator, no call
        boolean worked = OPERATION.matcher(CONCATENATION.matcher(rest).replaceAll(" ")).find();
        if (echoed && worked) {
            return Kind.COMPUTED;
        }
        // inputs handed back with literals: an echo when the literals carry data, else as trivial as an empty record
        return echoed && kind == Kind.CANNED ? Kind.ECHO : kind;
    }

    /**
     * The kind of a local by what was last assigned to it; an empty collection or a new object is an
     * accumulator the function fills ({@code out = []; … out.append(…); return out}), so what it holds is computed.
     */
    private static Kind ofLocal(String assigned, Map<String, String> locals, Set<String> parameters, int depth) {
        if (ACCUMULATOR.matcher(assigned).matches()) {
            return Kind.COMPUTED;
        }
        return classify(assigned, locals, parameters, depth + 1);
    }

    /** {@code await x;}, {@code (x)} and a trailing semicolon say nothing of the value. */
    private static String strip(String raw) {
        String text = raw.strip();
        if (text.endsWith(";")) {
            text = text.substring(0, text.length() - 1).strip();
        }
        if (text.startsWith("await ")) {
            text = text.substring(6).strip();
        }
        while (text.startsWith("(") && text.endsWith(")") && balanced(text.substring(1, text.length() - 1))) {
            text = text.substring(1, text.length() - 1).strip();
        }
        return text;
    }

    private static boolean balanced(String s) {
        int depth = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            depth += c == '(' ? 1 : c == ')' ? -1 : 0;
            if (depth < 0) {
                return false;
            }
        }
        return depth == 0;
    }

    /**
     * Writes the value with its string literals blanked into {@code code}, keeping what f-strings and
     * template literals interpolate (that is code); true when some string carries text.
     */
    private static boolean withoutStrings(String text, StringBuilder code) {
        Matcher m = STRING.matcher(text);
        int last = 0;
        boolean data = false;
        while (m.find()) {
            code.append(text, last, m.start());
            String body = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3) != null
                    ? m.group(3) : m.group(4) != null ? m.group(4) : m.group(5);
            boolean formatted = m.group(5) != null || m.start() > 0 && Character.toLowerCase(text.charAt(m.start() - 1)) == 'f';
            if (formatted) {
                Matcher in = INTERPOLATION.matcher(body);
                while (in.find()) {
                    code.append(' ').append(in.group(1)).append(' ');
                }
                body = in.replaceAll("");
            }
            data |= !body.isBlank() && !isKey(text, m.end()); // a key names data, it is not data
            code.append(" \"\" ");
            last = m.end();
        }
        code.append(text.substring(last));
        return data;
    }

    private static boolean followedByParen(String code, int end) {
        int i = end;
        while (i < code.length() && code.charAt(i) == ' ') {
            i++;
        }
        return i < code.length() && code.charAt(i) == '(';
    }

    private static boolean precededByDot(String code, int start) {
        int i = start - 1;
        while (i >= 0 && code.charAt(i) == ' ') {
            i--;
        }
        return i >= 0 && code.charAt(i) == '.';
    }

    /** A key of an object literal or a keyword argument: {@code status: …}, {@code status=…}. */
    private static boolean isKey(String code, int end) {
        int i = end;
        while (i < code.length() && code.charAt(i) == ' ') {
            i++;
        }
        if (i >= code.length()) {
            return false;
        }
        char c = code.charAt(i);
        char next = i + 1 < code.length() ? code.charAt(i + 1) : ' ';
        return c == ':' && next != ':' || c == '=' && next != '=' && next != '>';
    }

    /** {@code Invoice(…)}, {@code new Invoice(…)}, {@code Status.OK}: types and constants, not data sources. */
    private static boolean isConstructor(String code, String word, int start, int end) {
        if (!Character.isUpperCase(word.charAt(0))) {
            return false;
        }
        String before = code.substring(Math.max(0, start - 4), start);
        String after = code.substring(end).stripLeading();
        return before.endsWith("new ") || after.startsWith("(") || after.startsWith("<") || after.startsWith(".")
                || word.equals(word.toUpperCase(Locale.ROOT));
    }
}
