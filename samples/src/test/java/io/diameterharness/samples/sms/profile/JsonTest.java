package io.diameterharness.samples.sms.profile;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The profile client's small JSON reader. */
class JsonTest {

    @Test
    void readsEveryKindOfValue() {
        Object parsed = Json.parse(" {\"s\":\"a\\\"b\\u00e9\\n\", \"n\": -1.5e2, \"t\": true, \"f\": false, \"z\": null,"
                + " \"a\": [1, {\"x\": []}, \"y\"], \"o\": {}} ");

        Map<String, Object> expected = new LinkedHashMap<>();
        expected.put("s", "a\"b\u00e9\n");
        expected.put("n", new BigDecimal("-1.5e2"));
        expected.put("t", true);
        expected.put("f", false);
        expected.put("z", null);
        expected.put("a", Arrays.asList(new BigDecimal("1"), Map.of("x", List.of()), "y"));
        expected.put("o", Map.of());
        assertThat(parsed, equalTo(expected));
    }

    @Test
    void rejectsMalformedTextNamingTheOffset() {
        assertThat(assertThrows(IllegalArgumentException.class, () -> Json.parse("{\"a\" 1}")).getMessage(),
                containsString("offset 5: expected ':'"));
        assertThat(assertThrows(IllegalArgumentException.class, () -> Json.parse("{} x")).getMessage(),
                containsString("after the JSON value"));
        assertThat(assertThrows(IllegalArgumentException.class, () -> Json.parse("[01]")).getMessage(),
                containsString("bad number '01'"));
        assertThat(assertThrows(IllegalArgumentException.class, () -> Json.parse("\"abc")).getMessage(),
                containsString("unexpected end of input"));
        assertThat(assertThrows(IllegalArgumentException.class, () -> Json.parse("[tru]")).getMessage(),
                containsString("expected 'true'"));
        assertThat(assertThrows(IllegalArgumentException.class, () -> Json.parse("[".repeat(100))).getMessage(),
                containsString("nesting deeper than 64"));
    }
}
