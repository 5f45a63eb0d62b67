package io.diameterharness.codec;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** What the codec fuzz tests hold every outcome to. */
final class FuzzChecks {
    /** A small maximum so that the size check is reachable with fuzzer-sized inputs. */
    static final MessageDecoder.Options OPTIONS = MessageDecoder.DEFAULT_OPTIONS.withMaxMessageSize(8192)
            .withMaxNestingDepth(8);

    private FuzzChecks() {
    }

    static void assertKnownResultCode(int resultCode, String what) {
        assertTrue(resultCode >= 3000 && resultCode < 6000 && !"UNKNOWN".equals(ResultCode.name(resultCode)),
                "an RFC 6733 error Result-Code: " + what);
    }

    /** Walks, prints and reads every AVP value as its shape allows; value errors are values. */
    static void walkEverything(DiameterMessage m) {
        m.toString();
        try {
            Avp.walk(m.avps(), Avp::looksGrouped, 64, (avp, level) -> {
                avp.toString();
                avp.encode();
            });
        } catch (InvalidAvpValueException e) {
            assertKnownResultCode(e.error().resultCode(), e.toString());
        }
    }
}
