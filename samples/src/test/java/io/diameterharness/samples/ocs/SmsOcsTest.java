package io.diameterharness.samples.ocs;

import static io.diameterharness.behaviour.Requests.deviceWatchdogRequest;
import static io.diameterharness.dictionary.Avps.AUTH_APPLICATION_ID;
import static io.diameterharness.dictionary.Avps.DESTINATION_REALM;
import static io.diameterharness.dictionary.Avps.ORIGIN_HOST;
import static io.diameterharness.dictionary.Avps.ORIGIN_STATE_ID;
import static io.diameterharness.dictionary.Avps.SERVICE_CONTEXT_ID;
import static io.diameterharness.dictionary.Avps.SESSION_ID;
import static io.diameterharness.dictionary.Avps.SUBSCRIPTION_ID;
import static io.diameterharness.dictionary.Avps.SUBSCRIPTION_ID_DATA;
import static io.diameterharness.dictionary.Avps.SUBSCRIPTION_ID_TYPE;
import static io.diameterharness.matchers.DiameterMatchers.hasAvp;
import static io.diameterharness.matchers.DiameterMatchers.hasErrorBit;
import static io.diameterharness.matchers.DiameterMatchers.hasFailedAvp;
import static io.diameterharness.matchers.DiameterMatchers.hasResultCode;
import static io.diameterharness.matchers.DiameterMatchers.isAnswer;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.diameterharness.codec.DiameterMessage;
import io.diameterharness.codec.MessageEncoder;
import io.diameterharness.codec.ResultCode;
import io.diameterharness.fake.FakeClient;
import io.diameterharness.junit.DiameterPeer;
import io.diameterharness.junit.EnableDiameterPeers;
import io.diameterharness.peer.CapabilitiesExchangeException;
import io.diameterharness.peer.ConnectionState;
import io.diameterharness.peer.DisconnectCause;
import java.math.BigInteger;
import java.net.Socket;
import java.time.Duration;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The second sample: a small OCS (a Diameter server, {@link SmsOcs}) tested with the harness's fake
 * client standing in for an SMSC.
 */
@Timeout(30)
@EnableDiameterPeers
class SmsOcsTest {

    private static final String ALICE = "41780000001";
    private static final String NOBODY = "41780000009";
    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final long TW_MILLIS = 300;
    private static final long CER_TIMEOUT_MILLIS = 500;

    private final SmsOcs ocs = SmsOcs.start(SmsOcsConfig.builder().originHost("ocs.ocs.example")
            .originRealm("ocs.example").watchdogInterval(Duration.ofMillis(TW_MILLIS))
            .cerTimeout(Duration.ofMillis(CER_TIMEOUT_MILLIS)).subscriber(ALICE, 2).build());

    /** The fake SMSC: built here because it needs the OCS's address; the extension starts and stops it. */
    @DiameterPeer
    FakeClient smsc = FakeClient.builder().name("smsc").realm("smsc.example").connectTo(ocs.address()).build();

    @AfterEach
    void stopOcs() {
        ocs.close();
    }

    private DiameterMessage sms(String sender) {
        return smsc.creditControlSession().event()
                .avp(SERVICE_CONTEXT_ID.avp("32274@3gpp.org"))
                .avp(SUBSCRIPTION_ID.avp(SUBSCRIPTION_ID_TYPE.avp(0), SUBSCRIPTION_ID_DATA.avp(sender)))
                .build();
    }

