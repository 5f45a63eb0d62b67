package io.diameterharness.standalone.rules;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.diameterharness.dictionary.Dictionary;
import io.diameterharness.standalone.json.Json;
import io.diameterharness.standalone.json.TableVocabulary;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The published JSON Schema and the parser agree: on the examples, on valid and invalid rules, on field names. */
class RuleSchemaTest {
    static final String SCHEMA = "/io/diameterharness/standalone/diameter-harness-rules.schema.json";
    private static final JsonRules RULES = new JsonRules(TableVocabulary.fromDictionary(Dictionary.builtIn()));

    private static JsonNode schemaJson() throws Exception {
        try (InputStream in = RuleSchemaTest.class.getResourceAsStream(SCHEMA)) {
            return Json.parse(in);
        }
    }

    private static JsonSchema schema() throws Exception {
        return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(schemaJson());
    }

    static Path examples() {
        String dir = System.getProperty("standalone.examples");
        return dir != null ? Path.of(dir) : Path.of("examples");
    }

    @Test
    void everyExampleFileIsValidForTheSchemaAndTheParser() throws Exception {
        JsonSchema schema = schema();
        List<Path> files;
        try (Stream<Path> s = Files.walk(examples())) {
            files = s.filter(p -> p.toString().endsWith(".json")).sorted().collect(Collectors.toList());
        }
        assertThat(files, is(not(empty())));
        for (Path f : files) {
            JsonNode doc = Json.parse(Files.readAllBytes(f));
            Set<ValidationMessage> errors = schema.validate(doc);
            assertThat(f + " " + errors, errors, is(empty()));
            assertThat(f.toString(), RULES.parseDocument(doc), is(not(empty())));
        }
    }

    @Test
    void rulesThatParseAreValidAndRulesThatFailAreInvalid() throws Exception {
        JsonSchema schema = schema();
        List<String> valid = List.of(
                "{\"action\": \"drop\"}",
                "{\"request\": {\"command\": 272, \"retransmitted\": false}, \"action\": {\"close\": {\"after\": {\"answer\": {}}}}}",
                "{\"request\": {\"anyOf\": [{\"command\": \"DWR\"}, {\"not\": {\"application\": 4}}]}, \"action\": {\"drop\": true}}",
                "{\"sequence\": [{\"answer\": {\"resultCode\": 3004}, \"times\": 2}, {\"twice\": {\"answer\": {}}}]}",
                "{\"onlyNth\": 2, \"scenario\": {\"name\": \"s\", \"setState\": \"x\"}, \"action\": {\"unknownHopByHop\": {\"answer\": {}}}}",
                "{\"action\": {\"send\": {\"command\": \"CCA\", \"avps\": [{\"code\": 1, \"hex\": \"00\"}]}}}",
                "{\"action\": {\"answer\": {\"experimentalResult\": {\"vendorId\": 10415, \"code\": 5030},"
                        + " \"failedAvps\": [\"Session-Id\", {\"name\": \"Origin-Host\", \"value\": \"x\"}]}}}");
        for (String v : valid) {
            JsonNode doc = Json.parse(v);
            assertThat(v + " " + schema.validate(doc), schema.validate(doc), is(empty()));
            RULES.parseDocument(doc);
        }
        List<String> invalid = List.of(
                "{\"request\": {}}",
                "{\"action\": \"dorp\"}",
                "{\"action\": {\"answer\": {\"reslutCode\": 1}}}",
                "{\"action\": \"drop\", \"sequence\": [\"drop\"]}",
                "{\"onlyNth\": 0, \"action\": \"drop\"}",
                "{\"request\": {\"avps\": [{\"avp\": \"Session-Id\"}]}, \"action\": \"drop\"}",
                "{\"action\": {\"delay\": {\"ms\": -1, \"then\": \"drop\"}}}");
        for (String i : invalid) {
            JsonNode doc = Json.parse(i);
            assertThat(i, schema.validate(doc), is(not(empty())));
            org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                    () -> RULES.parseDocument(doc), i);
        }
    }

    @Test
    void schemaNamesTheSameFieldsAsTheParser() throws Exception {
        JsonNode defs = schemaJson().get("$defs");
        assertThat(keys(defs.get("rule")), equalTo(JsonRules.RULE_FIELDS));
        assertThat(keys(defs.get("pattern")), equalTo(JsonRules.PATTERN_FIELDS));
        assertThat(keys(defs.get("condition")), equalTo(JsonRules.CONDITION_FIELDS));
        assertThat(keys(defs.get("rule").get("properties").get("scenario")), equalTo(JsonRules.SCENARIO_FIELDS));
        assertThat(keys(defs.get("answer")), equalTo(JsonRules.ANSWER_FIELDS));
        assertThat(keys(defs.get("message")), equalTo(JsonRules.MESSAGE_FIELDS));
        Set<String> actions = new HashSet<>(keys(defs.get("actionObject")));
        actions.remove("times");
        assertThat(actions, equalTo(JsonRules.ACTIONS));
        List<String> plain = new ArrayList<>();
        defs.get("plainAction").get("enum").forEach(n -> plain.add(n.asText()));
        assertThat(new HashSet<>(plain), equalTo(JsonRules.PLAIN_ACTIONS));
    }

    private static Set<String> keys(JsonNode objectSchema) {
        Set<String> out = new HashSet<>();
        objectSchema.get("properties").fieldNames().forEachRemaining(out::add);
        return out;
    }
}
