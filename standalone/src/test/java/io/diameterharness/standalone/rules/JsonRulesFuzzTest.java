package io.diameterharness.standalone.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.databind.JsonNode;
import io.diameterharness.dictionary.Dictionary;
import io.diameterharness.standalone.json.Json;
import io.diameterharness.standalone.json.JsonFormatException;
import io.diameterharness.standalone.json.TableVocabulary;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Coverage-guided fuzz test of the JSON rule parser (Jazzer): any bytes sent as rules (admin API or
 * mapping file) yield parsed rules or a {@link JsonFormatException} naming the field; never another
 * exception, and deep nesting or huge documents are refused by the limits. Seeds: the example
 * mappings, whole and rule by rule; regression inputs in
 * {@code src/test/resources/io/diameterharness/standalone/rules/JsonRulesFuzzTestInputs/<method>/}.
 */
// Above the 60 s fuzzing run: JUnit times the whole fuzzing invocation, and Jazzer makes the same
// value its per-input hang limit.
@Timeout(120)
class JsonRulesFuzzTest {
    private static final JsonRules RULES = new JsonRules(TableVocabulary.fromDictionary(Dictionary.builtIn()));

    static Stream<byte[]> seeds() throws IOException {
        List<byte[]> out = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("examples"))) {
            for (Path p : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                byte[] whole = Files.readAllBytes(p);
                out.add(whole);
                JsonNode doc = Json.parse(whole);
                for (JsonNode rule : doc.has("rules") ? doc.get("rules") : doc) {
                    out.add(Json.write(rule).getBytes(java.nio.charset.StandardCharsets.UTF_8));
                }
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return out.stream();
    }

    @MethodSource("seeds")
    @FuzzTest(maxDuration = "60s")
    void anyDocumentYieldsRulesOrAFormatErrorNamingTheField(byte[] input) {
        JsonNode document;
        try {
            document = Json.parse(input);
        } catch (JsonFormatException e) {
            assertNotNull(e.getMessage());
            return;
        }
        try {
            List<JsonRules.ParsedRule> rules = RULES.parseDocument(document);
            for (JsonRules.ParsedRule r : rules) {
                assertNotNull(r.rule());
                assertEquals(r.json(), Json.parse(Json.write(r.json())), "the rule's JSON survives a round trip");
            }
        } catch (JsonFormatException e) {
            assertFalse(e.getMessage().isBlank(), "a format error says what is wrong");
        }
        try {
            RULES.messageFilter(document);
        } catch (JsonFormatException e) {
            assertFalse(e.getMessage().isBlank());
        }
    }
}
