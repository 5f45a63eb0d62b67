package io.diameterharness.dictionary;

import static io.diameterharness.dictionary.Avps.SUBSCRIPTION_ID_DATA;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.diameterharness.codec.Avp;
import io.diameterharness.codec.DiameterMessage;
import java.math.BigInteger;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class RenderAndPathTest {
    private final Dictionary dict = Dictionary.builtIn();

    @Test
    void rendersAMessageAsAnIndentedTreeWithNamesFlagsAndEnumLabels() {
        DiameterMessage m = ValidationTest.ccr().hopByHopId(1).endToEndId(2).build();
        String tree = dict.render(m);
        String[] lines = tree.split("\n");
        assertTrue(lines[0].startsWith("CCR Credit-Control-Request (272) app 4 Diameter Credit Control, flags RP--,"
                + " hbh 0x00000001, e2e 0x00000002, length "), lines[0]);
        assertEquals("  Session-Id (263) -M- \"client.example;1;1\"", lines[1]);
        assertEquals("  CC-Request-Type (416) -M- 4 (EVENT_REQUEST)", lines[7]);
        assertEquals("  Subscription-Id (443) -M-", lines[9]);
        assertEquals("    Subscription-Id-Type (450) -M- 0 (END_USER_E164)", lines[10]);
        assertEquals("    Subscription-Id-Data (444) -M- \"41780000001\"", lines[11]);
    }

    @Test
    void rendersUnknownAvpsByCodeWithRawBytesAndAsAProbableGroup() {
        Avp inner = Avp.builder(1).mandatory().utf8String("x").build();
        Avp unknownGroup = Avp.builder(99999).vendor(12345).grouped(inner).build();
        Avp unknownFlat = Avp.builder(88888).octetString(new byte[] {1, 2}).build();
        DiameterMessage m = ValidationTest.ccr().avp(unknownGroup).avp(unknownFlat).build();
        String tree = dict.render(m);
        assertTrue(tree.contains("  Unknown AVP 99999 vendor 12345 V-- 0x000000014000000978000000\n"
                + "    (probable group)\n"
                + "      User-Name (1) -M- \"x\"\n"), tree);
        assertTrue(tree.contains("  Unknown AVP 88888 --- 0x0102\n"), tree);
    }

    @Test
    void rendersAnInvalidValueWithoutThrowing() {
        Avp bad = Avps.CC_REQUEST_NUMBER.builder().octetString(new byte[] {1, 2, 3}).build();
        assertTrue(dict.render(bad).startsWith("CC-Request-Number (415) -M- <invalid Unsigned32: "), dict.render(bad));
    }

    @Test
    void resolvesAPathThroughGroupedAvpsToEveryOccurrence() {
        DiameterMessage m = ValidationTest.ccr().avp(ValidationTest.subscription("41780000002")).build();
        List<Avp> found = dict.find(m, "Subscription-Id/Subscription-Id-Data");
        assertEquals(2, found.size());
        assertEquals("41780000001", SUBSCRIPTION_ID_DATA.read(found.get(0)));
        assertEquals("41780000002", SUBSCRIPTION_ID_DATA.read(found.get(1)));
        assertEquals(found, dict.find(m, "subscription-id/SUBSCRIPTION-ID-DATA"));
        assertEquals(found, dict.find(m, "443/444"), "codes work for AVPs the dictionary lacks");
        assertEquals(List.of(), dict.find(m, "Multiple-Services-Credit-Control/Rating-Group"));
        assertEquals("Subscription-Id/Subscription-Id-Data", dict.path("subscription-id/subscription-id-data").toString());
    }

    @Test
    void rejectsAPathWithAnUnknownNameOrThroughANonGroupedAvp() {
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
                () -> dict.path("Subscription-Id/No-Such-Avp"));
        assertTrue(unknown.getMessage().contains("'No-Such-Avp' is not an AVP"), unknown.getMessage());
        IllegalArgumentException flat = assertThrows(IllegalArgumentException.class,
                () -> dict.path("Session-Id/User-Name"));
        assertTrue(flat.getMessage().contains("Session-Id is UTF8String, not Grouped"), flat.getMessage());
    }

    @Test
    void readsValuesAsTheJavaTypeOfTheirDictionaryType() {
        assertEquals("client.example", dict.value(Avps.ORIGIN_HOST.avp("client.example")));
        assertEquals(4L, dict.value(Avps.AUTH_APPLICATION_ID.avp(4L)));
        assertEquals(4, dict.value(Avps.CC_REQUEST_TYPE.avp(4)));
        assertEquals(BigInteger.TEN, dict.value(Avps.CC_TOTAL_OCTETS.avp(BigInteger.TEN)));
        Instant t = Instant.parse("2024-01-02T03:04:05Z");
        assertEquals(t, dict.value(Avps.EVENT_TIMESTAMP.avp(t)));
        assertInstanceOf(List.class, dict.value(ValidationTest.subscription("1")));
        assertInstanceOf(byte[].class, dict.value(Avp.builder(77777).octetString(new byte[] {1}).build()));
        assertEquals("EVENT_REQUEST", dict.enumLabel(Avps.CC_REQUEST_TYPE.avp(4)).orElseThrow());
        assertEquals("DIAMETER_SUCCESS", dict.enumLabel(Avps.RESULT_CODE.avp(2001L)).orElseThrow());
        assertTrue(dict.enumLabel(Avps.CC_REQUEST_TYPE.avp(99)).isEmpty());
        assertEquals("4 (EVENT_REQUEST)", dict.displayValue(Avps.CC_REQUEST_TYPE.avp(4)));
    }
}
