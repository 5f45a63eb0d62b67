package io.diameterharness.standalone.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * The one JSON reader and writer of the standalone server, with limits: a document of at most
 * {@value #MAX_DOCUMENT_BYTES} bytes, nesting at most {@value #MAX_NESTING} deep, strings at most
 * {@value #MAX_STRING_LENGTH} characters, numbers at most {@value #MAX_NUMBER_LENGTH} digits, and
 * no duplicate keys. What breaks a limit is refused with a {@link JsonFormatException}.
 */
public final class Json {
    /** Largest JSON document accepted, in bytes. */
    public static final int MAX_DOCUMENT_BYTES = 1 << 20;
    /** Deepest nesting of objects and arrays accepted. */
    public static final int MAX_NESTING = 64;
    /** Longest string accepted. */
    public static final int MAX_STRING_LENGTH = 256 * 1024;
    /** Longest number accepted, in characters. */
    public static final int MAX_NUMBER_LENGTH = 100;

    private static final ObjectMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
                    .streamReadConstraints(StreamReadConstraints.builder()
                            .maxNestingDepth(MAX_NESTING)
                            .maxDocumentLength(MAX_DOCUMENT_BYTES)
                            .maxStringLength(MAX_STRING_LENGTH)
                            .maxNumberLength(MAX_NUMBER_LENGTH)
                            .maxNameLength(1024)
                            .build())
                    .build())
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .disable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();

    private Json() {
    }

    /** The shared mapper (thread-safe). */
    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /** Parses a document from text; a syntax error or a broken limit is a {@link JsonFormatException}. */
    public static JsonNode parse(String text) {
        return parse(text.getBytes(StandardCharsets.UTF_8));
    }

    /** Parses a document from bytes (UTF-8). */
    public static JsonNode parse(byte[] bytes) {
        if (bytes.length > MAX_DOCUMENT_BYTES) {
            throw new JsonFormatException("$", "document of " + bytes.length + " bytes is larger than the limit of "
                    + MAX_DOCUMENT_BYTES);
        }
        try {
            JsonNode n = MAPPER.readTree(bytes);
            if (n == null || n.isMissingNode()) {
                throw new JsonFormatException("$", "empty document: expected JSON");
            }
            return n;
        } catch (JsonProcessingException e) {
            throw new JsonFormatException("$", "not valid JSON: " + e.getOriginalMessage()
                    + (e.getLocation() != null ? " (line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr() + ")" : ""));
        } catch (IOException e) {
            throw new JsonFormatException("$", "cannot read JSON: " + e.getMessage());
        }
    }

    /** Parses a document from a stream, reading at most {@link #MAX_DOCUMENT_BYTES} + 1 bytes. */
    public static JsonNode parse(InputStream in) throws IOException {
        byte[] bytes = in.readNBytes(MAX_DOCUMENT_BYTES + 1);
        return parse(bytes);
    }

    /** Pretty-printed JSON text. */
    public static String write(JsonNode node) {
        try {
            return MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }
}
