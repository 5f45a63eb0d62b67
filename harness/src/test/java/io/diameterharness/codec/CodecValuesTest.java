package io.diameterharness.codec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** DiameterURI, Time, identifiers and builder misuse. */
class CodecValuesTest {

    @Test
    void diameterUriTakesTheRfc6733Defaults() {
        DiameterUri plain = DiameterUri.parse("aaa://host.example.com");
        assertEquals(3868, plain.port());
        assertFalse(plain.hasExplicitPort());
        assertEquals("tcp", plain.effectiveTransport());
        assertEquals("diameter", plain.effectiveProtocol());
        assertNull(plain.transport());
        assertEquals(5658, DiameterUri.parse("aaas://host.example.com").port());
        assertEquals("aaa://host.example.com", plain.toString());
    }

    @Test
    void diameterUriParsesPortTransportAndProtocol() {
        DiameterUri uri = DiameterUri.parse("aaa://host.example.com:1813;transport=udp;protocol=radius");
        assertEquals(1813, uri.port());
        assertEquals("udp", uri.transport());
        assertEquals("radius", uri.protocol());
        assertEquals("aaa://host.example.com:1813;transport=udp;protocol=radius", uri.toString());
        assertEquals(DiameterUri.parse("AAA://HOST.example.com:1813;transport=UDP;protocol=RADIUS"), uri);
    }

    @Test
    void diameterUriRejectsWhatTheRfcForbids() {
        for (String bad : new String[] {"http://host", "aaa://", "aaa://host:99999", "aaa://host:",
                "aaa://host;transport=quic", "aaa://host;protocol=ldap", "aaa://host;transport=udp",
                "aaa://host;transport=udp;protocol=diameter", "aaa://host;protocol=diameter;transport=tcp",
                "aaa://host;transport=tcp;transport=sctp", "aaa://ho st", "aaa://host;foo=bar"}) {
            assertThrows(IllegalArgumentException.class, () -> DiameterUri.parse(bad), bad);
        }
    }

    @Test
    void diameterUriValueThatDoesNotParseIsA5004() {
        Avp a = Avp.builder(292).utf8String("aaa://host;transport=quic").build();
        assertEquals(ResultCode.DIAMETER_INVALID_AVP_VALUE, AvpType.DIAMETER_URI.check(a).resultCode());
        assertNull(AvpType.DIAMETER_URI.check(Avp.builder(292).utf8String("aaa://h.example:3868").build()));
    }

    @Test
    void timeReadsValuesWithTheHighBitClearAsAfter2036() {
        assertEquals(Instant.parse("2036-02-07T06:28:17Z"), DiameterTime.toInstant(1));
        assertEquals(Instant.parse("1968-01-20T03:14:08Z"), DiameterTime.toInstant(0x80000000));
        assertEquals(0x80000000, DiameterTime.toNtpSeconds(Instant.parse("1968-01-20T03:14:08Z")));
    }

    @Test
    void endToEndIdentifierCarriesTheLow12BitsOfTheClockInItsHigh12Bits() {
        Clock clock = Clock.fixed(Instant.ofEpochSecond(0x12345), ZoneOffset.UTC);
        IdentifierGenerator g = new IdentifierGenerator(clock, 100, 0xFFFFF);
        assertEquals(0x345FFFFF, g.nextEndToEndId());
        assertEquals(0x34500000, g.nextEndToEndId(), "the low 20 bits wrap without touching the clock bits");
        assertEquals(100, g.nextHopByHopId());
        assertEquals(101, g.nextHopByHopId());
    }

    @Test
    void hopByHopIdentifiersIncreaseAndWrap() {
        IdentifierGenerator g = new IdentifierGenerator(Clock.systemUTC(), -1, 0);
        assertEquals(-1, g.nextHopByHopId());
        assertEquals(0, g.nextHopByHopId());
    }

    @Test
    void builderMisuseNamesTheValueAndTheRule() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Avp.builder(1).unsigned32(-1));
        assertTrue(e.getMessage().contains("Unsigned32 value out of range 0..4294967295: -1"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> DiameterMessage.builder().commandCode(1 << 24));
        assertTrue(e.getMessage().contains("command code must fit 24 bits"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> Avp.builder(1).octetString(new byte[3]).build()
                .withFlags(Avp.FLAG_VENDOR));
        assertTrue(e.getMessage().contains("cannot change the V bit"), e.getMessage());
    }

    @Test
    void toStringShowsGroupedAvpsIndented() {
        String s = io.diameterharness.demo.ExampleMessages.creditControlRequest().toString();
        assertTrue(s.startsWith("Diameter v1 RP-- cmd=272 app=4 hbh=0x2a000001 e2e=0x7d000001 len=484"), s);
        assertTrue(s.contains("\n  AVP 873 vnd=10415 flags=VM- len=120 grouped:\n    AVP 2000 vnd=10415"), s);
        assertTrue(s.contains("\n          AVP 897 vnd=10415 flags=VM- len=23 val=3431373830303030303032 \"41780000002\""), s);
    }
}
