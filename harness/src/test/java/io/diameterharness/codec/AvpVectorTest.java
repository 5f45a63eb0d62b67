package io.diameterharness.codec;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.diameterharness.fixtures.Vectors;
import java.math.BigInteger;
import java.net.InetAddress;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every RFC 6733 type against hand-made vectors: our encoder produces them, our decoder reads them. */
class AvpVectorTest {

    /** Decodes one AVP from a vector by wrapping it in a minimal message (header built here by hand). */
    private static Avp decodeAvp(String vector) {
        byte[] avp = Vectors.bytes(vector);
        byte[] msg = new byte[20 + avp.length];
        msg[0] = 1;
        msg[1] = (byte) (msg.length >>> 16);
        msg[2] = (byte) (msg.length >>> 8);
        msg[3] = (byte) msg.length;
        msg[4] = (byte) 0x80;
        msg[7] = 1;
        System.arraycopy(avp, 0, msg, 20, avp.length);
        DecodeResult r = MessageDecoder.decode(msg);
        assertTrue(r.isSuccess(), () -> "vector does not decode: " + r);
        assertEquals(1, r.message().avps().size());
        Avp decoded = r.message().avps().get(0);
        assertArrayEquals(avp, decoded.encode(), "decoded AVP re-encodes to the same bytes");
        return decoded;
    }

    private static void assertEncodes(String vector, Avp built) {
        assertEquals(Hex.of(Vectors.bytes(vector)), Hex.of(built.encode()));
        assertEquals(Vectors.bytes(vector).length, built.paddedLength());
    }

    @Test
    void octetStringIsPaddedToFourBytesWithoutCountingThePadding() {
        assertEncodes(Vectors.OCTET_STRING_CLASS, Avp.builder(25).mandatory().octetString(new byte[] {1, 2, 3}).build());
        Avp a = decodeAvp(Vectors.OCTET_STRING_CLASS);
        assertEquals(11, a.length());
        assertArrayEquals(new byte[] {1, 2, 3}, a.asOctetString());
        assertTrue(a.isMandatory());
        assertFalse(a.isVendorSpecific());
    }

    @Test
    void emptyOctetStringIsJustTheHeader() {
        assertEncodes(Vectors.OCTET_STRING_EMPTY, Avp.builder(25).mandatory().octetString(new byte[0]).build());
        assertEquals(0, decodeAvp(Vectors.OCTET_STRING_EMPTY).valueLength());
    }

    @Test
    void protectedBitIsCarriedAsIs() {
        assertEncodes(Vectors.OCTET_STRING_PROTECTED,
                Avp.builder(25).mandatory().protectedBit().octetString(new byte[] {(byte) 0xab}).build());
        assertTrue(decodeAvp(Vectors.OCTET_STRING_PROTECTED).isProtected());
    }

    @Test
    void integer32IsTwosComplementBigEndian() {
        assertEncodes(Vectors.INTEGER32_MINUS_2, Avp.builder(1000).mandatory().integer32(-2).build());
        assertEquals(-2, decodeAvp(Vectors.INTEGER32_MINUS_2).asInteger32());
    }

    @Test
    void integer64IsTwosComplementBigEndian() {
        assertEncodes(Vectors.INTEGER64_MINUS_2, Avp.builder(1001).mandatory().integer64(-2L).build());
        assertEquals(-2L, decodeAvp(Vectors.INTEGER64_MINUS_2).asInteger64());
    }

    @Test
    void unsigned32CarriesValuesAboveTwoToThe31() {
        assertEncodes(Vectors.UNSIGNED32_MAX_ORIGIN_STATE_ID, Avp.builder(278).mandatory().unsigned32(4294967295L).build());
        assertEquals(4294967295L, decodeAvp(Vectors.UNSIGNED32_MAX_ORIGIN_STATE_ID).asUnsigned32());
    }

    @Test
    void unsigned64IsMostSignificantByteFirst() {
        assertEncodes(Vectors.UNSIGNED64_BYTE_ORDER, Avp.builder(417).mandatory().unsigned64(72623859790382856L).build());
        assertEquals(BigInteger.valueOf(72623859790382856L), decodeAvp(Vectors.UNSIGNED64_BYTE_ORDER).asUnsigned64());
    }

