package io.diameterharness.standalone.rules;

import com.fasterxml.jackson.databind.JsonNode;
import io.diameterharness.behaviour.Action;
import io.diameterharness.behaviour.Answer;
import io.diameterharness.behaviour.RequestPattern;
import io.diameterharness.behaviour.Requests;
import io.diameterharness.behaviour.Rule;
import io.diameterharness.behaviour.RuleEngine;
import io.diameterharness.behaviour.RuleHandle;
import io.diameterharness.behaviour.Stubbing;
import io.diameterharness.codec.Avp;
import io.diameterharness.codec.DiameterMessage;
import io.diameterharness.codec.InvalidAvpValueException;
import io.diameterharness.codec.ResultCode;
import io.diameterharness.dictionary.AvpKey;
import io.diameterharness.standalone.json.AvpJson;
import io.diameterharness.standalone.json.Field;
import io.diameterharness.standalone.json.JsonFormatException;
import io.diameterharness.standalone.json.Suggestions;
import io.diameterharness.standalone.json.Vocabulary;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Reads JSON rules into behaviour {@link Rule}s: the JSON form of the Java DSL, one to one
 * ({@code docs} and the JSON Schema {@code diameter-harness-rules.schema.json} describe it).
 *
 * <pre>{@code
 * {"request": {"command": "CCR", "avps": [{"avp": "CC-Request-Type", "equals": "INITIAL_REQUEST"}]},
 *  "action": {"answer": {"resultCode": "DIAMETER_MISSING_AVP", "failedAvps": ["Subscription-Id"]}}}
 * }</pre>
 *
 * is {@code on(creditControlRequest(INITIAL)).answer(failure(DIAMETER_MISSING_AVP).failedAvp(SUBSCRIPTION_ID))}.
 * Every mistake is a {@link JsonFormatException} naming the field, what was expected and, for
 * unknown names, the closest known ones.
 */
public final class JsonRules {
    /** Deepest nesting of request patterns ({@code not}, {@code anyOf}) and of actions ({@code delay}, {@code twice}). */
    public static final int MAX_DEPTH = 16;
    /** Longest delay a rule may ask for. */
    public static final Duration MAX_DELAY = Duration.ofHours(1);
    /** Most steps in an AVP path. */
    public static final int MAX_PATH_STEPS = 16;

    static final Set<String> RULE_FIELDS = Set.of("name", "request", "onlyNth", "scenario", "action", "sequence");
    static final Set<String> PATTERN_FIELDS = Set.of("command", "application", "avps", "fromPeer", "onConnection",
            "retransmitted", "not", "anyOf", "allOf");
    static final Set<String> FILTER_FIELDS = Set.of("command", "application", "avps", "not", "anyOf", "allOf");
    static final Set<String> CONDITION_FIELDS = Set.of("avp", "equals", "matches", "present");
    static final Set<String> SCENARIO_FIELDS = Set.of("name", "whenState", "setState");
    /** The action names, as keys of an action object (or as plain strings for those without parameters). */
    static final Set<String> ACTIONS = Set.of("answer", "delay", "drop", "close", "reset", "stopReading",
            "default", "raw", "twice", "unknownHopByHop", "send");
    static final Set<String> PLAIN_ACTIONS = Set.of("drop", "close", "reset", "stopReading", "default");
    static final Set<String> ANSWER_FIELDS = Set.of("resultCode", "experimentalResult", "errorMessage", "errorBit",
            "failedAvps", "grantRequestedUnits", "creditControlEcho", "avps");
    static final Set<String> MESSAGE_FIELDS = Set.of("command", "application", "request", "proxiable", "error",
            "avps");

    private static final Map<String, Integer> RESULT_CODES = resultCodes();

    private final Vocabulary vocabulary;
    private final AvpJson avps;

    /**
     * A rule that has been read: its name (if given), the behaviour rule, and the JSON it came from.
     *
     * @param name the rule's {@code name}, or {@code null}
     * @param rule the behaviour rule
     * @param json the JSON, as given
     */
    public record ParsedRule(String name, Rule rule, JsonNode json) {
        /** Checks the parts. */
        public ParsedRule {
            Objects.requireNonNull(rule, "rule");
            Objects.requireNonNull(json, "json");
        }
    }

    /** The names rules may use. */
    public Vocabulary vocabulary() {
        return vocabulary;
    }

    /** Reads rules with the names of {@code vocabulary}. */
    public JsonRules(Vocabulary vocabulary) {
        this.vocabulary = Objects.requireNonNull(vocabulary, "vocabulary");
        this.avps = new AvpJson(vocabulary);
    }