    @Test
    void debitsOneUnitPerSmsAndRefusesOnceTheBalanceIsUsedUp() {
        // Field bug: a prepaid subscriber with no SMS left went on sending, because the OCS granted
        // before checking the balance.
        assertThat(smsc.send(sms(ALICE)), allOf(isAnswer(272), hasResultCode(ResultCode.DIAMETER_SUCCESS),
                hasAvp("Multiple-Services-Credit-Control/Granted-Service-Unit/CC-Service-Specific-Units",
                        equalTo(BigInteger.ONE))));
        assertThat(smsc.send(sms(ALICE)), hasResultCode(ResultCode.DIAMETER_SUCCESS));
        assertThat(smsc.send(sms(ALICE)), hasResultCode(ResultCode.DIAMETER_CREDIT_LIMIT_REACHED));
        assertThat(smsc.send(sms(NOBODY)), hasResultCode(ResultCode.DIAMETER_USER_UNKNOWN));
        assertThat(ocs.balance(ALICE), is(OptionalLong.of(0)));
    }

    @Test
    void refusesAClientWithoutAnApplicationInCommon() throws Exception {
        // Field bug: the OCS accepted a Gx-only PCRF's CER and then choked on Gx requests it could not
        // parse; RFC 6733 section 5.3 wants 5010 DIAMETER_NO_COMMON_APPLICATION and no connection.
        try (FakeClient pcrf = FakeClient.builder().name("pcrf").applications(16777238).connectTo(ocs.address())
                .build()) {
            CapabilitiesExchangeException refused = assertThrows(CapabilitiesExchangeException.class, pcrf::start);

            assertThat(refused.resultCode(), is((long) ResultCode.DIAMETER_NO_COMMON_APPLICATION));
            assertThat(refused.answer().orElseThrow(), allOf(isAnswer(257),
                    hasAvp(ORIGIN_HOST, equalTo("ocs.ocs.example")), hasAvp(AUTH_APPLICATION_ID, equalTo(4L))));
            assertThat(pcrf.connection().closeFuture().get(5, TimeUnit.SECONDS), notNullValue());
        }
    }

    @Test
    void namesTheMissingAvpOfAnIncompleteRequest() {
        // Field bug: a CCR without Service-Context-Id was answered 5012 UNABLE_TO_COMPLY, and the SMSC team
        // spent a week finding out what the OCS wanted.
        DiameterMessage withoutServiceContext = smsc.creditControlSession().event()
                .avp(SUBSCRIPTION_ID.avp(SUBSCRIPTION_ID_TYPE.avp(0), SUBSCRIPTION_ID_DATA.avp(ALICE))).build();

        assertThat(smsc.send(withoutServiceContext), allOf(hasResultCode(ResultCode.DIAMETER_MISSING_AVP),
                hasFailedAvp(SERVICE_CONTEXT_ID)));
        assertThat(ocs.balance(ALICE), is(OptionalLong.of(2)));
    }

    @Test
    void answersMalformedRequestsWithTheirResultCodeAndStaysConnected() {
        // Field bug: one CCR with a corrupt AVP length made the OCS drop the connection, and with it
        // every SMS in flight from that SMSC.
        byte[] badAvpLength = MessageEncoder.encode(sms(ALICE).toBuilder().hopByHopId(0x0BAD0001).build());
        badAvpLength[20 + 5] = 0x7F; // the first AVP (Session-Id) claims far more octets than there are
        byte[] errorBitOnRequest = MessageEncoder.encode(sms(ALICE).toBuilder().hopByHopId(0x0BAD0002).build());
        errorBitOnRequest[4] |= (byte) DiameterMessage.FLAG_ERROR; // RFC 6733 section 3: never on a request

        smsc.connection().writeRaw(badAvpLength);
        smsc.connection().writeRaw(errorBitOnRequest);

        assertThat(smsc.awaitAnswer(0x0BAD0001, WAIT), allOf(isAnswer(272),
                hasResultCode(ResultCode.DIAMETER_INVALID_AVP_LENGTH)));
        assertThat(smsc.awaitAnswer(0x0BAD0002, WAIT), allOf(isAnswer(272),
                hasResultCode(ResultCode.DIAMETER_INVALID_HDR_BITS), hasErrorBit()));
        assertThat(smsc.send(sms(ALICE)), hasResultCode(ResultCode.DIAMETER_SUCCESS));
        assertThat(ocs.balance(ALICE), is(OptionalLong.of(1)));
    }

