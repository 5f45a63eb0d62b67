package io.diameterharness.samples.sms.diameter;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigInteger;
import java.net.InetAddress;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The application's own codec against hand-written byte vectors (RFC 6733 sections 3 and 4). */
class MessageCodecTest {

    private static final HexFormat HEX = HexFormat.of();

    /** DWR, hop-by-hop 1, end-to-end 2, Origin-Host "a.b", Origin-Realm "b"; written by hand. */
    private static final String DWR = "0100002c" + "80000118" + "00000000" + "00000001" + "00000002"
            + "00000108" + "4000000b" + "612e6200"
            + "00000128" + "40000009" + "62000000";

    private static byte[] hex(String s) {
        return HEX.parseHex(s.replace(" ", ""));
    }

    @Test
    void encodesAWatchdogRequestToTheRfcLayout() {
        Message dwr = new Message(Message.FLAG_REQUEST, Codes.CMD_DEVICE_WATCHDOG, 0, 1, 2,
                List.of(Avp.utf8(Codes.ORIGIN_HOST, "a.b"), Avp.utf8(Codes.ORIGIN_REALM, "b")));

        assertThat(HEX.formatHex(MessageCodec.encode(dwr)), equalTo(DWR));
    }

    @Test
    void decodesAWatchdogRequestFromTheRfcLayout() throws Exception {
        Message dwr = MessageCodec.decode(hex(DWR));

        assertThat(dwr.isRequest(), is(true));
        assertThat(dwr.commandCode(), is(280));
        assertThat(dwr.hopByHopId(), is(1));
        assertThat(dwr.endToEndId(), is(2));
        assertThat(dwr.avp(Codes.ORIGIN_HOST).orElseThrow().asUtf8(), equalTo("a.b"));
        assertThat(dwr.avp(Codes.ORIGIN_REALM).orElseThrow().asUtf8(), equalTo("b"));
        assertThat(dwr.avp(Codes.ORIGIN_HOST).orElseThrow().isMandatory(), is(true));
    }

    @Test
    void encodesAVendorAvpWithTheVendorIdAfterTheLength() {
        Avp dcs = Avp.integer32(Codes.DATA_CODING_SCHEME, Codes.VENDOR_3GPP, 8);

        assertArrayEquals(hex("000007d1 c0000010 000028af 00000008"), MessageCodec.encodeAvps(List.of(dcs)));
    }

    @Test
    void encodesUnsigned64AddressAndTimeValues() {
        byte[] bytes = MessageCodec.encodeAvps(List.of(
                Avp.unsigned64(Codes.CC_SERVICE_SPECIFIC_UNITS, 1),
                Avp.address(Codes.HOST_IP_ADDRESS, InetAddress.getLoopbackAddress()),
                Avp.time(Codes.EVENT_TIMESTAMP, Instant.parse("2026-01-01T00:00:00Z"))));

        assertArrayEquals(hex("000001a1 40000010 00000000 00000001"
                + "00000101 4000000e 00017f00 00010000"
                + "00000037 4000000c ed003780"), bytes);
    }

    @Test
    void readsTypedValuesFromHandWrittenBytes() throws Exception {
        byte[] bytes = hex("000001a1 40000010 00000000 00000001"
                + "00000101 4000000e 00017f00 00010000"
                + "00000037 4000000c ed003780"
                + "00000037 4000000c 0754fd00");
        List<Avp> avps = MessageCodec.decodeAvps(bytes, 0, bytes.length);

        assertThat(avps.get(0).asUnsigned64(), equalTo(BigInteger.ONE));
        assertThat(avps.get(1).asAddress(), equalTo(InetAddress.getLoopbackAddress()));
        assertThat(avps.get(2).asTime(), equalTo(Instant.parse("2026-01-01T00:00:00Z")));
        // RFC 6733 4.3.1: a Time with the high bit clear lies after 2036 (NTP era 1)
        assertThat(avps.get(3).asTime(), equalTo(Instant.parse("2040-01-01T00:00:00Z")));
    }

    @Test
    void nestsGroupedAvpsAndReadsThemBack() throws Exception {
        Avp subscription = Avp.grouped(Codes.SUBSCRIPTION_ID, 0,
                Avp.unsigned32(Codes.SUBSCRIPTION_ID_TYPE, Codes.END_USER_E164),
                Avp.utf8(Codes.SUBSCRIPTION_ID_DATA, "41780000001"));

        assertArrayEquals(hex("000001bb 40000028"
                + "000001c2 4000000c 00000000"
                + "000001bc 40000013 34313738 30303030 30303100"), MessageCodec.encodeAvps(List.of(subscription)));
        assertThat(subscription.child(Codes.SUBSCRIPTION_ID_DATA, 0).orElseThrow().asUtf8(), equalTo("41780000001"));
    }