    /**
     * Reads a document of rules: one rule object, an array of rules, or {@code {"rules": [...]}}.
     */
    public List<ParsedRule> parseDocument(JsonNode document) {
        Field root = Field.root(document);
        List<Field> items;
        if (document.isArray()) {
            items = root.elements();
        } else if (document.isObject() && document.has("rules")) {
            root.object(Set.of("rules"));
            items = root.require("rules").elements();
        } else {
            items = List.of(root);
        }
        List<ParsedRule> out = new ArrayList<>();
        for (Field f : items) {
            out.add(parse(f));
        }
        return out;
    }

    /** Reads one rule object. */
    public ParsedRule parseRule(JsonNode rule) {
        return parse(Field.root(rule));
    }

    private ParsedRule parse(Field f) {
        f.object(RULE_FIELDS);
        String name = f.has("name") ? f.get("name").nonEmptyText() : null;
        RequestPattern pattern = f.has("request") ? pattern(f.get("request"), 0) : Requests.anyRequest();
        // Build through the same DSL a Java test uses, in a scratch engine, so both read alike.
        Stubbing s = new Stubbing(new RuleEngine(), pattern);
        if (f.has("onlyNth")) {
            s = s.onlyNth((int) f.get("onlyNth").integer(1, Integer.MAX_VALUE));
        }
        if (f.has("scenario")) {
            Field sc = f.get("scenario").object(SCENARIO_FIELDS);
            s = s.inScenario(sc.require("name").nonEmptyText());
            if (sc.has("whenState")) {
                s = s.whenState(sc.get("whenState").nonEmptyText());
            }
            if (sc.has("setState")) {
                s = s.willSetStateTo(sc.get("setState").nonEmptyText());
            }
        }
        Field action = f.get("action");
        Field sequence = f.get("sequence");
        if ((action == null) == (sequence == null)) {
            throw f.error("a rule needs exactly one of \"action\" (one action for every request) or"
                    + " \"sequence\" (steps, each with \"times\")");
        }
        RuleHandle h;
        if (action != null) {
            h = s.respond(action(action, 0, Set.of()));
        } else {
            List<Field> steps = sequence.elements();
            if (steps.isEmpty()) {
                throw sequence.error("a sequence needs at least one step");
            }
            h = null;
            for (int i = 0; i < steps.size(); i++) {
                Field step = steps.get(i);
                Action a = action(step, 0, Set.of("times"));
                h = h == null ? s.respond(a) : h.then(a);
                if (step.isObject() && step.has("times")) {
                    h = h.times((int) step.get("times").integer(1, Integer.MAX_VALUE));
                } else if (i < steps.size() - 1) {
                    throw step.error("only the last step of a sequence may go on for ever: give \"times\"");
                }
            }
        }
        return new ParsedRule(name, h.rule(), f.node());
    }

    // ---- request patterns ----

    /**
     * Reads a message filter (for the journal): a request pattern with only {@code command},
     * {@code application}, {@code avps}, {@code not}, {@code anyOf} and {@code allOf}, which look at
     * the message alone, so it applies to answers too.
     */
    public RequestPattern messageFilter(JsonNode filter) {
        return pattern(Field.root(filter), 0, FILTER_FIELDS);
    }

    private RequestPattern pattern(Field f, int depth) {
        return pattern(f, depth, PATTERN_FIELDS);
    }

    private RequestPattern pattern(Field f, int depth, Set<String> fields) {
        if (depth > MAX_DEPTH) {
            throw f.error("request patterns nested deeper than " + MAX_DEPTH + " levels");
        }
        f.object(fields);
        List<RequestPattern> parts = new ArrayList<>();
        if (f.has("command")) {
            Field c = f.get("command");
            int code = commandCode(c);
            Boolean request = c.isText() ? vocabulary.commandIsRequest(c.text()).orElse(null) : null;
            if (fields == PATTERN_FIELDS && Boolean.FALSE.equals(request)) {
                throw c.error("rules match requests and \"" + c.text() + "\" is an answer; write "
                        + vocabulary.commandShortName(code, true));
            }
            RequestPattern p = Requests.command(code);
            if (request != null && fields == FILTER_FIELDS) {
                String name = c.text();
                p = Requests.named("command " + name, (m, e) -> m.commandCode() == code && m.isRequest() == request);
            }
            parts.add(p);
        }
        if (f.has("application")) {
            parts.add(Requests.application(applicationId(f.get("application"))));
        }
        if (f.has("avps")) {
            for (Field c : f.get("avps").elements()) {
                parts.add(condition(c));
            }
        }
        if (f.has("fromPeer")) {
            parts.add(Requests.fromPeer(f.get("fromPeer").nonEmptyText()));
        }
        if (f.has("onConnection")) {
            parts.add(Requests.onConnection(f.get("onConnection").nonEmptyText()));
        }
        if (f.has("retransmitted")) {
            RequestPattern r = Requests.retransmitted();
            parts.add(f.get("retransmitted").bool() ? r : r.negate());
        }
        if (f.has("not")) {
            parts.add(pattern(f.get("not"), depth + 1, fields).negate());
        }
        if (f.has("allOf")) {
            parts.add(combine(f.get("allOf"), depth, true, fields));
        }
        if (f.has("anyOf")) {
            parts.add(combine(f.get("anyOf"), depth, false, fields));
        }
        if (parts.isEmpty()) {
            return Requests.anyRequest();
        }
        RequestPattern p = parts.get(0);
        for (int i = 1; i < parts.size(); i++) {
            p = p.and(parts.get(i));
        }
        return p;
    }

