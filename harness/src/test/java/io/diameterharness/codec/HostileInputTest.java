package io.diameterharness.codec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.diameterharness.fixtures.Vectors;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/** Malformed messages: each yields exactly the expected error value, never an exception. */
class HostileInputTest {

    /** A DWR header (R bit, command 280) followed by {@code body}, with Message Length = actual length. */
    private static String message(String body) {
        int length = 20 + Vectors.bytes(body).length;
        return String.format("01 %06x 80 000118 00000000 00000001 00000002 %s", length, body);
    }

    static Stream<Arguments> malformedMessages() {
        return Stream.of(
                Arguments.of("message shorter than the header", "01 00000c 80 000118 00000000",
                        ResultCode.DIAMETER_INVALID_MESSAGE_LENGTH, 0, -1L, "shorter than the 20-byte header"),
                Arguments.of("16 MiB length claim on a 20-byte message",
                        "01 fffffc 80 000118 00000000 00000001 00000002",
                        ResultCode.DIAMETER_INVALID_MESSAGE_LENGTH, 1, -1L, "does not match the 20 bytes"),
                Arguments.of("length not a multiple of 4", "01 000016 80 000118 00000000 00000001 00000002 0000",
                        ResultCode.DIAMETER_INVALID_MESSAGE_LENGTH, 1, -1L, "not a multiple of 4"),
                Arguments.of("version 2", "02 000014 80 000118 00000000 00000001 00000002",
                        ResultCode.DIAMETER_UNSUPPORTED_VERSION, 0, -1L, "version 2 is not 1"),
                Arguments.of("request with the E bit", "01 000014 a0 000118 00000000 00000001 00000002",
                        ResultCode.DIAMETER_INVALID_HDR_BITS, 4, -1L, "must not have the E bit"),
                Arguments.of("AVP length 3", message("00000108 40 000003 00000000"),
                        ResultCode.DIAMETER_INVALID_AVP_LENGTH, 20, 264L, "length 3 is shorter than its 8-byte header"),
                Arguments.of("vendor AVP length 8", message("000007d1 c0 000008 000028af"),
                        ResultCode.DIAMETER_INVALID_AVP_LENGTH, 20, 2001L, "length 8 is shorter than its 12-byte header"),
                Arguments.of("AVP length past the end of the message", message("00000108 40 000100 61626364"),
                        ResultCode.DIAMETER_INVALID_AVP_LENGTH, 20, 264L, "runs past the end"),
                Arguments.of("AVP with a 16 MiB length claim", message("00000108 40 ffffff 61626364"),
                        ResultCode.DIAMETER_INVALID_AVP_LENGTH, 20, 264L, "length 16777215 runs past the end"),
                Arguments.of("V bit but no room for the Vendor-ID", message("000007d1 c0 00000c"),
                        ResultCode.DIAMETER_INVALID_AVP_LENGTH, 20, 2001L, "too few for a 12-byte vendor AVP header"),
                Arguments.of("four trailing bytes after the last AVP",
                        message("00000108 40 00000c 61626364 00000128"),
                        ResultCode.DIAMETER_INVALID_AVP_LENGTH, 32, 296L, "4 bytes remain, too few"),
                Arguments.of("reserved AVP flag bits", message("00000108 41 00000c 61626364"),
                        ResultCode.DIAMETER_INVALID_AVP_BITS, 24, 264L, "reserved flag bits set"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("malformedMessages")
    void malformedMessageYieldsTheExactErrorAndResultCode(String name, String hex, int resultCode, int offset,
                                                          long avpCode, String descriptionPart) {
        DecodeResult r = MessageDecoder.decode(Vectors.bytes(hex));
        assertFalse(r.isSuccess(), name);
        DecodeError e = r.error();
        assertEquals(resultCode, e.resultCode(), () -> name + ": " + e);
        assertEquals(offset, e.offset(), () -> name + ": " + e);
        assertEquals(avpCode, e.avpCode(), () -> name + ": " + e);
        assertTrue(e.description().contains(descriptionPart), () -> name + ": " + e.description());
        if (avpCode >= 0) {
            Avp failed = e.failedAvp().orElseThrow();
            assertEquals(avpCode, Integer.toUnsignedLong(failed.code()));
            assertTrue(failed.encode().length >= 8, "a Failed-AVP is at least a whole header");
        }
        assertThrows(IllegalStateException.class, r::message);
    }

    @Test
    void failedAvpForABadLengthIsTheHeaderWithAnEmptyValue() {
        DecodeError e = MessageDecoder.decode(Vectors.bytes(message("000007d1 c0 000005 000028af"))).error();
        Avp failed = e.failedAvp().orElseThrow();
        assertEquals(2001, failed.code());
        assertEquals(10415, failed.vendorId());
        assertEquals(0xc0, failed.flags());
        assertEquals(0, failed.valueLength());
        assertEquals("000007d1c000000c000028af", Hex.of(failed.encode()));
    }

    @Test
    void failedAvpForReservedBitsIsTheWholeOffendingAvp() {
        DecodeError e = MessageDecoder.decode(Vectors.bytes(message("00000108 41 00000c 61626364"))).error();
        assertEquals("000001084100000c61626364", Hex.of(e.offendingAvp().encode()));
    }

    @Test
    void reservedAvpBitsAreAcceptedWhenNotStrict() {
        DecodeResult r = MessageDecoder.decode(Vectors.bytes(message("00000108 41 00000c 61626364")),
                MessageDecoder.DEFAULT_OPTIONS.withStrictReservedBits(false));
        assertTrue(r.isSuccess());
        assertEquals(0x41, r.message().avps().get(0).flags());
    }

    @Test
    void reservedHeaderBitsAreIgnoredAsRfc6733Section3Says() {
        DecodeResult r = MessageDecoder.decode(Vectors.bytes("01 000014 8f 000118 00000000 00000001 00000002"));
        assertTrue(r.isSuccess(), r::toString);
        assertEquals(0x8f, r.message().flags());
        assertEquals("R---+rf", DiameterMessage.flagString(r.message().flags()));
    }

    @Test
    void unsupportedVersionKeepsTheHeaderForTheErrorAnswer() {
        DecodeError e = MessageDecoder.decode(Vectors.bytes("02 000014 80 000118 00000000 00000001 00000002")).error();
        DiameterMessage header = e.partialMessage().orElseThrow();
        assertEquals(280, header.commandCode());
        assertEquals(1, header.hopByHopId());
        assertEquals(2, header.endToEndId());
    }

    @Test
    void avpErrorKeepsTheAvpsDecodedBeforeIt() {
        DecodeError e = MessageDecoder.decode(Vectors.bytes(message("00000108 40 00000c 61626364 00000128 40 000003 00000000")))
                .error();
        assertEquals(1, e.partialMessage().orElseThrow().avps().size());
        assertEquals(32, e.offset());
    }

    @Test
    void messageAboveTheConfiguredMaximumIsRejectedWith5015() {
        byte[] dwr = Vectors.bytes(Vectors.MESSAGE_DWR);
        DecodeResult r = MessageDecoder.decode(dwr, MessageDecoder.DEFAULT_OPTIONS.withMaxMessageSize(52));
        assertEquals(ResultCode.DIAMETER_INVALID_MESSAGE_LENGTH, r.error().resultCode());
        assertTrue(r.error().description().contains("exceeds the maximum of 52"), r.error().description());
    }

    @Test
    void badFramingInsideAGroupedAvpIsReportedWhenItIsOpenedWithTheGroupInFailedAvp() {
        // Subscription-Id (443) holding an AVP whose length 4 is shorter than a header.
        DecodeResult r = MessageDecoder.decode(Vectors.bytes(message("000001bb 40 000010 000001bc 40 000004")));
        assertTrue(r.isSuccess(), "grouped values are parsed lazily");
        Avp group = r.message().avps().get(0);
        InvalidAvpValueException e = assertThrows(InvalidAvpValueException.class, group::asGrouped);
        assertEquals(ResultCode.DIAMETER_INVALID_AVP_LENGTH, e.error().resultCode());
        assertEquals(28, e.error().offset(), "offset within the whole message");
        assertEquals(444L, e.error().avpCode());
        Avp failed = e.error().offendingAvp();
        assertEquals(443, failed.code(), "Failed-AVP is the group holding only the offending AVP");
        assertEquals(List.of(444), failed.asGrouped().stream().map(Avp::code).toList());
        assertEquals(ResultCode.DIAMETER_INVALID_AVP_LENGTH, AvpType.GROUPED.check(group).resultCode());
        assertFalse(group.looksGrouped());
    }

    /** 10,000 Grouped AVPs, each holding the next, the innermost holding a Unsigned32. */
    static byte[] deeplyNested(int levels) {
        int body = 8 * levels + 12;
        byte[] m = new byte[20 + body];
        m[0] = 1;
        m[1] = (byte) (m.length >>> 16);
        m[2] = (byte) (m.length >>> 8);
        m[3] = (byte) m.length;
        m[4] = (byte) 0x80;
        m[7] = (byte) 0x18;
        for (int i = 0; i < levels; i++) {
            int p = 20 + 8 * i;
            int length = body - 8 * i;
            m[p + 2] = 0x01;
            m[p + 3] = (byte) 0xbb; // 443
            m[p + 4] = 0x40;
            m[p + 5] = (byte) (length >>> 16);
            m[p + 6] = (byte) (length >>> 8);
            m[p + 7] = (byte) length;
        }
        int leaf = 20 + 8 * levels;
        m[leaf + 2] = 0x01;
        m[leaf + 3] = 0x16; // 278
        m[leaf + 4] = 0x40;
        m[leaf + 7] = 12;
        return m;
    }

    @Test
    void tenThousandNestedGroupsDecodeAndStopAtTheNestingLimit() {
        DecodeResult r = MessageDecoder.decode(deeplyNested(10_000));
        assertTrue(r.isSuccess(), r::toString);
        Avp a = r.message().avps().get(0);
        int opened = 0;
        InvalidAvpValueException limit = null;
        while (limit == null) {
            try {
                a = a.asGrouped().get(0);
                opened++;
            } catch (InvalidAvpValueException e) {
                limit = e;
            }
        }
        assertEquals(MessageDecoder.DEFAULT_MAX_NESTING_DEPTH, opened);
        assertEquals(ResultCode.DIAMETER_INVALID_AVP_VALUE, limit.error().resultCode());
        assertTrue(limit.error().description().contains("limit of 32 nested levels"), limit.error().description());
        assertEquals(0, limit.error().offendingAvp().valueLength(), "Failed-AVP is the header only");
    }

    @Test
    void walkingAndPrintingTenThousandNestedGroupsIsBounded() {
        DiameterMessage m = MessageDecoder.decode(deeplyNested(10_000)).message();
        List<Integer> levels = new ArrayList<>();
        Avp.walk(m.avps(), Avp::looksGrouped, 1_000_000, (avp, level) -> levels.add(level));
        assertEquals(MessageDecoder.DEFAULT_MAX_NESTING_DEPTH + 1, levels.size(), "stops at the nesting limit");
        InvalidAvpValueException e = assertThrows(InvalidAvpValueException.class,
                () -> Avp.walk(m.avps(), avp -> true, 1_000_000, (avp, level) -> { }));
        assertEquals(ResultCode.DIAMETER_INVALID_AVP_VALUE, e.error().resultCode());
        assertTrue(m.toString().lines().count() < 20, "toString opens at most a few levels");
    }

    @Test
    void nestingLimitIsConfigurable() {
        DecodeResult r = MessageDecoder.decode(deeplyNested(3), MessageDecoder.DEFAULT_OPTIONS.withMaxNestingDepth(2));
        Avp level1 = r.message().avps().get(0).asGrouped().get(0);
        Avp level2 = level1.asGrouped().get(0);
        assertEquals(2, level2.depth());
        assertThrows(InvalidAvpValueException.class, level2::asGrouped);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> MessageDecoder.DEFAULT_OPTIONS.withMaxNestingDepth(0));
        assertTrue(e.getMessage().contains("maxNestingDepth must be at least 1"));
    }

    @Test
    void everyTruncationAndEveryCorruptedByteOfARealMessageIsAValueNotAnException() {
        byte[] ccr = io.diameterharness.demo.ExampleMessages.creditControlRequest().encode();
        for (int n = 0; n < ccr.length; n++) {
            byte[] cut = java.util.Arrays.copyOf(ccr, n);
            assertFalse(MessageDecoder.decode(cut).isSuccess(), "truncated at " + n);
        }
        for (int i = 0; i < ccr.length; i++) {
            for (int v : new int[] {0x00, 0xff, 0x80, 0x03}) {
                byte[] bad = ccr.clone();
                bad[i] = (byte) v;
                DecodeResult r = MessageDecoder.decode(bad);
                if (r.isSuccess()) {
                    try {
                        Avp.walk(r.message().avps(), Avp::looksGrouped, 100, (avp, level) -> { });
                        r.message().toString();
                    } catch (InvalidAvpValueException expected) {
                        // a value error is a value too
                    }
                }
            }
        }
    }
}
