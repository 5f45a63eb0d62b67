package io.diameterharness.standalone.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A JSON node with the path it was reached by, so that every complaint about it says where it is.
 * Reading helpers check the JSON type and range and fail with a {@link JsonFormatException}.
 */
public final class Field {
    private final JsonNode node;
    private final String path;

    private Field(JsonNode node, String path) {
        this.node = Objects.requireNonNull(node, "node");
        this.path = path;
    }

    /** The root of a document ({@code $}). */
    public static Field root(JsonNode node) {
        return new Field(node, "$");
    }

    /** The node. */
    public JsonNode node() {
        return node;
    }

    /** The path, e.g. {@code $.request.avps[0]}. */
    public String path() {
        return path;
    }

    /** A failure about this node. */
    public JsonFormatException error(String problem) {
        return new JsonFormatException(path, problem);
    }

    /** Whether this is a JSON object. */
    public boolean isObject() {
        return node.isObject();
    }

    /** Whether this is a JSON string. */
    public boolean isText() {
        return node.isTextual();
    }

    /** Whether this is a JSON number. */
    public boolean isNumber() {
        return node.isNumber();
    }

    /** Requires a JSON object whose keys are all among {@code allowed}; suggests the nearest for others. */
    public Field object(Set<String> allowed) {
        if (!node.isObject()) {
            throw error("expected an object, got " + kind(node));
        }
        Iterator<String> names = node.fieldNames();
        while (names.hasNext()) {
            String n = names.next();
            if (!allowed.contains(n)) {
                throw child(n).error("unknown field \"" + n + "\"" + Suggestions.hint(n, allowed)
                        + " (allowed here: " + String.join(", ", new java.util.TreeSet<>(allowed)) + ")");
            }
        }
        return this;
    }

    /** The child field, or {@code null} when absent or JSON null. */
    public Field get(String name) {
        JsonNode n = node.get(name);
        return n == null || n.isNull() ? null : child(name, n);
    }

    /** Whether the object has this field (not null). */
    public boolean has(String name) {
        return get(name) != null;
    }

    /** The child field; fails when absent. */
    public Field require(String name) {
        Field f = get(name);
        if (f == null) {
            throw new JsonFormatException(path, "missing required field \"" + name + "\"");
        }
        return f;
    }

    private Field child(String name) {
        return new Field(node.path(name), path + "." + name);
    }

    private Field child(String name, JsonNode n) {
        return new Field(n, path + "." + name);
    }

    /** The elements of a JSON array. */
    public List<Field> elements() {
        if (!node.isArray()) {
            throw error("expected an array, got " + kind(node));
        }
        List<Field> out = new ArrayList<>(node.size());
        for (int i = 0; i < node.size(); i++) {
            out.add(new Field(node.get(i), path + "[" + i + "]"));
        }
        return out;
    }

    /** A JSON string. */
    public String text() {
        if (!node.isTextual()) {
            throw error("expected a string, got " + kind(node));
        }
        return node.textValue();
    }

    /** A non-empty JSON string. */
    public String nonEmptyText() {
        String t = text();
        if (t.isBlank()) {
            throw error("expected a non-empty string");
        }
        return t;
    }

    /** A JSON boolean. */
    public boolean bool() {
        if (!node.isBoolean()) {
            throw error("expected true or false, got " + kind(node));
        }
        return node.booleanValue();
    }

    /** A JSON integer in {@code [min, max]}. */
    public long integer(long min, long max) {
        if (!node.isIntegralNumber()) {
            throw error("expected an integer, got " + kind(node));
        }
        BigInteger v = node.bigIntegerValue();
        if (v.compareTo(BigInteger.valueOf(min)) < 0 || v.compareTo(BigInteger.valueOf(max)) > 0) {
            throw error("expected an integer from " + min + " to " + max + ", got " + v);
        }
        return v.longValue();
    }

    /** A short description of a node's JSON type and value, for messages. */
    public static String kind(JsonNode n) {
        String text = n.toString();
        if (text.length() > 40) {
            text = text.substring(0, 37) + "...";
        }
        String type = n.isObject() ? "an object" : n.isArray() ? "an array" : n.isTextual() ? "a string"
                : n.isNumber() ? "a number" : n.isBoolean() ? "a boolean" : n.isNull() ? "null" : "a value";
        return type + " " + text;
    }
}
