package io.diameterharness.codec;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.net.InetAddress;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Round trips over generated values and messages, and robustness against generated garbage.
 * Each case is generated from its seed (shown in the test name), so a failure is reproducible; the
 * first seeds feed the edge values (0, -1, minimum, maximum) before random ones.
 */
class CodecPropertiesTest {
    private static final int CASES = 300;

    static LongStream seeds() {
        return LongStream.range(0, CASES);
    }

    private static long edgeOrRandom(long seed, Random r, long... edges) {
        return seed < edges.length ? edges[(int) seed] : r.nextLong();
    }

    private static Avp roundTrip(Avp avp) {
        DiameterMessage m = DiameterMessage.request(1000, 0).avp(avp).build();
        DecodeResult r = MessageDecoder.decode(m.encode());
        assertTrue(r.isSuccess(), r::toString);
        return r.message().avps().get(0);
    }

    private static byte[] bytes(Random r, int max) {
        byte[] b = new byte[r.nextInt(max + 1)];
        r.nextBytes(b);
        return b;
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void integersRoundTrip(long seed) {
        Random r = new Random(seed);
        int i32 = (int) edgeOrRandom(seed, r, 0, -1, Integer.MIN_VALUE, Integer.MAX_VALUE);
        long i64 = edgeOrRandom(seed, r, 0, -1, Long.MIN_VALUE, Long.MAX_VALUE);
        long u32 = edgeOrRandom(seed, r, 0, 0xFFFFFFFFL, 0x80000000L, 1) & 0xFFFFFFFFL;
        BigInteger u64 = new BigInteger(Long.toUnsignedString(edgeOrRandom(seed, r, 0, -1, Long.MIN_VALUE, 1)));
        assertEquals(i32, roundTrip(Avp.builder(1).integer32(i32).build()).asInteger32());
        assertEquals(i64, roundTrip(Avp.builder(1).integer64(i64).build()).asInteger64());
        assertEquals(u32, roundTrip(Avp.builder(1).unsigned32(u32).build()).asUnsigned32());
        assertEquals(u64, roundTrip(Avp.builder(1).unsigned64(u64).build()).asUnsigned64());
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void floatsRoundTripBitForBit(long seed) {
        Random r = new Random(seed);
        float f = Float.intBitsToFloat((int) edgeOrRandom(seed, r, Float.floatToRawIntBits(Float.NaN),
                Float.floatToRawIntBits(-0.0f), Float.floatToRawIntBits(Float.POSITIVE_INFINITY)));
        double d = Double.longBitsToDouble(edgeOrRandom(seed, r, Double.doubleToRawLongBits(Double.NaN),
                Double.doubleToRawLongBits(-0.0), Double.doubleToRawLongBits(Double.MIN_VALUE)));
        assertEquals(Float.floatToRawIntBits(f),
                Float.floatToRawIntBits(roundTrip(Avp.builder(1).float32(f).build()).asFloat32()));
        assertEquals(Double.doubleToRawLongBits(d),
                Double.doubleToRawLongBits(roundTrip(Avp.builder(1).float64(d).build()).asFloat64()));
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void timeRoundTripsToTheSecondAcrossTheWrap(long seed) {
        long min = -61_505_152L;
        long max = 4_233_462_143L;
        long unix = seed < 4 ? new long[] {min, max, DiameterTime.WRAP_UNIX - 1, DiameterTime.WRAP_UNIX}[(int) seed]
                : min + Math.floorMod(new Random(seed).nextLong(), max - min + 1);
        Instant t = Instant.ofEpochSecond(unix);
        assertEquals(t, roundTrip(Avp.builder(55).time(t).build()).asTime());
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void utf8StringRoundTrips(long seed) {
        Random r = new Random(seed);
        StringBuilder sb = new StringBuilder();
        int n = r.nextInt(40);
        for (int i = 0; i < n; i++) {
            int cp;
            do {
                cp = r.nextInt(4) == 0 ? r.nextInt(0x110000) : r.nextInt(0x800);
            } while (cp >= 0xD800 && cp <= 0xDFFF);
            sb.appendCodePoint(cp);
        }
        String text = sb.toString();
        assertEquals(text, roundTrip(Avp.builder(1).utf8String(text).build()).asUtf8String());
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void addressesRoundTrip(long seed) throws Exception {
        Random r = new Random(seed);
        byte[] v4 = new byte[4];
        byte[] v6 = new byte[16];
        r.nextBytes(v4);
        r.nextBytes(v6);
        InetAddress a4 = InetAddress.getByAddress(v4);
        InetAddress a6 = InetAddress.getByAddress(v6);
        assertEquals(AddressValue.of(a4), roundTrip(Avp.builder(257).address(a4).build()).asAddress());
        assertEquals(AddressValue.of(a6), roundTrip(Avp.builder(257).address(a6).build()).asAddress());
        AddressValue other = new AddressValue(3 + r.nextInt(65533), bytes(r, 40));
        assertEquals(other, roundTrip(Avp.builder(257).address(other).build()).asAddress());
    }

    private static Avp leaf(Random r) {
        int[] flags = {0x00, 0x40, 0x20, 0x60};
        Avp.Builder b = Avp.builder(r.nextInt()).rawFlags(flags[r.nextInt(4)]).octetString(bytes(r, 40));
        return (r.nextBoolean() ? b : b.vendor(r.nextInt())).build();
    }

    private static Avp tree(Random r, int depth) {
        if (depth == 0 || r.nextInt(3) == 0) {
            return leaf(r);
        }
        List<Avp> children = new ArrayList<>();
        int n = r.nextInt(5);
        for (int i = 0; i < n; i++) {
            children.add(tree(r, depth - 1));
        }
        return Avp.builder(r.nextInt()).mandatory().grouped(children).build();
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void generatedMessagesRoundTripByteForByte(long seed) {
        Random r = new Random(seed);
        List<Avp> avps = new ArrayList<>();
        int n = r.nextInt(9);
        for (int i = 0; i < n; i++) {
            avps.add(tree(r, 5));
        }
        int flags;
        do {
            flags = r.nextInt(256);
        } while ((flags & 0xA0) == 0xA0);
        DiameterMessage m = DiameterMessage.builder().flags(flags).commandCode(r.nextInt(0x1000000))
                .applicationId(Integer.toUnsignedLong(r.nextInt())).hopByHopId(r.nextInt()).endToEndId(r.nextInt())
                .avps(avps).build();
        byte[] wire = m.encode();
        assertEquals(m.length(), wire.length);
        DecodeResult d = MessageDecoder.decode(wire);
        assertTrue(d.isSuccess(), d::toString);
        assertEquals(m, d.message());
        assertArrayEquals(wire, d.message().encode());
        // every group opens back into the AVPs it was built from
        List<Avp> original = new ArrayList<>();
        Avp.walk(m.avps(), a -> a.looksGrouped(), 10, (a, level) -> original.add(a));
        List<Avp> decoded = new ArrayList<>();
        Avp.walk(d.message().avps(), a -> a.looksGrouped(), 10, (a, level) -> decoded.add(a));
        assertEquals(original, decoded);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void arbitraryBytesNeverThrow(long seed) {
        Random r = new Random(seed);
        byte[] b = bytes(r, 300);
        if (r.nextBoolean() && b.length >= 20) {
            b[0] = 1;
            b[1] = (byte) (b.length >>> 16);
            b[2] = (byte) (b.length >>> 8);
            b[3] = (byte) b.length;
            b[4] &= 0x7F;
        }
        DecodeResult d = MessageDecoder.decode(b);
        if (d.isSuccess()) {
            try {
                Avp.walk(d.message().avps(), Avp::looksGrouped, 50, (a, level) -> { });
                for (AvpType t : AvpType.values()) {
                    for (Avp a : d.message().avps()) {
                        t.check(a);
                    }
                }
                d.message().toString();
            } catch (InvalidAvpValueException e) {
                assertTrue(e.error().resultCode() > 0);
            }
        } else {
            assertTrue(d.error().resultCode() >= 3000, d::toString);
        }
    }
}
