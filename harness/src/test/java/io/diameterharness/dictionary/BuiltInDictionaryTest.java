package io.diameterharness.dictionary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.diameterharness.codec.AvpType;
import org.junit.jupiter.api.Test;

class BuiltInDictionaryTest {
    private final Dictionary dict = Dictionary.builtIn();

    @Test
    void findsBaseAvpsByCodeAndByNameIgnoringCase() {
        AvpDefinition byCode = dict.avp(263, 0).orElseThrow();
        assertEquals("Session-Id", byCode.name());
        assertEquals(AvpType.UTF8_STRING, byCode.type());
        assertSame(byCode, dict.avp("session-id").orElseThrow());
        assertSame(byCode, dict.avp("SESSION-ID").orElseThrow());
        assertEquals(FlagRule.MUST, byCode.mandatoryBit());
        assertEquals(FlagRule.MUST_NOT, byCode.vendorBit());
    }

    @Test
    void knowsCreditControlEnumsAndGroupedContent() {
        AvpDefinition type = dict.avp("CC-Request-Type").orElseThrow();
        assertEquals(416, type.code());
        assertEquals("EVENT_REQUEST", type.enumLabel(4).orElseThrow());
        AvpDefinition sub = dict.avp("Subscription-Id").orElseThrow();
        Abnf content = sub.groupedContent().orElseThrow();
        AvpRule data = content.rule(444, 0);
        assertEquals(AvpRule.Position.REQUIRED, data.position());
        assertEquals(1, data.min());
        assertEquals(1, data.max());
        assertFalse(content.anyAvpAllowed());
    }

    @Test
    void findsCommandsByCodeAndApplicationAndByShortName() {
        CommandDefinition ccr = dict.command(272, 4).orElseThrow();
        assertEquals("Credit-Control", ccr.name());
        assertEquals("CCR", ccr.requestShortName());
        assertEquals("CCA", ccr.answerShortName());
        assertTrue(ccr.proxiable());
        assertSame(ccr, dict.command("ccr").orElseThrow());
        assertSame(ccr, dict.command("Credit-Control-Answer").orElseThrow());
        CommandDefinition cer = dict.command("CER").orElseThrow();
        assertEquals(257, cer.code());
        assertFalse(cer.proxiable());
        assertTrue(cer.request().rule("Host-IP-Address").max() == AvpRule.UNBOUNDED);
        // base commands serve every application that reuses them (RFC 6733 section 8)
        assertEquals("Session-Termination", dict.command(275, 4).orElseThrow().name());
    }

    @Test
    void knowsApplications() {
        assertEquals(ApplicationDefinition.Kind.ACCT, dict.application(3).orElseThrow().kind());
        assertEquals("Diameter Credit Control", dict.application(4).orElseThrow().name());
        assertTrue(dict.application(0xFFFFFFFFL).isPresent());
    }
}