    @Test
    void unsigned64CarriesTwoToThe64MinusOne() {
        BigInteger max = BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE);
        assertEncodes(Vectors.UNSIGNED64_MAX, Avp.builder(417).mandatory().unsigned64(max).build());
        assertEquals(max, decodeAvp(Vectors.UNSIGNED64_MAX).asUnsigned64());
    }

    @Test
    void float32AndFloat64AreIeee754() {
        assertEncodes(Vectors.FLOAT32_1_5, Avp.builder(1002).mandatory().float32(1.5f).build());
        assertEquals(1.5f, decodeAvp(Vectors.FLOAT32_1_5).asFloat32());
        assertEncodes(Vectors.FLOAT64_MINUS_2_5, Avp.builder(1003).mandatory().float64(-2.5).build());
        assertEquals(-2.5, decodeAvp(Vectors.FLOAT64_MINUS_2_5).asFloat64());
    }

    @Test
    void ipv4AddressHasFamilyOne() throws Exception {
        assertEncodes(Vectors.ADDRESS_IPV4, Avp.builder(257).mandatory().address(InetAddress.getByName("192.0.2.1")).build());
        AddressValue a = decodeAvp(Vectors.ADDRESS_IPV4).asAddress();
        assertEquals(AddressValue.FAMILY_IPV4, a.family());
        assertEquals(InetAddress.getByName("192.0.2.1"), a.toInetAddress());
    }

    @Test
    void ipv6AddressHasFamilyTwo() throws Exception {
        assertEncodes(Vectors.ADDRESS_IPV6, Avp.builder(257).mandatory().address(AddressValue.parse("2001:db8::1")).build());
        AddressValue a = decodeAvp(Vectors.ADDRESS_IPV6).asAddress();
        assertEquals(AddressValue.FAMILY_IPV6, a.family());
        assertEquals(InetAddress.getByName("2001:db8::1"), a.toInetAddress());
    }

    @Test
    void otherAddressFamiliesAreKeptRaw() {
        AddressValue e164 = new AddressValue(8, "41780000001".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        assertEncodes(Vectors.ADDRESS_E164, Avp.builder(257).mandatory().address(e164).build());
        AddressValue a = decodeAvp(Vectors.ADDRESS_E164).asAddress();
        assertEquals(e164, a);
        assertFalse(a.isIp());
        assertEquals("family 8: 3431373830303030303031", a.toString());
        assertThrows(IllegalStateException.class, a::toInetAddress);
    }

    @Test
    void timeIsNtpSecondsSince1900() {
        assertEncodes(Vectors.TIME_UNIX_EPOCH, Avp.builder(55).mandatory().time(Instant.EPOCH).build());
        assertEquals(Instant.EPOCH, decodeAvp(Vectors.TIME_UNIX_EPOCH).asTime());
    }

    @Test
    void timeWrapsIn2036AsRfc6733Section431Says() {
        Instant lastBefore = Instant.parse("2036-02-07T06:28:15Z");
        Instant wrap = Instant.parse("2036-02-07T06:28:16Z");
        Instant lastAfter = Instant.parse("2104-02-26T09:42:23Z");
        assertEncodes(Vectors.TIME_LAST_BEFORE_WRAP, Avp.builder(55).mandatory().time(lastBefore).build());
        assertEncodes(Vectors.TIME_WRAP, Avp.builder(55).mandatory().time(wrap).build());
        assertEncodes(Vectors.TIME_LAST_AFTER_WRAP, Avp.builder(55).mandatory().time(lastAfter).build());
        assertEquals(lastBefore, decodeAvp(Vectors.TIME_LAST_BEFORE_WRAP).asTime());
        assertEquals(wrap, decodeAvp(Vectors.TIME_WRAP).asTime());
        assertEquals(lastAfter, decodeAvp(Vectors.TIME_LAST_AFTER_WRAP).asTime());
    }

    @Test
    void timeOutsideTheRangeDiameterCanCarryIsRejectedWhenBuilding() {
        var b = Avp.builder(55);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> b.time(Instant.parse("2104-02-26T09:42:24Z")));
        assertTrue(e.getMessage().contains("2104-02-26T09:42:23Z"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> b.time(Instant.parse("1968-01-20T03:14:07Z")));
    }

    @Test
    void utf8StringIsEncodedAsUtf8() {
        assertEncodes(Vectors.UTF8_STRING_GRUSSE, Avp.builder(1).mandatory().utf8String("Grüße").build());
        assertEquals("Grüße", decodeAvp(Vectors.UTF8_STRING_GRUSSE).asUtf8String());
    }

    @Test
    void invalidUtf8IsRejectedWith5004NamingTheAvp() {
        Avp a = decodeAvp(Vectors.UTF8_STRING_INVALID);
        InvalidAvpValueException e = assertThrows(InvalidAvpValueException.class, a::asUtf8String);
        assertEquals(ResultCode.DIAMETER_INVALID_AVP_VALUE, e.error().resultCode());
        assertEquals(1L, e.error().avpCode());
        assertEquals(a, e.error().failedAvp().orElseThrow());
        assertEquals(ResultCode.DIAMETER_INVALID_AVP_VALUE, AvpType.UTF8_STRING.check(a).resultCode());
    }

    @Test
    void diameterIdentityIsAsciiText() {
        assertEncodes(Vectors.DIAMETER_IDENTITY, Avp.builder(264).mandatory().diameterIdentity("example.com").build());
        assertEquals("example.com", decodeAvp(Vectors.DIAMETER_IDENTITY).asDiameterIdentity());
        assertThrows(IllegalArgumentException.class, () -> Avp.builder(264).diameterIdentity("bücher.example"));
        assertThrows(IllegalArgumentException.class, () -> Avp.builder(264).diameterIdentity(""));
        Avp nonAscii = Avp.builder(264).utf8String("bücher.example").build();
        assertEquals(ResultCode.DIAMETER_INVALID_AVP_VALUE, AvpType.DIAMETER_IDENTITY.check(nonAscii).resultCode());
    }

    @Test
    void diameterUriIsTextWithPortAndTransport() {
        DiameterUri uri = DiameterUri.parse("aaas://peer.example:5658;transport=tcp");
        assertEncodes(Vectors.DIAMETER_URI, Avp.builder(292).mandatory().diameterUri(uri).build());
        DiameterUri decoded = decodeAvp(Vectors.DIAMETER_URI).asDiameterUri();
        assertEquals(uri, decoded);
        assertTrue(decoded.isSecure());
        assertEquals("peer.example", decoded.fqdn());
        assertEquals(5658, decoded.port());
        assertEquals("tcp", decoded.transport());
        assertEquals("diameter", decoded.effectiveProtocol());
    }

    @Test
    void enumeratedIsAnInteger32() {
        assertEncodes(Vectors.ENUMERATED_EVENT_REQUEST, Avp.builder(416).mandatory().enumerated(4).build());
        assertEquals(4, decodeAvp(Vectors.ENUMERATED_EVENT_REQUEST).asEnumerated());
    }

    @Test
    void ipFilterRuleIsKeptAsText() {
        String rule = "permit in ip from 192.0.2.0/24 to any";
        assertEncodes(Vectors.IP_FILTER_RULE, Avp.builder(400).mandatory().ipFilterRule(rule).build());
        assertEquals(rule, decodeAvp(Vectors.IP_FILTER_RULE).asIpFilterRule());
    }

    @Test
    void groupedLengthCountsTheInnerPadding() {
        Avp built = Avp.builder(443).mandatory().grouped(
                Avp.builder(450).mandatory().enumerated(0).build(),
                Avp.builder(444).mandatory().utf8String("41780000001").build()).build();
        assertEncodes(Vectors.GROUPED_SUBSCRIPTION_ID, built);
        List<Avp> inner = decodeAvp(Vectors.GROUPED_SUBSCRIPTION_ID).asGrouped();
        assertEquals(2, inner.size());
        assertEquals(0, inner.get(0).asEnumerated());
        assertEquals("41780000001", inner.get(1).asUtf8String());
        assertEquals(1, inner.get(0).depth());
    }

    @Test
    void vendorSpecificAvpCarriesTheVendorIdAfterTheLength() {
        assertEncodes(Vectors.VENDOR_DATA_CODING_SCHEME,
                Avp.builder(2001).vendor(10415).mandatory().integer32(8).build());
        Avp a = decodeAvp(Vectors.VENDOR_DATA_CODING_SCHEME);
        assertEquals(10415, a.vendorId());
        assertTrue(a.isVendorSpecific());
        assertEquals(8, a.asInteger32());
        assertEquals(16, a.length());
    }

    @Test
    void vendorSpecificGroupedNestsVendorSpecificAvps() {
        Avp built = Avp.builder(1201).vendor(10415).mandatory().grouped(
                Avp.builder(899).vendor(10415).mandatory().enumerated(1).build(),
                Avp.builder(897).vendor(10415).mandatory().utf8String("41780000002").build()).build();
        assertEncodes(Vectors.VENDOR_GROUPED_RECIPIENT_ADDRESS, built);
        List<Avp> inner = decodeAvp(Vectors.VENDOR_GROUPED_RECIPIENT_ADDRESS).asGrouped();
        assertEquals(List.of(10415, 10415), inner.stream().map(Avp::vendorId).toList());
        assertEquals("41780000002", inner.get(1).asUtf8String());
    }

    @Test
    void fixedLengthTypesRejectAWrongLengthWith5014() {
        Avp threeBytes = Avp.builder(278).mandatory().octetString(new byte[3]).build();
        for (AvpType t : List.of(AvpType.INTEGER32, AvpType.UNSIGNED32, AvpType.FLOAT32, AvpType.ENUMERATED,
                AvpType.TIME, AvpType.INTEGER64, AvpType.UNSIGNED64, AvpType.FLOAT64)) {
            DecodeError e = t.check(threeBytes);
            assertEquals(ResultCode.DIAMETER_INVALID_AVP_LENGTH, e.resultCode(), t.name());
            assertEquals(threeBytes, e.offendingAvp(), t.name());
        }
    }

    @Test
    void addressWithAWrongLengthForItsFamilyIsRejectedWith5004() {
        Avp shortV4 = Avp.builder(257).octetString(new byte[] {0, 1, 127, 0, 0}).build();
        assertEquals(ResultCode.DIAMETER_INVALID_AVP_VALUE, AvpType.ADDRESS.check(shortV4).resultCode());
        Avp noFamily = Avp.builder(257).octetString(new byte[] {0}).build();
        assertEquals(ResultCode.DIAMETER_INVALID_AVP_VALUE, AvpType.ADDRESS.check(noFamily).resultCode());
    }
}