    private RequestPattern combine(Field array, int depth, boolean all, Set<String> fields) {
        List<Field> items = array.elements();
        if (items.isEmpty()) {
            throw array.error("expected at least one request pattern");
        }
        RequestPattern p = null;
        for (Field item : items) {
            RequestPattern next = pattern(item, depth + 1, fields);
            p = p == null ? next : all ? p.and(next) : p.or(next);
        }
        return items.size() == 1 ? p : Requests.named("(" + p + ")", p::matches);
    }

    /** The command code written at {@code f}: a name ({@code CCR}, {@code Credit-Control}) or a number. */
    public int commandCode(Field f) {
        if (f.isNumber()) {
            return (int) f.integer(0, 0xFFFFFF);
        }
        String name = f.nonEmptyText();
        OptionalInt code = vocabulary.commandCode(name);
        if (code.isEmpty()) {
            throw f.error("unknown command \"" + name + "\"" + Suggestions.hint(name, vocabulary.commandNames())
                    + "; or give the command code as a number");
        }
        return code.getAsInt();
    }

    /** The Application-Id written at {@code f}: a name ({@code Credit-Control}) or a number. */
    public long applicationId(Field f) {
        if (f.isNumber()) {
            return f.integer(0, 0xFFFFFFFFL);
        }
        String name = f.nonEmptyText();
        OptionalLong id = vocabulary.applicationId(name);
        if (id.isEmpty()) {
            throw f.error("unknown application \"" + name + "\""
                    + Suggestions.hint(name, vocabulary.applicationNames()) + "; or give the Application-Id as a number");
        }
        return id.getAsLong();
    }

    private RequestPattern condition(Field c) {
        c.object(CONDITION_FIELDS);
        Field pathField = c.require("avp");
        String text = pathField.nonEmptyText();
        String[] names = text.split("/", -1);
        if (names.length > MAX_PATH_STEPS) {
            throw pathField.error("a path has at most " + MAX_PATH_STEPS + " steps");
        }
        List<AvpKey<?>> segments = new ArrayList<>();
        AvpKey<?> leaf = null;
        for (String n : names) {
            if (n.isBlank()) {
                throw pathField.error("empty step in AVP path \"" + text + "\"; write Group-Name/Child-Name");
            }
            leaf = avps.key(pathField, n.trim());
            segments.add(leaf);
        }
        AvpKey<?> key = leaf;
        KeyPath path = new KeyPath(List.copyOf(segments));
        int given = (c.has("equals") ? 1 : 0) + (c.has("matches") ? 1 : 0) + (c.has("present") ? 1 : 0);
        if (given != 1) {
            throw c.error("a condition needs exactly one of \"equals\", \"matches\" (a regular expression)"
                    + " or \"present\" (true or false)");
        }
        if (c.has("present")) {
            boolean present = c.get("present").bool();
            return Requests.named((present ? "with " : "without ") + path,
                    (m, e) -> path.resolve(m).isEmpty() != present);
        }
        if (c.has("equals")) {
            Object expected = avps.value(c.get("equals"), key);
            String shown = expected instanceof byte[] ? "0x" + io.diameterharness.codec.Hex.of((byte[]) expected)
                    : c.get("equals").node().toString();
            return Requests.named("with " + path + " = " + shown, (m, e) -> anyLeaf(path, m,
                    v -> Objects.deepEquals(v, expected)));
        }
        Field re = c.get("matches");
        Pattern regex;
        try {
            regex = Pattern.compile(re.nonEmptyText());
        } catch (PatternSyntaxException ex) {
            throw re.error("not a valid regular expression: " + ex.getDescription() + " near index " + ex.getIndex());
        }
        return Requests.named("with " + path + " matching /" + regex + "/", (m, e) -> anyLeaf(path, m,
                v -> regex.matcher(asText(key, v)).find()));
    }

