package io.diameterharness.behaviour;

import io.diameterharness.codec.Avp;
import io.diameterharness.codec.DiameterMessage;
import io.diameterharness.codec.InvalidAvpValueException;
import io.diameterharness.dictionary.AvpKey;
import java.util.Objects;
import java.util.function.BiPredicate;
import java.util.function.Predicate;

/**
 * Request patterns named as in the specs: {@code creditControlRequest()},
 * {@code deviceWatchdogRequest()}, {@code command(272)}, {@code withAvp(CC_REQUEST_TYPE, 1)},
 * {@code fromPeer("client.example")}. Each describes itself for failure messages.
 */
public final class Requests {
    private Requests() {
    }

    /** A pattern with a description. */
    public static RequestPattern named(String description, BiPredicate<DiameterMessage, Exchange> test) {
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(test, "test");
        return new RequestPattern() {
            @Override
            public boolean matches(DiameterMessage request, Exchange exchange) {
                return test.test(request, exchange);
            }

            @Override
            public String toString() {
                return description;
            }
        };
    }

    /** Any request. */
    public static RequestPattern anyRequest() {
        return named("any request", (m, e) -> true);
    }

    /** Requests with this command code. */
    public static RequestPattern command(int commandCode) {
        return named("command " + commandCode, (m, e) -> m.commandCode() == commandCode);
    }

    /** Requests of this command: its code and its application (0 for the base protocol commands). */
    public static RequestPattern command(io.diameterharness.dictionary.CommandKey command) {
        return named(command.requestShortName(), (m, e) -> command.matchesRequest(m));
    }

    /** Requests of the command with this name or short name in the built-in dictionary ("CCR", "Re-Auth"). */
    public static RequestPattern command(String nameOrShortName) {
        io.diameterharness.dictionary.CommandDefinition c = io.diameterharness.dictionary.Dictionary.builtIn()
                .command(nameOrShortName).orElseThrow(() -> new IllegalArgumentException(
                        "no command named '" + nameOrShortName + "' in the built-in dictionary"));
        return named(nameOrShortName, (m, e) -> m.commandCode() == c.code());
    }

    /** Requests with this Application-ID in the header. */
    public static RequestPattern application(long applicationId) {
        return named("application " + applicationId, (m, e) -> m.applicationIdUnsigned() == applicationId);
    }

    /** Capabilities-Exchange-Request (257). */
    public static RequestPattern capabilitiesExchangeRequest() {
        return named("CER", (m, e) -> m.commandCode() == 257);
    }

    /** Device-Watchdog-Request (280). */
    public static RequestPattern deviceWatchdogRequest() {
        return named("DWR", (m, e) -> m.commandCode() == 280);
    }

    /** Disconnect-Peer-Request (282). */
    public static RequestPattern disconnectPeerRequest() {
        return named("DPR", (m, e) -> m.commandCode() == 282);
    }

    /** Credit-Control-Request (272, RFC 4006). */
    public static RequestPattern creditControlRequest() {
        return named("CCR", (m, e) -> m.commandCode() == 272);
    }

    /** Re-Auth-Request (258). */
    public static RequestPattern reAuthRequest() {
        return named("RAR", (m, e) -> m.commandCode() == 258);
    }

    /** Session-Termination-Request (275). */
    public static RequestPattern sessionTerminationRequest() {
        return named("STR", (m, e) -> m.commandCode() == 275);
    }

    /** Abort-Session-Request (274). */
    public static RequestPattern abortSessionRequest() {
        return named("ASR", (m, e) -> m.commandCode() == 274);
    }

    /** Accounting-Request (271). */
    public static RequestPattern accountingRequest() {
        return named("ACR", (m, e) -> m.commandCode() == 271);
    }

    /** Credit-Control-Request with this CC-Request-Type (1 initial, 2 update, 3 termination, 4 event). */
    public static RequestPattern creditControlRequest(int ccRequestType) {
        return named("CCR with CC-Request-Type " + ccRequestType, (m, e) -> m.commandCode() == 272
                && m.avp(416).map(a -> safeInt(a) == ccRequestType).orElse(false));
    }

    /** Requests with a top-level AVP of this key whose value equals {@code value}. */
    public static <T> RequestPattern withAvp(AvpKey<T> key, T value) {
        return withAvp(key, v -> Objects.deepEquals(v, value), key.name() + " = " + value);
    }

    /** Requests with a top-level AVP of this key whose value satisfies {@code condition}. */
    public static <T> RequestPattern withAvp(AvpKey<T> key, Predicate<? super T> condition, String description) {
        return named("with " + description, (m, e) -> {
            for (Avp a : m.avps(key.code(), key.vendorId())) {
                try {
                    if (condition.test(key.read(a))) {
                        return true;
                    }
                } catch (InvalidAvpValueException ignored) {
                    // a malformed value matches nothing
                }
            }
            return false;
        });
    }

    /** Requests that carry a top-level AVP of this key. */
    public static RequestPattern withAvp(AvpKey<?> key) {
        return named("with " + key.name(), (m, e) -> m.avp(key.code(), key.vendorId()).isPresent());
    }

    /** Requests without a top-level AVP of this key. */
    public static RequestPattern withoutAvp(AvpKey<?> key) {
        return named("without " + key.name(), (m, e) -> m.avp(key.code(), key.vendorId()).isEmpty());
    }

    /** Requests whose header has the T (retransmitted) bit. */
    public static RequestPattern retransmitted() {
        return named("retransmitted", (m, e) -> m.isRetransmission());
    }

    /** Requests from the peer that announced this Origin-Host in its capabilities exchange. */
    public static RequestPattern fromPeer(String originHost) {
        return named("from " + originHost, (m, e) -> originHost.equalsIgnoreCase(e.remoteOriginHost()));
    }

    /** Requests arriving on the connection with this id. */
    public static RequestPattern onConnection(String connectionId) {
        return named("on connection " + connectionId, (m, e) -> connectionId.equals(e.connectionId()));
    }

    /** Requests that satisfy a predicate over the message. */
    public static RequestPattern matching(String description, Predicate<DiameterMessage> predicate) {
        return named(description, (m, e) -> predicate.test(m));
    }

    private static long safeInt(Avp a) {
        try {
            return a.asInteger32();
        } catch (InvalidAvpValueException ex) {
            return Long.MIN_VALUE;
        }
    }
}