    @Test
    void answersWhatItDoesNotServeWithProtocolErrors() {
        // Field bug: CCRs routed to the wrong realm and accounting requests sent by mistake were answered
        // 2001 by the OCS, so nobody noticed that SMS were not charged.
        DiameterMessage otherRealm = sms(ALICE).toBuilder()
                .removeAvps(DESTINATION_REALM.code(), 0).avp(DESTINATION_REALM.avp("other.example")).build();
        DiameterMessage accounting = smsc.newRequest(271, 3).proxiable()
                .avp(SESSION_ID.avp("smsc.smsc.example;1;1")).build();

        assertThat(smsc.send(otherRealm), allOf(hasResultCode(ResultCode.DIAMETER_REALM_NOT_SERVED), hasErrorBit()));
        assertThat(smsc.send(accounting), allOf(hasResultCode(ResultCode.DIAMETER_COMMAND_UNSUPPORTED),
                hasErrorBit()));
        assertThat(ocs.balance(ALICE), is(OptionalLong.of(2)));
    }

    @Test
    void closesAConnectionThatNeverSendsCer() throws Exception {
        // Field bug: port scanners and half-configured clients connected and said nothing; each held an
        // OCS connection slot until the OCS ran out of them.
        try (Socket silent = new Socket()) {
            long start = System.nanoTime();
            silent.connect(ocs.address(), 5000);
            silent.setSoTimeout((int) WAIT.toMillis());

            assertThat(silent.getInputStream().read(), is(-1)); // closed by the OCS, nothing written
            assertThat((System.nanoTime() - start) / 1_000_000, greaterThanOrEqualTo(CER_TIMEOUT_MILLIS - 50));
        }
    }

    @Test
    void closesTheConnectionOfAClientThatStopsAnsweringWatchdogs() throws Exception {
        // Field bug: an SMSC hung with its TCP connection still open; the OCS kept the link "up" and
        // reserved its sessions for hours.
        smsc.on(deviceWatchdogRequest()).drop();

        smsc.connection().closeFuture().get(WAIT.toMillis(), TimeUnit.MILLISECONDS);

        assertThat(smsc.requests(deviceWatchdogRequest()), hasSize(1)); // one DWR, Tw without DWA, closed
    }

    @Test
    void sendsWatchdogsOnAnIdleLinkAndAnswersTheClients() {
        // Field bug: the OCS never sent DWR on idle links, so a firewall dropped them silently after its idle
        // timeout, and the next SMS went into a dead socket.
        for (int i = 0; i < 3; i++) {
            assertThat(smsc.takeRequest(deviceWatchdogRequest(), WAIT),
                    hasAvp(ORIGIN_STATE_ID, equalTo(ocs.originStateId())));
        }
        assertThat(smsc.connection().state(), is(ConnectionState.OPEN));

        DiameterMessage dwa = smsc.send(smsc.newRequest(280, 0).avp(ORIGIN_STATE_ID.avp(smsc.originStateId()))
                .build());

        assertThat(dwa, allOf(isAnswer(280), hasResultCode(ResultCode.DIAMETER_SUCCESS),
                hasAvp(ORIGIN_HOST, equalTo("ocs.ocs.example")),
                hasAvp(ORIGIN_STATE_ID, equalTo(ocs.originStateId()))));
        assertThat(smsc.receivedAnswers(), hasItem(isAnswer(280)));
    }

    @Test
    void answersDprAndLetsTheClientGo() throws Exception {
        // Field bug: the OCS ignored DPR, so every planned SMSC restart left a half-dead link behind.
        DiameterMessage dpa = smsc.disconnect(DisconnectCause.REBOOTING);

        assertThat(dpa, allOf(isAnswer(282), hasResultCode(ResultCode.DIAMETER_SUCCESS)));
        smsc.connection().closeFuture().get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
    }
}