    @Test
    void roundTripsAMessageWithEveryFlag() throws Exception {
        Message m = new Message(Message.FLAG_PROXIABLE | Message.FLAG_ERROR | Message.FLAG_RETRANSMITTED,
                Codes.CMD_CREDIT_CONTROL, 0xFFFF_FFFFL, -1, Integer.MIN_VALUE,
                List.of(Avp.unsigned32(Codes.RESULT_CODE, 3004), Avp.of(999, false, 0xFFFF_FFFFL, new byte[] {1, 2, 3})));

        Message back = MessageCodec.decode(MessageCodec.encode(m));

        assertThat(back, equalTo(m));
        assertThat(back.avps().get(1).vendorId(), is(0xFFFF_FFFFL));
    }

    @Test
    void rejectsAnotherVersionWith5011() {
        byte[] bytes = hex(DWR);
        bytes[0] = 2;

        MalformedMessageException e = assertThrows(MalformedMessageException.class, () -> MessageCodec.decode(bytes));

        assertThat(e.resultCode(), is(5011L));
    }

    @Test
    void rejectsALengthThatDoesNotMatchTheFrameWith5015() {
        byte[] bytes = hex(DWR);
        bytes[3] = 0x28;

        assertThat(assertThrows(MalformedMessageException.class, () -> MessageCodec.decode(bytes)).resultCode(),
                is(5015L));
    }

    @Test
    void rejectsAShortHeaderWith5015() {
        assertThat(assertThrows(MalformedMessageException.class, () -> MessageCodec.decode(new byte[12]))
                .resultCode(), is(5015L));
    }

    @Test
    void rejectsReservedCommandFlagsAndAnErrorRequestWith3008() {
        byte[] reserved = hex(DWR);
        reserved[4] = (byte) 0x81;
        byte[] errorRequest = hex(DWR);
        errorRequest[4] = (byte) 0xA0;

        assertThat(assertThrows(MalformedMessageException.class, () -> MessageCodec.decode(reserved)).resultCode(),
                is(3008L));
        assertThat(assertThrows(MalformedMessageException.class, () -> MessageCodec.decode(errorRequest))
                .getMessage(), containsString("E flag"));
    }

    @Test
    void rejectsAnAvpLongerThanTheMessageWith5014() {
        byte[] bytes = hex(DWR);
        bytes[20 + 12 + 7] = 0x19; // Origin-Realm claims 25 octets, 12 remain

        MalformedMessageException e = assertThrows(MalformedMessageException.class, () -> MessageCodec.decode(bytes));

        assertThat(e.resultCode(), is(5014L));
        assertThat(e.getMessage(), containsString("AVP 296 at offset 32"));
    }

    @Test
    void rejectsAnAvpShorterThanItsHeaderWith5014() {
        byte[] bytes = hex(DWR);
        bytes[20 + 7] = 0x07;

        assertThat(assertThrows(MalformedMessageException.class, () -> MessageCodec.decode(bytes)).resultCode(),
                is(5014L));
    }

    @Test
    void rejectsAVendorAvpShorterThanTwelveOctetsWith5014() {
        assertThat(assertThrows(MalformedMessageException.class,
                () -> MessageCodec.decodeAvps(hex("000007d1 c0000008 000028af"), 0, 12)).resultCode(), is(5014L));
    }

    @Test
    void keepsMalformedValuesReadableAsRawOctets() throws Exception {
        Avp shortResultCode = MessageCodec.decodeAvps(hex("0000010c 4000000a 07d10000"), 0, 12).get(0);

        assertThat(shortResultCode.data().length, is(2));
        assertThat(assertThrows(IllegalStateException.class, shortResultCode::asUnsigned32).getMessage(),
                containsString("AVP 268 holds 2 octets"));
    }

    @Test
    void dropsTopLevelIetfAvpsOfOneCode() {
        Message m = Message.request(272, 4, true, List.of(Avp.utf8(Codes.SESSION_ID, "s"),
                Avp.utf8(Codes.DESTINATION_HOST, "ocs1"), Avp.utf8(Codes.DESTINATION_REALM, "r")));

        assertThat(m.withoutAvp(Codes.DESTINATION_HOST).avps().stream().map(Avp::code).toList(),
                contains(Codes.SESSION_ID, Codes.DESTINATION_REALM));
    }

    @Test
    void refusesValuesOutsideTheirWireRange() {
        assertThat(assertThrows(IllegalArgumentException.class, () -> Avp.unsigned32(1, -1)).getMessage(),
                containsString("not an Unsigned32"));
        assertThat(assertThrows(IllegalArgumentException.class,
                () -> new Message(0x100, 1, 0, 0, 0, List.of())).getMessage(), containsString("one octet"));
        assertThat(assertThrows(IllegalArgumentException.class,
                () -> new Message(0, 0x100_0000, 0, 0, 0, List.of())).getMessage(), containsString("24 bits"));
    }
}