    /** AVP keys from the top level down; resolves to every AVP at the end of the path. */
    private record KeyPath(List<AvpKey<?>> keys) {
        List<Avp> resolve(DiameterMessage m) {
            List<Avp> level = new ArrayList<>();
            for (Avp a : m.avps()) {
                if (keys.get(0).matches(a)) {
                    level.add(a);
                }
            }
            for (int i = 1; i < keys.size() && !level.isEmpty(); i++) {
                List<Avp> next = new ArrayList<>();
                for (Avp group : level) {
                    try {
                        for (Avp child : group.asGrouped()) {
                            if (keys.get(i).matches(child)) {
                                next.add(child);
                            }
                        }
                    } catch (InvalidAvpValueException ignored) {
                        // a malformed group holds nothing
                    }
                }
                level = next;
            }
            return level;
        }

        Object read(Avp leaf) {
            return keys.get(keys.size() - 1).read(leaf);
        }

        @Override
        public String toString() {
            StringBuilder sb = new StringBuilder();
            for (AvpKey<?> k : keys) {
                sb.append(sb.length() == 0 ? "" : "/").append(k.name());
            }
            return sb.toString();
        }
    }

    private static boolean anyLeaf(KeyPath path, DiameterMessage m, java.util.function.Predicate<Object> test) {
        for (Avp a : path.resolve(m)) {
            try {
                if (test.test(path.read(a))) {
                    return true;
                }
            } catch (InvalidAvpValueException ignored) {
                // a malformed value matches nothing
            }
        }
        return false;
    }

    private String asText(AvpKey<?> key, Object v) {
        if (v instanceof byte[]) {
            return new String((byte[]) v, StandardCharsets.UTF_8);
        }
        if (v instanceof Integer && key.type() == io.diameterharness.codec.AvpType.ENUMERATED) {
            return vocabulary.enumLabel(key, (Integer) v).orElse(v.toString());
        }
        return String.valueOf(v);
    }

    // ---- actions ----

    private Action action(Field f, int depth, Set<String> extraFields) {
        if (depth > MAX_DEPTH) {
            throw f.error("actions nested deeper than " + MAX_DEPTH + " levels");
        }
        if (f.isText()) {
            String name = f.text();
            if (!PLAIN_ACTIONS.contains(name)) {
                throw f.error(ACTIONS.contains(name)
                        ? "action \"" + name + "\" takes parameters: write {\"" + name + "\": {...}}"
                        : "unknown action \"" + name + "\"" + Suggestions.hint(name, ACTIONS)
                        + " (plain actions: " + String.join(", ", new java.util.TreeSet<>(PLAIN_ACTIONS)) + ")");
            }
            return plain(name, null, depth);
        }
        Set<String> allowed = new java.util.HashSet<>(ACTIONS);
        allowed.addAll(extraFields);
        f.object(allowed);
        List<String> named = new ArrayList<>();
        f.node().fieldNames().forEachRemaining(n -> {
            if (ACTIONS.contains(n)) {
                named.add(n);
            }
        });
        if (named.size() != 1) {
            throw f.error(named.isEmpty() ? "expected an action: one of " + String.join(", ", new java.util.TreeSet<>(ACTIONS))
                    : "one action per object, got " + named + "; use \"sequence\" for several in turn,"
                    + " or nest them (\"delay\": {\"then\": ...})");
        }
        String name = named.get(0);
        Field p = f.require(name);
        switch (name) {
            case "answer":
                return Action.answer(answer(p));
            case "delay": {
                p.object(Set.of("ms", "then"));
                long ms = p.require("ms").integer(0, MAX_DELAY.toMillis());
                return Action.delay(Duration.ofMillis(ms), action(p.require("then"), depth + 1, Set.of()));
            }
            case "raw":
                p.object(Set.of("hex"));
                byte[] bytes = AvpJson.hex(p.require("hex"));
                if (bytes.length == 0) {
                    throw p.require("hex").error("raw bytes must not be empty");
                }
                return Action.raw(bytes);
            case "twice":
                return new Action.Twice(action(p, depth + 1, Set.of()));
            case "unknownHopByHop":
                return new Action.UnknownHopByHop(action(p, depth + 1, Set.of()));
            case "send":
                return new Action.SendMessage(message(p, false));
            default:
                return plain(name, p, depth);
        }
    }

