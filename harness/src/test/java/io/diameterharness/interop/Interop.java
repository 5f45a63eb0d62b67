package io.diameterharness.interop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.diameterharness.codec.Avp;
import io.diameterharness.codec.DiameterMessage;
import io.diameterharness.dictionary.Avps;
import io.diameterharness.fixtures.Pdml;
import io.diameterharness.fixtures.Tshark;
import io.diameterharness.journal.Journal;
import io.diameterharness.journal.MessageEntry;
import io.diameterharness.peer.InboundRequest;
import io.diameterharness.peer.PeerConfig;
import io.diameterharness.peer.PeerConnection;
import io.diameterharness.peer.RequestHandler;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** What the interoperability scenarios share: identities, CCR/CCA, and the Wireshark check. */
final class Interop {

    static final Duration WAIT = Duration.ofSeconds(20);
    static final int CREDIT_CONTROL = 272;
    static final int DEVICE_WATCHDOG = 280;
    static final int DISCONNECT_PEER = 282;
    static final long CREDIT_CONTROL_APPLICATION = 4;
    static final String REALM = "example.test";

    private Interop() {
    }

    /** Our peer's configuration: the Credit-Control application, loopback, the given identity. */
    static PeerConfig.Builder peer(String originHost) {
        return PeerConfig.builder().originHost(originHost).originRealm(REALM)
                .authApplicationIds(CREDIT_CONTROL_APPLICATION);
    }

    /** Base protocol by default; every CCR answered with this Result-Code as RFC 4006 asks. */
    static RequestHandler answeringCreditControl(long resultCode) {
        return request -> {
            if (request.message().commandCode() == CREDIT_CONTROL) {
                request.answer(creditControlAnswer(request, resultCode));
            } else {
                request.answerByDefault();
            }
        };
    }

    /** A CCA echoing CC-Request-Type and CC-Request-Number (an answer-message for 3xxx). */
    static DiameterMessage creditControlAnswer(InboundRequest request, long resultCode) {
        DiameterMessage.Builder answer = request.answerBuilder(resultCode);
        if (resultCode < 3000 || resultCode >= 4000) {
            DiameterMessage ccr = request.message();
            answer.avp(Avps.AUTH_APPLICATION_ID.avp(CREDIT_CONTROL_APPLICATION));
            ccr.avp(Avps.CC_REQUEST_TYPE.code()).ifPresent(answer::avp);
            ccr.avp(Avps.CC_REQUEST_NUMBER.code()).ifPresent(answer::avp);
        }
        return answer.build();
    }

    /** Base protocol by default, except that DWRs are left unanswered. */
    static RequestHandler ignoringWatchdogs(long creditControlResultCode) {
        RequestHandler others = answeringCreditControl(creditControlResultCode);
        return request -> {
            if (request.message().commandCode() == DEVICE_WATCHDOG) {
                request.drop();
            } else {
                others.handle(request);
            }
        };
    }

    /** Like {@link RequestHandler#DEFAULT} but without answering DWR. */
    static RequestHandler baseWithoutWatchdogAnswers() {
        return request -> {
            if (request.message().commandCode() == DEVICE_WATCHDOG) {
                request.drop();
            } else if (isBaseProtocol(request.message().commandCode())) {
                request.answerByDefault();
            } else {
                request.answer(request.errorAnswer(3001, null, List.of()));
            }
        };
    }

    static boolean isBaseProtocol(int commandCode) {
        return commandCode == 257 || commandCode == DEVICE_WATCHDOG || commandCode == DISCONNECT_PEER;
    }

