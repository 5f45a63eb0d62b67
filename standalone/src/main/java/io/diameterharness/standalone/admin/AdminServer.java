package io.diameterharness.standalone.admin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.diameterharness.behaviour.RequestPattern;
import io.diameterharness.codec.DiameterMessage;
import io.diameterharness.standalone.json.Field;
import io.diameterharness.standalone.json.Json;
import io.diameterharness.standalone.json.JsonFormatException;
import io.diameterharness.standalone.rules.JsonRules;
import io.diameterharness.standalone.rules.JsonRules.ParsedRule;
import io.diameterharness.standalone.rules.RuleStore;
import io.diameterharness.standalone.rules.RuleStore.StoredRule;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * The HTTP admin API under {@code /__admin/}, on the JDK's built-in HTTP server. Everything is
 * JSON. Bad input is answered 400 with the field, what was expected and the closest known names;
 * request bodies larger than {@link Json#MAX_DOCUMENT_BYTES} are refused with 413. A failing
 * handler answers 500 and never touches the Diameter side.
 *
 * <table>
 * <caption>Endpoints</caption>
 * <tr><td>GET /__admin/</td><td>this list</td></tr>
 * <tr><td>GET, POST, DELETE /__admin/rules</td><td>list, add (one, an array, or {"rules": [...]}), remove all</td></tr>
 * <tr><td>GET, PUT, DELETE /__admin/rules/{id}</td><td>read, replace in place, remove one rule</td></tr>
 * <tr><td>GET /__admin/journal</td><td>messages as JSON and hex; ?since=SEQ, ?command=, ?application=,
 *     ?avp=PATH with ?equals= / ?matches= / ?present=, ?limit=</td></tr>
 * <tr><td>POST /__admin/journal/find</td><td>same, with a JSON filter body (a request pattern)</td></tr>
 * <tr><td>DELETE /__admin/journal</td><td>clear it</td></tr>
 * <tr><td>GET /__admin/journal.pcap</td><td>download it as pcap</td></tr>
 * <tr><td>GET /__admin/connections</td><td>connections with peer identity and watchdog state</td></tr>
 * <tr><td>POST /__admin/connections/{id}/send</td><td>send a request (RAR, ASR...), return its answer</td></tr>
 * <tr><td>GET /__admin/schema</td><td>the JSON Schema of rules</td></tr>
 * <tr><td>POST /__admin/reset</td><td>rules, scenarios and journal back to the start</td></tr>
 * <tr><td>POST /__admin/shutdown</td><td>stop the server (DPR to peers, then close)</td></tr>
 * </table>
 */
public final class AdminServer implements AutoCloseable {
    /** The path prefix. */
    public static final String PREFIX = "/__admin";
    /** Largest number of journal entries one response carries. */
    public static final int MAX_JOURNAL_LIMIT = 10_000;
    /** Longest wait for an answer to a request sent through the API. */
    public static final Duration MAX_SEND_TIMEOUT = Duration.ofMinutes(2);

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final int THREADS = 4;
    private static final int QUEUE = 64;

    private final HttpServer http;
    private final ExecutorService executor;
    private final RuleStore rules;
    private final JsonRules reader;
    private final ServerControl control;
    private final Consumer<String> log;

    private AdminServer(HttpServer http, ExecutorService executor, RuleStore rules, JsonRules reader,
                        ServerControl control, Consumer<String> log) {
        this.http = http;
        this.executor = executor;
        this.rules = rules;
        this.reader = reader;
        this.control = control;
        this.log = log;
    }

    /**
     * Starts the admin API.
     *
     * @param address where to listen (loopback unless the user said otherwise)
     * @param rules   the server's JSON rules
     * @param reader  reads JSON rules and messages with the server's dictionary
     * @param control the rest of the server
     * @param log     where to report handler failures
     */
    public static AdminServer start(InetSocketAddress address, RuleStore rules, JsonRules reader,
                                    ServerControl control, Consumer<String> log) throws IOException {
        Objects.requireNonNull(rules, "rules");
        Objects.requireNonNull(reader, "reader");
        Objects.requireNonNull(control, "control");
        HttpServer http = HttpServer.create(address, 16);
        AtomicInteger n = new AtomicInteger();
        ThreadPoolExecutor executor = new ThreadPoolExecutor(THREADS, THREADS, 30, TimeUnit.SECONDS,
                new LinkedBlockingQueue<>(QUEUE), r -> {
                    Thread t = new Thread(r, "admin-http:" + address.getPort() + "-" + n.incrementAndGet());
                    t.setDaemon(true);
                    return t;
                }, new ThreadPoolExecutor.AbortPolicy());
        executor.allowCoreThreadTimeOut(true);
        http.setExecutor(executor);
        AdminServer server = new AdminServer(http, executor, rules, reader, control, log);
        http.createContext(PREFIX, server::handle);
        http.start();
        return server;
    }

    /** The address it listens on. */
    public InetSocketAddress address() {
        return http.getAddress();
    }

    /** Stops listening and ends its threads. */
    @Override
    public void close() {
        http.stop(0);
        executor.shutdownNow();
    }

    // ---- dispatch ----

    /** An HTTP error with a JSON body. */
    static final class HttpError extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final int status;
        final String field;

        HttpError(int status, String message) {
            this(status, message, null);
        }

        HttpError(int status, String message, String field) {
            super(message);
            this.status = status;
            this.field = field;
        }
    }

    private record Reply(int status, String contentType, byte[] body, Runnable after) {
        Reply(int status, String contentType, byte[] body) {
            this(status, contentType, body, null);
        }

        static Reply json(int status, JsonNode body) {
            return new Reply(status, "application/json", Json.write(body).getBytes(StandardCharsets.UTF_8));
        }
    }

    private void handle(HttpExchange ex) throws IOException {
        Reply reply;
        try {
            reply = route(ex);
        } catch (HttpError e) {
            reply = error(e.status, e.getMessage(), e.field);
        } catch (JsonFormatException e) {
            reply = error(400, e.getMessage(), e.path());
        } catch (IllegalArgumentException | IllegalStateException e) {
            reply = error(400, e.getMessage(), null);
        } catch (RuntimeException e) {
            log.accept("admin API: " + ex.getRequestMethod() + " " + ex.getRequestURI() + " failed: " + e);
            reply = error(500, "internal error: " + e, null);
        }
        try (ex) {
            if (reply.after() != null) {
                ex.getResponseHeaders().set("Connection", "close");
            }
            ex.getResponseHeaders().set("Content-Type", reply.contentType());
            ex.getResponseHeaders().set("Cache-Control", "no-store");
            if (reply.body().length == 0) {
                ex.sendResponseHeaders(reply.status(), -1);
            } else {
                ex.sendResponseHeaders(reply.status(), reply.body().length);
                try (OutputStream out = ex.getResponseBody()) {
                    out.write(reply.body());
                }
            }
        } finally {
            if (reply.after() != null) {
                reply.after().run();
            }
        }
    }

    private static Reply error(int status, String message, String field) {
        ObjectNode o = NODES.objectNode();
        o.put("status", status);
        o.put("error", message);
        if (field != null) {
            o.put("field", field);
        }
        return Reply.json(status, o);
    }

    private Reply route(HttpExchange ex) throws IOException {
        String method = ex.getRequestMethod();
        String path = ex.getRequestURI().getRawPath().replaceAll("/{2,}", "/");
        if (!path.startsWith(PREFIX)) {
            throw new HttpError(404, "not found: " + path);
        }
        String rest = path.substring(PREFIX.length());
        if (rest.endsWith("/") && rest.length() > 1) {
            rest = rest.substring(0, rest.length() - 1);
        }
        String[] seg = rest.isEmpty() || rest.equals("/") ? new String[0] : rest.substring(1).split("/", -1);
        Map<String, String> query = query(ex.getRequestURI());
        if (seg.length == 0) {
            requireMethod(method, "GET");
            return Reply.json(200, index());
        }
        switch (seg[0]) {
            case "rules":
                if (seg.length == 1) {
                    switch (method) {
                        case "GET": return Reply.json(200, listRules());
                        case "POST": return Reply.json(201, addRules(body(ex)));
                        case "DELETE": return Reply.json(200, count("removed", rules.clear()));
                        default: throw methodNotAllowed(method, "GET, POST, DELETE");
                    }
                }
                if (seg.length == 2) {
                    long id = ruleId(seg[1]);
                    switch (method) {
                        case "GET": return Reply.json(200, render(rules.get(id).orElseThrow(() -> noRule(id))));
                        case "PUT": return Reply.json(200, replaceRule(id, body(ex)));
                        case "DELETE":
                            if (!rules.remove(id)) {
                                throw noRule(id);
                            }
                            return Reply.json(200, count("removed", 1));
                        default: throw methodNotAllowed(method, "GET, PUT, DELETE");
                    }
                }
                break;
            case "journal":
                if (seg.length == 1) {
                    switch (method) {
                        case "GET": return Reply.json(200, journal(query, queryFilter(query)));
                        case "DELETE": return Reply.json(200, count("removed", control.clearJournal()));
                        default: throw methodNotAllowed(method, "GET, DELETE");
                    }
                }
                if (seg.length == 2 && seg[1].equals("find")) {
                    requireMethod(method, "POST");
                    JsonNode body = body(ex);
                    return Reply.json(200, journal(query, reader.messageFilter(body)));
                }
                break;
            case "journal.pcap":
                if (seg.length == 1) {
                    requireMethod(method, "GET");
                    return new Reply(200, "application/vnd.tcpdump.pcap", control.journalPcap());
                }
                break;
            case "connections":
                if (seg.length == 1) {
                    requireMethod(method, "GET");
                    return Reply.json(200, control.connections());
                }
                if (seg.length == 3 && seg[2].equals("send")) {
                    requireMethod(method, "POST");
                    return Reply.json(200, send(decode(seg[1]), query, body(ex)));
                }
                break;
            case "schema":
                if (seg.length == 1) {
                    requireMethod(method, "GET");
                    return new Reply(200, "application/schema+json", schema());
                }
                break;
            case "reset":
                if (seg.length == 1) {
                    requireMethod(method, "POST");
                    control.reset();
                    return Reply.json(200, NODES.objectNode().put("reset", true));
                }
                break;
            case "shutdown":
                if (seg.length == 1) {
                    requireMethod(method, "POST");
                    Reply r = Reply.json(202, NODES.objectNode().put("shuttingDown", true));
                    return new Reply(r.status(), r.contentType(), r.body(), control::shutdown);
                }
                break;
            default:
                break;
        }
        throw new HttpError(404, "no such admin endpoint: " + method + " " + path + "; GET " + PREFIX
                + "/ lists them");
    }

    /** Where the JSON Schema of rules is, on the class path. */
    public static final String SCHEMA_RESOURCE = "/io/diameterharness/standalone/diameter-harness-rules.schema.json";

    private static byte[] schema() throws IOException {
        try (InputStream in = AdminServer.class.getResourceAsStream(SCHEMA_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("schema missing from the jar: " + SCHEMA_RESOURCE);
            }
            return in.readAllBytes();
        }
    }

    private static ObjectNode index() {
        ObjectNode o = NODES.objectNode();
        ArrayNode e = o.putArray("endpoints");
        for (String s : List.of("GET /__admin/", "GET /__admin/rules", "POST /__admin/rules",
                "DELETE /__admin/rules", "GET /__admin/rules/{id}", "PUT /__admin/rules/{id}",
                "DELETE /__admin/rules/{id}",
                "GET /__admin/journal?since=&command=&application=&avp=&equals=&matches=&present=&limit=",
                "POST /__admin/journal/find", "DELETE /__admin/journal", "GET /__admin/journal.pcap",
                "GET /__admin/connections", "POST /__admin/connections/{id}/send?timeoutMs=",
                "GET /__admin/schema", "POST /__admin/reset", "POST /__admin/shutdown")) {
            e.add(s);
        }
        return o;
    }

    private static void requireMethod(String method, String allowed) {
        if (!method.equals(allowed)) {
            throw methodNotAllowed(method, allowed);
        }
    }

    private static HttpError methodNotAllowed(String method, String allowed) {
        return new HttpError(405, "method " + method + " not allowed here; use " + allowed);
    }

    private static HttpError noRule(long id) {
        return new HttpError(404, "no rule with id " + id + " (GET " + PREFIX + "/rules lists them)");
    }

    private static long ruleId(String text) {
        try {
            long id = Long.parseLong(text);
            if (id > 0) {
                return id;
            }
        } catch (NumberFormatException ignored) {
            // below
        }
        throw new HttpError(400, "a rule id is a positive number, got \"" + decode(text) + "\"");
    }

    private static ObjectNode count(String what, int n) {
        return NODES.objectNode().put(what, n);
    }

    // ---- bodies and queries ----

    private static JsonNode body(HttpExchange ex) throws IOException {
        String length = ex.getRequestHeaders().getFirst("Content-Length");
        if (length != null) {
            long n;
            try {
                n = Long.parseLong(length.trim());
            } catch (NumberFormatException e) {
                throw new HttpError(400, "bad Content-Length: " + length);
            }
            if (n > Json.MAX_DOCUMENT_BYTES) {
                drain(ex);
                throw new HttpError(413, "request body of " + n + " bytes is larger than the limit of "
                        + Json.MAX_DOCUMENT_BYTES);
            }
        }
        byte[] bytes;
        try (InputStream in = ex.getRequestBody()) {
            bytes = in.readNBytes(Json.MAX_DOCUMENT_BYTES + 1);
        }
        if (bytes.length > Json.MAX_DOCUMENT_BYTES) {
            drain(ex);
            throw new HttpError(413, "request body is larger than the limit of " + Json.MAX_DOCUMENT_BYTES + " bytes");
        }
        if (bytes.length == 0) {
            throw new HttpError(400, "expected a JSON body");
        }
        return Json.parse(bytes);
    }

    /** Most bytes of an oversized body read and thrown away, so the client sees the 413 (then the connection closes). */
    private static final long MAX_DRAIN = 64L << 20;

    private static void drain(HttpExchange ex) throws IOException {
        try (InputStream in = ex.getRequestBody()) {
            long left = MAX_DRAIN;
            byte[] buf = new byte[64 * 1024];
            int n;
            while (left > 0 && (n = in.read(buf, 0, (int) Math.min(buf.length, left))) > 0) {
                left -= n;
            }
        }
    }

    private static Map<String, String> query(URI uri) {
        Map<String, String> out = new LinkedHashMap<>();
        String raw = uri.getRawQuery();
        if (raw == null || raw.isEmpty()) {
            return out;
        }
        for (String pair : raw.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String k = decode(eq < 0 ? pair : pair.substring(0, eq));
            String v = eq < 0 ? "" : decode(pair.substring(eq + 1));
            if (out.put(k, v) != null) {
                throw new HttpError(400, "query parameter \"" + k + "\" given twice");
            }
        }
        return out;
    }

    private static String decode(String s) {
        try {
            return URLDecoder.decode(s, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new HttpError(400, "bad percent-encoding in \"" + s + "\"");
        }
    }

    private static long queryNumber(Map<String, String> q, String name, long dflt, long min, long max) {
        String v = q.get(name);
        if (v == null) {
            return dflt;
        }
        try {
            long n = Long.parseLong(v.trim());
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException ignored) {
            // below
        }
        throw new HttpError(400, "query parameter \"" + name + "\" must be a number from " + min + " to " + max
                + ", got \"" + v + "\"", "?" + name);
    }

    // ---- rules ----

    private ObjectNode listRules() {
        ObjectNode o = NODES.objectNode();
        ArrayNode arr = o.putArray("rules");
        for (StoredRule r : rules.list()) {
            arr.add(render(r));
        }
        return o;
    }

    private static ObjectNode render(StoredRule r) {
        ObjectNode o = NODES.objectNode();
        o.put("id", r.id());
        if (r.rule().name() != null) {
            o.put("name", r.rule().name());
        }
        o.put("description", r.rule().rule().toString());
        o.set("rule", r.rule().json());
        return o;
    }

    private ObjectNode addRules(JsonNode body) {
        List<ParsedRule> parsed = reader.parseDocument(body);
        List<StoredRule> added = rules.addAll(parsed);
        ObjectNode o = NODES.objectNode();
        ArrayNode arr = o.putArray("rules");
        for (StoredRule r : added) {
            arr.add(render(r));
        }
        return o;
    }

    private ObjectNode replaceRule(long id, JsonNode body) {
        ParsedRule next = reader.parseRule(body);
        if (!rules.replace(id, next)) {
            throw noRule(id);
        }
        return render(rules.get(id).orElseThrow(() -> noRule(id)));
    }

    // ---- journal ----

    private static final java.util.Set<String> JOURNAL_PARAMS = java.util.Set.of("since", "limit", "command",
            "application", "avp", "equals", "matches", "present");

    private RequestPattern queryFilter(Map<String, String> q) {
        for (String k : q.keySet()) {
            if (!JOURNAL_PARAMS.contains(k)) {
                throw new HttpError(400, "unknown query parameter \"" + k + "\""
                        + io.diameterharness.standalone.json.Suggestions.hint(k, JOURNAL_PARAMS)
                        + " (known: " + String.join(", ", new java.util.TreeSet<>(JOURNAL_PARAMS)) + ")", "?" + k);
            }
        }
        ObjectNode f = NODES.objectNode();
        if (q.containsKey("command")) {
            f.set("command", numberOrText(q.get("command")));
        }
        if (q.containsKey("application")) {
            f.set("application", numberOrText(q.get("application")));
        }
        boolean conditionGiven = q.containsKey("equals") || q.containsKey("matches") || q.containsKey("present");
        if (q.containsKey("avp")) {
            ObjectNode c = f.putArray("avps").addObject();
            c.put("avp", q.get("avp"));
            if (q.containsKey("equals")) {
                c.set("equals", typedForLeaf(q.get("avp"), q.get("equals")));
            }
            if (q.containsKey("matches")) {
                c.put("matches", q.get("matches"));
            }
            if (q.containsKey("present") || !conditionGiven) {
                String p = q.getOrDefault("present", "true");
                if (!p.equals("true") && !p.equals("false")) {
                    throw new HttpError(400, "query parameter \"present\" must be true or false, got \"" + p + "\"",
                            "?present");
                }
                c.put("present", Boolean.parseBoolean(p));
            }
        } else if (conditionGiven) {
            throw new HttpError(400, "equals, matches and present need avp=PATH (e.g. avp=Subscription-Id/"
                    + "Subscription-Id-Data)", "?avp");
        }
        if (f.isEmpty()) {
            return null;
        }
        try {
            return reader.messageFilter(f);
        } catch (JsonFormatException e) {
            throw new HttpError(400, "query: " + e.problem(), queryField(e.path()));
        }
    }

    private static String queryField(String jsonPath) {
        if (jsonPath.contains(".avps[0].")) {
            return "?" + jsonPath.substring(jsonPath.lastIndexOf('.') + 1);
        }
        if (jsonPath.contains(".avps[0]")) {
            return "?avp";
        }
        return "?" + jsonPath.substring(jsonPath.lastIndexOf('.') + 1);
    }

    /** Query values are text: a number-looking value for a numeric AVP is taken as a number. */
    private JsonNode typedForLeaf(String path, String value) {
        String leaf = path.substring(path.lastIndexOf('/') + 1).trim();
        var key = reader.vocabulary().avp(leaf);
        if (key.isPresent()) {
            switch (key.get().type()) {
                case UTF8_STRING: case DIAMETER_IDENTITY: case IP_FILTER_RULE: case QOS_FILTER_RULE:
                case OCTET_STRING: case ADDRESS: case TIME: case DIAMETER_URI:
                    return NODES.textNode(value);
                case FLOAT32: case FLOAT64:
                    try {
                        return NODES.numberNode(Double.parseDouble(value));
                    } catch (NumberFormatException e) {
                        return NODES.textNode(value);
                    }
                default:
                    break;
            }
        }
        return numberOrText(value);
    }

    /** A number-looking value as a number, else text. */
    private static JsonNode numberOrText(String v) {
        if (v.matches("-?[0-9]{1,19}")) {
            return NODES.numberNode(new java.math.BigInteger(v));
        }
        return NODES.textNode(v);
    }

    private JsonNode journal(Map<String, String> q, RequestPattern filter) {
        long since = queryNumber(q, "since", 0, 0, Long.MAX_VALUE);
        int limit = (int) queryNumber(q, "limit", MAX_JOURNAL_LIMIT, 1, MAX_JOURNAL_LIMIT);
        return control.journal(since, filter, limit);
    }

    // ---- send ----

    private JsonNode send(String connection, Map<String, String> q, JsonNode body) {
        long timeoutMs = queryNumber(q, "timeoutMs", 5000, 1, MAX_SEND_TIMEOUT.toMillis());
        DiameterMessage request = reader.message(Field.root(body), true);
        if (!request.isRequest()) {
            throw new JsonFormatException("$.request", "the admin API sends requests; the peer's answer is returned");
        }
        java.util.concurrent.CompletableFuture<JsonNode> answer;
        try {
            answer = control.send(connection, request, Duration.ofMillis(timeoutMs));
        } catch (IllegalArgumentException e) {
            throw new HttpError(404, e.getMessage());
        }
        try {
            return answer.get(timeoutMs + 1000, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw new HttpError(504, "no answer on connection " + connection + " within " + timeoutMs + " ms");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new HttpError(503, "interrupted while waiting for the answer");
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            if (c instanceof TimeoutException) {
                throw new HttpError(504, "no answer on connection " + connection + " within " + timeoutMs + " ms");
            }
            if (c instanceof IllegalArgumentException) {
                throw new HttpError(404, c.getMessage());
            }
            throw new HttpError(502, "sending on connection " + connection + " failed: " + c);
        }
    }
}
