package io.diameterharness.standalone.json;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.diameterharness.codec.AddressValue;
import io.diameterharness.codec.Avp;
import io.diameterharness.dictionary.Avps;
import java.math.BigInteger;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class AvpJsonTest {
    private static final TableVocabulary NAMES = TableVocabulary.fromDictionary(io.diameterharness.dictionary.Dictionary.builtIn());
    private static final AvpJson AVPS = new AvpJson(NAMES);

    private static Avp avp(String json) {
        return AVPS.avp(Field.root(Json.parse(json)));
    }

    private static JsonFormatException failure(String json) {
        return assertThrows(JsonFormatException.class, () -> avp(json));
    }

    @Test
    void valuesAreEncodedByTheAvpsDictionaryType() {
        assertThat(avp("{\"name\": \"Host-IP-Address\", \"value\": \"10.0.0.1\"}"),
                equalTo(Avps.HOST_IP_ADDRESS.avp(AddressValue.parse("10.0.0.1"))));
        assertThat(avp("{\"name\": \"Event-Timestamp\", \"value\": \"2026-01-31T12:00:00Z\"}"),
                equalTo(Avps.EVENT_TIMESTAMP.avp(Instant.parse("2026-01-31T12:00:00Z"))));
        assertThat(avp("{\"name\": \"CC-Total-Octets\", \"value\": \"18446744073709551615\"}").asUnsigned64(),
                equalTo(new BigInteger("18446744073709551615")));
        assertThat(avp("{\"name\": \"Class\", \"value\": {\"hex\": \"00ff\"}}"),
                equalTo(Avps.CLASS.avp(new byte[] {0, (byte) 0xff})));
        assertThat(avp("{\"name\": \"Class\", \"value\": \"abc\"}"), equalTo(Avps.CLASS.avp("abc".getBytes())));
        assertThat(avp("{\"name\": \"CC-Request-Type\", \"value\": \"UPDATE_REQUEST\"}").asEnumerated(), is(2));
        assertThat(avp("{\"name\": \"Session-Id\", \"value\": \"a;b\", \"mandatory\": false}").isMandatory(), is(false));
    }

    @Test
    void groupedAndUnknownAvpsAreBuiltFromTheirParts() {
        Avp g = avp("{\"name\": \"Subscription-Id\", \"avps\": [{\"name\": \"Subscription-Id-Type\", \"value\": 0},"
                + " {\"name\": \"Subscription-Id-Data\", \"value\": \"41780000001\"}]}");
        assertThat(g.code(), is(443));
        assertThat(g.asGrouped().get(1).asUtf8String(), is("41780000001"));
        Avp unknown = avp("{\"code\": 65000, \"vendorId\": 10415, \"mandatory\": true, \"hex\": \"cafe\"}");
        assertThat(unknown.isVendorSpecific(), is(true));
        assertThat(unknown.isMandatory(), is(true));
        assertThat(unknown.value(), equalTo(new byte[] {(byte) 0xca, (byte) 0xfe}));
    }

    @Test
    void mistakesNameTheFieldAndTheExpectation() {
        assertThat(failure("{\"name\": \"Host-IP-Address\", \"value\": \"example.com\"}").getMessage(),
                is("$.value: expected Host-IP-Address (Address) as an IPv4 or IPv6 literal, got \"example.com\""));
        assertThat(failure("{\"name\": \"Subscription-Id\", \"value\": \"x\"}").problem(),
                containsString("is Grouped: give its children as \"avps\""));
        assertThat(failure("{\"name\": \"Session-Id\", \"code\": 263, \"value\": \"x\"}").problem(),
                containsString("exactly one of \"name\" or \"code\""));
        assertThat(failure("{\"name\": \"Orgin-Host\", \"value\": \"x\"}").problem(),
                containsString("closest known: Origin-Host"));
        assertThat(failure("{\"name\": \"Session-Id\", \"valeu\": \"x\"}").path(), is("$.valeu"));
        assertThat(failure("{\"code\": 65000, \"value\": 5}").problem(),
                containsString("not in the dictionary: give its value as a string or as \"hex\""));
    }

    @Test
    void rendersKnownAvpsWithTypedValuesLabelsAndHex() {
        ObjectNode o = AVPS.render(Avps.RESULT_CODE.avp(5005L));
        assertThat(Json.write(o), equalTo(Json.write(Json.parse(
                "{\"name\": \"Result-Code\", \"code\": 268, \"flags\": \"M\", \"value\": 5005, \"hex\": \"0000138d\"}"))));
        ObjectNode e = AVPS.render(avp("{\"name\": \"CC-Request-Type\", \"value\": 1}"));
        assertThat(e.get("label").asText(), is("INITIAL_REQUEST"));
        ObjectNode g = AVPS.render(avp("{\"name\": \"Subscription-Id\", \"avps\": [{\"name\": \"Subscription-Id-Data\","
                + " \"value\": \"4178\"}]}"));
        assertThat(g.get("avps").get(0).get("value").asText(), is("4178"));
        ObjectNode unknown = AVPS.render(Avp.builder(65000).vendor(10415).octetString(new byte[] {1}).build());
        assertThat(unknown.has("name"), is(false));
        assertThat(unknown.get("vendorId").asLong(), is(10415L));
        assertThat(unknown.get("flags").asText(), is("V"));
        assertThat(unknown.get("hex").asText(), is("01"));
    }

    @Test
    void rendersMalformedValuesAsAnErrorWithTheirHex() {
        ObjectNode o = AVPS.render(Avp.builder(268).mandatory().octetString(new byte[] {1, 2}).build());
        assertThat(o.has("value"), is(false));
        assertThat(o.get("error").asText().isEmpty(), is(false));
        assertThat(o.get("hex").asText(), is("0102"));
    }
}
