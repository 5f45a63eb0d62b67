package io.diameterharness.standalone.json;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class JsonTest {

    @Test
    void refusesNestingDeeperThanTheLimit() {
        String deep = "[".repeat(Json.MAX_NESTING + 1) + "]".repeat(Json.MAX_NESTING + 1);
        JsonFormatException e = assertThrows(JsonFormatException.class, () -> Json.parse(deep));
        assertThat(e.problem(), containsString("nesting depth"));
        Json.parse("[".repeat(Json.MAX_NESTING) + "]".repeat(Json.MAX_NESTING));
    }

    @Test
    void refusesDocumentsLargerThanTheLimit() {
        byte[] big = ("\"" + "x".repeat(Json.MAX_DOCUMENT_BYTES) + "\"").getBytes();
        JsonFormatException e = assertThrows(JsonFormatException.class, () -> Json.parse(big));
        assertThat(e.problem(), containsString("larger than the limit"));
    }

    @Test
    void refusesDuplicateKeysAndBrokenSyntaxWithALocation() {
        assertThat(assertThrows(JsonFormatException.class, () -> Json.parse("{\"a\": 1, \"a\": 2}")).problem(),
                containsString("Duplicate field 'a'"));
        assertThat(assertThrows(JsonFormatException.class, () -> Json.parse("{\"a\": }")).problem(),
                containsString("line 1, column"));
        assertThat(assertThrows(JsonFormatException.class, () -> Json.parse("")).problem(),
                containsString("empty document"));
    }

    @Test
    void suggestsNamesWithinASmallEditDistance() {
        List<String> known = List.of("Subscription-Id", "Subscription-Id-Data", "Subscription-Id-Type", "Session-Id");
        assertThat(Suggestions.closest("subscripton-id", known, 3).get(0), is("Subscription-Id"));
        assertThat(Suggestions.closest("Sesion-Id", known, 1), contains("Session-Id"));
        assertThat(Suggestions.closest("Rating-Group", known, 3), is(empty()));
        assertThat(Suggestions.hint("zzz", known), is(""));
    }
}