    private Action plain(String name, Field p, int depth) {
        if (name.equals("close") && p != null && p.isObject() && p.has("after")) {
            p.object(Set.of("after"));
            return Action.closeAfter(action(p.get("after"), depth + 1, Set.of()));
        }
        if (p != null && !(p.node().isBoolean() && p.node().booleanValue())
                && !(p.isObject() && p.node().isEmpty())) {
            throw p.error("expected {} or true" + (name.equals("close") ? " or {\"after\": ACTION}" : ""));
        }
        switch (name) {
            case "drop": return Action.drop();
            case "close": return Action.close();
            case "reset": return Action.reset();
            case "stopReading": return Action.stopReading();
            case "default": return Action.byDefault();
            default: throw new IllegalStateException(name);
        }
    }

    /** Reads an answer object. */
    public Answer answer(Field f) {
        f.object(ANSWER_FIELDS);
        if (f.has("resultCode") && f.has("experimentalResult")) {
            throw f.error("give \"resultCode\" or \"experimentalResult\", not both");
        }
        Answer a;
        if (f.has("experimentalResult")) {
            Field e = f.get("experimentalResult").object(Set.of("vendorId", "code"));
            a = Answer.experimentalResult((int) e.require("vendorId").integer(1, 0xFFFFFFFFL),
                    e.require("code").integer(0, 0xFFFFFFFFL));
        } else if (f.has("resultCode")) {
            a = Answer.resultCode(resultCode(f.get("resultCode")));
        } else {
            a = Answer.success();
        }
        if (f.has("errorMessage")) {
            a = a.errorMessage(f.get("errorMessage").text());
        }
        if (f.has("errorBit")) {
            a = a.errorBit(f.get("errorBit").bool());
        }
        if (f.has("failedAvps")) {
            for (Field fa : f.get("failedAvps").elements()) {
                a = fa.isText() ? a.failedAvp(avps.key(fa, fa.nonEmptyText())) : a.failedAvp(avps.avp(fa));
            }
        }
        if (f.has("grantRequestedUnits") && f.get("grantRequestedUnits").bool()) {
            a = a.grantingRequestedUnits();
        }
        if (f.has("creditControlEcho") && !f.get("creditControlEcho").bool()) {
            a = a.withoutCreditControlEcho();
        }
        if (f.has("avps")) {
            for (Avp avp : avps.avps(f.get("avps"))) {
                a = a.with(avp);
            }
        }
        return a;
    }

    /** A Result-Code: a number or an RFC name such as {@code DIAMETER_MISSING_AVP}. */
    public static long resultCode(Field f) {
        if (f.isNumber()) {
            return f.integer(0, 0xFFFFFFFFL);
        }
        String name = f.nonEmptyText();
        Integer code = RESULT_CODES.get(name.trim().toUpperCase(java.util.Locale.ROOT));
        if (code == null) {
            throw f.error("unknown Result-Code \"" + name + "\"" + Suggestions.hint(name, RESULT_CODES.keySet())
                    + "; or give the number");
        }
        return code;
    }

    /**
     * Reads a whole message (for {@code send} actions, and requests sent through the admin API);
     * it is a request when {@code "request"} says so, else when {@code defaultRequest}.
     */
    public DiameterMessage message(Field f, boolean defaultRequest) {
        f.object(MESSAGE_FIELDS);
        int code = commandCode(f.require("command"));
        long app = f.has("application") ? applicationId(f.get("application")) : 0;
        DiameterMessage.Builder b = DiameterMessage.builder().commandCode(code).applicationId(app);
        boolean request = f.has("request") ? f.get("request").bool() : defaultRequest;
        if (request) {
            b.request();
        }
        if (f.has("proxiable") ? f.get("proxiable").bool() : true) {
            b.proxiable();
        }
        if (f.has("error") && f.get("error").bool()) {
            b.error();
        }
        if (f.has("avps")) {
            b.avps(avps.avps(f.get("avps")));
        }
        return b.build();
    }

    private static Map<String, Integer> resultCodes() {
        Map<String, Integer> out = new LinkedHashMap<>();
        Arrays.stream(ResultCode.class.getFields())
                .filter(fl -> fl.getType() == int.class && Modifier.isStatic(fl.getModifiers()))
                .forEach(fl -> {
                    try {
                        out.put(fl.getName(), fl.getInt(null));
                    } catch (IllegalAccessException e) {
                        throw new IllegalStateException(e);
                    }
                });
        return Map.copyOf(out);
    }
}
