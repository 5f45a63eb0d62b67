package io.diameterharness.codec;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.net.InetAddress;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;

/** Round trips over generated values and messages, and robustness against generated garbage. */
class CodecPropertiesTest {

    private static Avp roundTrip(Avp avp) {
        DiameterMessage m = DiameterMessage.request(1000, 0).avp(avp).build();
        DecodeResult r = MessageDecoder.decode(m.encode());
        assertTrue(r.isSuccess(), r::toString);
        return r.message().avps().get(0);
    }

    @Property
    void integer32RoundTrips(@ForAll int v) {
        assertEquals(v, roundTrip(Avp.builder(1).integer32(v).build()).asInteger32());
    }

    @Property
    void integer64RoundTrips(@ForAll long v) {
        assertEquals(v, roundTrip(Avp.builder(1).integer64(v).build()).asInteger64());
    }

    @Property
    void unsigned32RoundTrips(@ForAll @LongRange(min = 0, max = 0xFFFFFFFFL) long v) {
        assertEquals(v, roundTrip(Avp.builder(1).unsigned32(v).build()).asUnsigned32());
    }

    @Property
    void unsigned64RoundTrips(@ForAll long bits) {
        BigInteger v = new BigInteger(Long.toUnsignedString(bits));
        assertEquals(v, roundTrip(Avp.builder(1).unsigned64(v).build()).asUnsigned64());
    }

    @Property
    void floatsRoundTripBitForBit(@ForAll int floatBits, @ForAll long doubleBits) {
        float f = Float.intBitsToFloat(floatBits);
        double d = Double.longBitsToDouble(doubleBits);
        assertEquals(Float.floatToRawIntBits(f),
                Float.floatToRawIntBits(roundTrip(Avp.builder(1).float32(f).build()).asFloat32()));
        assertEquals(Double.doubleToRawLongBits(d),
                Double.doubleToRawLongBits(roundTrip(Avp.builder(1).float64(d).build()).asFloat64()));
    }

    @Property
    void timeRoundTripsToTheSecondAcrossTheWrap(
            @ForAll @LongRange(min = -61_505_152L, max = 4_233_462_143L) long unixSeconds) {
        Instant t = Instant.ofEpochSecond(unixSeconds);
        assertEquals(t, roundTrip(Avp.builder(55).time(t).build()).asTime());
    }

    @Property
    void utf8StringRoundTrips(@ForAll String text) {
        String valid = text.codePoints().filter(c -> c < 0xD800 || c > 0xDFFF)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        assertEquals(valid, roundTrip(Avp.builder(1).utf8String(valid).build()).asUtf8String());
    }

    @Property
    void addressesRoundTrip(@ForAll @Size(4) byte[] v4, @ForAll @Size(16) byte[] v6,
                            @ForAll @IntRange(min = 3, max = 65535) int family, @ForAll @Size(max = 40) byte[] raw)
            throws Exception {
        InetAddress a4 = InetAddress.getByAddress(v4);
        InetAddress a6 = InetAddress.getByAddress(v6);
        assertEquals(AddressValue.of(a4), roundTrip(Avp.builder(257).address(a4).build()).asAddress());
        assertEquals(AddressValue.of(a6), roundTrip(Avp.builder(257).address(a6).build()).asAddress());
        AddressValue other = new AddressValue(family, raw);
        assertEquals(other, roundTrip(Avp.builder(257).address(other).build()).asAddress());
    }

    @Provide
    Arbitrary<Avp> leafAvps() {
        return Combinators.combine(Arbitraries.integers(), Arbitraries.of(0x00, 0x40, 0x20, 0x60),
                Arbitraries.integers().injectNull(0.5), Arbitraries.bytes().array(byte[].class).ofMaxSize(40))
                .as((code, flags, vendor, value) -> {
                    Avp.Builder b = Avp.builder(code).rawFlags(flags).octetString(value);
                    return (vendor == null ? b : b.vendor(vendor)).build();
                });
    }

    @Provide
    Arbitrary<Avp> avpTrees() {
        return Arbitraries.recursive(this::leafAvps,
                inner -> Combinators.combine(Arbitraries.integers(), inner.list().ofMaxSize(4))
                        .as((code, children) -> Avp.builder(code).mandatory().grouped(children).build()),
                0, 5);
    }

    @Property
    void generatedMessagesRoundTripByteForByte(@ForAll @Size(max = 8) List<@From("avpTrees") Avp> avps,
                                                @ForAll @IntRange(min = 0, max = 0xFFFFFF) int command,
                                                @ForAll int application, @ForAll int hopByHop, @ForAll int endToEnd,
                                                @ForAll("answerOrRequestFlags") int flags) {
        DiameterMessage m = DiameterMessage.builder().flags(flags).commandCode(command)
                .applicationId(Integer.toUnsignedLong(application)).hopByHopId(hopByHop).endToEndId(endToEnd)
                .avps(avps).build();
        byte[] wire = m.encode();
        assertEquals(m.length(), wire.length);
        DecodeResult r = MessageDecoder.decode(wire);
        assertTrue(r.isSuccess(), r::toString);
        assertEquals(m, r.message());
        assertArrayEquals(wire, r.message().encode());
        // every group opens back into the AVPs it was built from
        List<Avp> original = new ArrayList<>();
        Avp.walk(m.avps(), a -> a.looksGrouped(), 10, (a, level) -> original.add(a));
        List<Avp> decoded = new ArrayList<>();
        Avp.walk(r.message().avps(), a -> a.looksGrouped(), 10, (a, level) -> decoded.add(a));
        assertEquals(original, decoded);
    }

    @Provide
    Arbitrary<Integer> answerOrRequestFlags() {
        return Arbitraries.integers().between(0, 255).filter(f -> (f & 0xA0) != 0xA0);
    }

    @Property
    void arbitraryBytesNeverThrow(@ForAll @Size(max = 300) byte[] garbage, @ForAll boolean fixLength) {
        byte[] b = garbage.clone();
        if (fixLength && b.length >= 20) {
            b[0] = 1;
            b[1] = (byte) (b.length >>> 16);
            b[2] = (byte) (b.length >>> 8);
            b[3] = (byte) b.length;
            b[4] &= 0x7F;
        }
        DecodeResult r = MessageDecoder.decode(b);
        if (r.isSuccess()) {
            try {
                Avp.walk(r.message().avps(), Avp::looksGrouped, 50, (a, level) -> { });
                for (AvpType t : AvpType.values()) {
                    for (Avp a : r.message().avps()) {
                        t.check(a);
                    }
                }
                r.message().toString();
            } catch (InvalidAvpValueException e) {
                assertTrue(e.error().resultCode() > 0);
            }
        } else {
            assertTrue(r.error().resultCode() >= 3000, r::toString);
        }
    }
}