    /** CCR number {@code number} of a session of {@code count} (INITIAL, UPDATE..., TERMINATION). */
    static DiameterMessage creditControlRequest(PeerConnection connection, String sessionId,
            String destinationRealm, int number, int count) {
        int type = count == 1 ? 4 : number == 0 ? 1 : number == count - 1 ? 3 : 2;
        DiameterMessage.Builder ccr = connection.newRequest(CREDIT_CONTROL, CREDIT_CONTROL_APPLICATION)
                .proxiable()
                .avpAt(0, Avps.SESSION_ID.avp(sessionId))
                .avp(Avps.DESTINATION_REALM.avp(destinationRealm))
                .avp(Avps.AUTH_APPLICATION_ID.avp(CREDIT_CONTROL_APPLICATION))
                .avp(Avps.SERVICE_CONTEXT_ID.avp("32274@3gpp.org"))
                .avp(Avps.CC_REQUEST_TYPE.avp(type))
                .avp(Avps.CC_REQUEST_NUMBER.avp((long) number))
                .avp(Avps.SUBSCRIPTION_ID.avp(Avps.SUBSCRIPTION_ID_TYPE.avp(0),
                        Avps.SUBSCRIPTION_ID_DATA.avp("41780000001")));
        if (type != 3) {
            ccr.avp(Avps.REQUESTED_SERVICE_UNIT.avp(
                    Avps.CC_SERVICE_SPECIFIC_UNITS.avp(BigInteger.ONE)));
        }
        return ccr.build();
    }

    static long resultCode(DiameterMessage answer) {
        return Avps.RESULT_CODE.read(answer.avp(Avps.RESULT_CODE.code()).orElseThrow(
                () -> new AssertionError("no Result-Code in " + answer)));
    }

    static <T> T read(io.diameterharness.dictionary.AvpKey<T> key, DiameterMessage message) {
        Avp avp = message.avp(key.code()).orElseThrow(
                () -> new AssertionError("no " + key + " in " + message));
        return key.read(avp);
    }

    /** Whether the journal holds a message with this command, direction and request/answer kind. */
    static boolean has(Journal journal, int commandCode, boolean inbound, boolean request) {
        return journal.messages().stream().anyMatch(m -> m.commandCode() == commandCode
                && m.isInbound() == inbound && m.isRequest() == request);
    }

    static MessageEntry await(Journal journal, String what, int commandCode, boolean inbound,
            boolean request) {
        return journal.await(MessageEntry.class, what, m -> m.commandCode() == commandCode
                && m.isInbound() == inbound && m.isRequest() == request, WAIT);
    }

    /**
     * Writes every message of the journal (both directions, as they crossed the wire) to a pcap
     * file and has tshark decode it: each frame must be Diameter, with no malformed field and no
     * expert error. Without tshark (and without {@code -Ddiameter.require.tshark=true}) it
     * checks nothing, so that the rest of the scenario still counts.
     */
    static void assertWiresharkDecodesCleanly(Journal journal, Path pcap) throws IOException {
        if (Tshark.find().isEmpty() && !Boolean.getBoolean(Tshark.REQUIRE_PROPERTY)) {
            return; // the real peers have judged already; Wireshark's opinion is a bonus here
        }
        Tshark tshark = Tshark.requireOrSkip();
        int messages = journal.messages().size();
        assertTrue(messages > 0, "the journal holds messages");
        journal.writePcap(pcap);
        List<Pdml.Field> frames = Pdml.parse(
                tshark.run("-r", pcap.toString(), "-T", "pdml").requireSuccess().stdout());
        assertEquals(messages, frames.size(), "one frame per message in " + pcap);
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < frames.size(); i++) {
            Pdml.Field frame = frames.get(i);
            if (frame.findAll(f -> f.name().equals("diameter")).isEmpty()) {
                problems.add("frame " + (i + 1) + " is not decoded as Diameter");
            }
            for (Pdml.Field f : frame.findAll(f -> f.name().equals("_ws.malformed")
                    || f.name().startsWith("_ws.expert") && f.showName().contains("(Error/"))) {
                problems.add("frame " + (i + 1) + ": " + f.showName());
            }
        }
        assertTrue(problems.isEmpty(), () -> "tshark finds problems in " + pcap + ": " + problems
                + "\n" + journal.transcript());
    }
}
