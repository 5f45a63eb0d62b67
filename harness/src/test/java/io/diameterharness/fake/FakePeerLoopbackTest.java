package io.diameterharness.fake;

import static io.diameterharness.behaviour.Answer.failure;
import static io.diameterharness.behaviour.Answer.success;
import static io.diameterharness.behaviour.Requests.creditControlRequest;
import static io.diameterharness.behaviour.Requests.deviceWatchdogRequest;
import static io.diameterharness.behaviour.Requests.reAuthRequest;
import static io.diameterharness.dictionary.Avps.CC_REQUEST_NUMBER;
import static io.diameterharness.dictionary.Avps.CC_REQUEST_TYPE;
import static io.diameterharness.dictionary.Avps.SERVICE_CONTEXT_ID;
import static io.diameterharness.matchers.DiameterMatchers.hasAvp;
import static io.diameterharness.matchers.DiameterMatchers.hasErrorBit;
import static io.diameterharness.matchers.DiameterMatchers.hasFailedAvp;
import static io.diameterharness.matchers.DiameterMatchers.hasNoFailedAvp;
import static io.diameterharness.matchers.DiameterMatchers.hasResultCode;
import static io.diameterharness.matchers.DiameterMatchers.isAnswer;
import static io.diameterharness.matchers.DiameterMatchers.isRequest;
import static io.diameterharness.matchers.DiameterMatchers.shareOneSessionId;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.mockito.ArgumentMatchers.any;

import io.diameterharness.behaviour.Action;
import io.diameterharness.behaviour.AnswerFunction;
import io.diameterharness.codec.Avp;
import io.diameterharness.codec.DiameterMessage;
import io.diameterharness.codec.ResultCode;
import io.diameterharness.dictionary.AvpPath;
import io.diameterharness.dictionary.Avps;
import io.diameterharness.journal.MessageEntry;
import io.diameterharness.peer.ConnectionState;
import io.diameterharness.peer.WatchdogState;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Every action, default and matcher of the behaviour layer over real loopback connections. */
@Timeout(30)
class FakePeerLoopbackTest {
    private static final Duration SHORT = Duration.ofMillis(300);

    private FakeServer ocs;
    private FakeClient client;

    @BeforeEach
    void start() {
        ocs = FakeServer.builder().name("ocs").realm("ocs.example").start();
        client = FakeClient.builder().name("pcef").realm("pcef.example").connectTo(ocs).start();
    }

    @AfterEach
    void stop() {
        client.close();
        ocs.close();
    }

    private DiameterMessage ccrEvent() {
        return client.creditControlSession().event()
                .avp(SERVICE_CONTEXT_ID.avp("32274@3gpp.org"))
                .build();
    }

    @Test
    void answersWithSuccessDerivedFromTheRequest() {
        ocs.on(creditControlRequest()).answer(success());
        DiameterMessage request = ccrEvent();
        DiameterMessage cca = client.send(request);
        assertThat(cca, allOf(isAnswer(272), hasResultCode(ResultCode.DIAMETER_SUCCESS),
                hasAvp(CC_REQUEST_TYPE, equalTo(4)), hasAvp(CC_REQUEST_NUMBER, equalTo(0L)),
                hasAvp(Avps.ORIGIN_HOST, equalTo("ocs.ocs.example"))));
        assertThat(List.of(request, cca), shareOneSessionId());
        assertThat(ocs.takeRequest(), allOf(isRequest(272), hasAvp(SERVICE_CONTEXT_ID, equalTo("32274@3gpp.org"))));
    }

    @Test
    void delayedAnswerArrivesOnlyAfterTheDelay() throws Exception {
        ocs.on(creditControlRequest()).answerAfter(Duration.ofMillis(600), success());
        CompletableFuture<DiameterMessage> answer = client.sendAsync(ccrEvent());
        assertThrows(TimeoutException.class, () -> answer.get(200, TimeUnit.MILLISECONDS));
        assertThat(answer.get(5, TimeUnit.SECONDS), hasResultCode(2001));
    }

    @Test
    void droppedRequestGetsNoAnswer() {
        ocs.on(creditControlRequest()).drop();
        AssertionError e = assertThrows(AssertionError.class, () -> client.send(ccrEvent(), SHORT));
        assertThat(e.getMessage(), startsWith("no answer within 300 ms to command 272"));
        assertThat(ocs.requestCount(creditControlRequest()), is(1));
    }

    @Test
    void closeAfterAnswerAnswersThenClosesTheConnection() throws Exception {
        ocs.on(creditControlRequest()).respond(Action.closeAfter(Action.answer(success())));
        assertThat(client.send(ccrEvent()), hasResultCode(2001));
        String reason = client.connection().closeFuture().get(5, TimeUnit.SECONDS);
        assertThat(reason, not(equalTo("")));
    }

    @Test
    void resetClosesTheConnectionWithoutAnswer() throws Exception {
        ocs.on(creditControlRequest()).reset();
        CompletableFuture<DiameterMessage> answer = client.sendAsync(ccrEvent());
        client.connection().closeFuture().get(5, TimeUnit.SECONDS);
        ExecutionException e = assertThrows(ExecutionException.class, () -> answer.get(5, TimeUnit.SECONDS));
        assertThat(e.getCause().getMessage(), not(equalTo(null)));
    }

    @Test
    void stalledPeerStopsReadingSoLaterRequestsNeverReachIt() throws Exception {
        ocs.on(creditControlRequest()).stopReading();
        client.sendAsync(ccrEvent());
        ocs.takeRequest(creditControlRequest(), Duration.ofSeconds(5));
        java.util.List<CompletableFuture<DiameterMessage>> pending = new java.util.ArrayList<>();
        for (int i = 0; i < 200; i++) {
            pending.add(client.sendAsync(ccrEvent()));
        }
        // a DWR from the client after the flood would be answered by a reading peer: it is not
        AssertionError none = assertThrows(AssertionError.class,
                () -> ocs.takeRequest(creditControlRequest(), Duration.ofMillis(500)));
        assertThat(none.getMessage(), startsWith("no request matching CCR within 500 ms"));
        assertThat(ocs.requestCount(creditControlRequest()), is(1));
        assertThat(pending.stream().noneMatch(CompletableFuture::isDone), is(true));
    }

    @Test
    void rawBytesReachTheClientAsAnUndecodableMessage() {
        byte[] truncated = {1, 0, 0, 24, 0, 0, 1, 16, 0, 0, 0, 4, 0, 0, 0, 1, 0, 0, 0, 2, 0, 0, 1, 7};
        ocs.on(creditControlRequest()).answerRaw(truncated);
        client.sendAsync(ccrEvent());
        MessageEntry e = client.journal().take(MessageEntry.class, "an undecodable message",
                m -> m.message() == null, Duration.ofSeconds(5));
        assertThat(e.decodeError().orElseThrow().resultCode(), is(ResultCode.DIAMETER_INVALID_AVP_LENGTH));
    }

    @Test
    void answerToARequestWrittenAsRawBytesIsFoundByItsHopByHop() {
        ocs.on(creditControlRequest()).answer(failure(ResultCode.DIAMETER_CREDIT_LIMIT_REACHED));
        byte[] bytes = io.diameterharness.codec.MessageEncoder.encode(ccrEvent().toBuilder().hopByHopId(0x0BAD0001)
                .build());
        client.connection().writeRaw(bytes);
        assertThat(client.awaitAnswer(0x0BAD0001, Duration.ofSeconds(5)), allOf(isAnswer(272), hasResultCode(4012)));
        AssertionError none = assertThrows(AssertionError.class, () -> client.awaitAnswer(0x0BAD0002, SHORT));
        assertThat(none.getMessage(), containsString("an answer with Hop-by-Hop Identifier 0x0bad0002"));
    }

    @Test
    void answerSentTwiceIsSeenTwiceByTheClient() {
        ocs.on(creditControlRequest()).respond(new Action.Twice(Action.answer(success())));
        assertThat(client.send(ccrEvent()), hasResultCode(2001));
        client.journal().await(MessageEntry.class, "two CCAs",
                m -> client.receivedAnswers().stream().filter(a -> a.commandCode() == 272).count() == 2,
                Duration.ofSeconds(5));
        assertThat(ocs.sentAnswers().stream().filter(a -> a.commandCode() == 272).count(), is(2L));
    }

    @Test
    void answerWithAnUnknownHopByHopLeavesTheRequestPending() {
        ocs.on(creditControlRequest()).respond(new Action.UnknownHopByHop(Action.answer(success())));
        assertThrows(AssertionError.class, () -> client.send(ccrEvent(), SHORT));
        assertThat(client.receivedAnswers().stream().filter(a -> a.commandCode() == 272).count(), is(1L));
    }

    @Test
    void protocolErrorCarriesTheEBitAndErrorMessage() {
        ocs.on(creditControlRequest()).answer(failure(ResultCode.DIAMETER_UNABLE_TO_DELIVER)
                .errorMessage("no route to host"));
        DiameterMessage a = client.send(ccrEvent());
        assertThat(a, allOf(hasResultCode(3002), hasErrorBit(),
                hasAvp(Avps.ERROR_MESSAGE, equalTo("no route to host"))));
    }

    @Test
    void sequenceAnswersTheFirstTwoThenDrops() {
        ocs.on(creditControlRequest()).answer(success()).times(2).thenDrop();
        assertThat(client.send(ccrEvent()), hasResultCode(2001));
        assertThat(client.send(ccrEvent()), hasResultCode(2001));
        assertThrows(AssertionError.class, () -> client.send(ccrEvent(), SHORT));
    }

    @Test
    void onlyTheSecondRequestIsDelayed() throws Exception {
        ocs.on(creditControlRequest()).onlyNth(2).answerAfter(Duration.ofMillis(500), success());
        assertThat(client.send(ccrEvent(), SHORT), hasResultCode(2001));
        CompletableFuture<DiameterMessage> second = client.sendAsync(ccrEvent());
        assertThrows(TimeoutException.class, () -> second.get(150, TimeUnit.MILLISECONDS));
        assertThat(client.send(ccrEvent(), SHORT), hasResultCode(2001));
        assertThat(second.get(5, TimeUnit.SECONDS), hasResultCode(2001));
    }

    @Test
    void quotaScenarioRunsThroughInitialUpdateAndTermination() {
        ocs.on(creditControlRequest(1)).inScenario("quota").willSetStateTo("granted")
                .answer(success().grantingRequestedUnits());
        ocs.on(creditControlRequest(2)).inScenario("quota").whenState("granted").willSetStateTo("exhausted")
                .answer(failure(ResultCode.DIAMETER_CREDIT_LIMIT_REACHED));
        ocs.on(creditControlRequest(3)).inScenario("quota").whenState("exhausted").answer(success());
        CreditControlSession s = client.creditControlSession();
        assertThat(client.send(s.initial().build()), hasResultCode(2001));
        assertThat(client.send(s.update().build()), allOf(hasResultCode(4012), hasAvp(CC_REQUEST_NUMBER, equalTo(1L))));
        assertThat(client.send(s.termination().build()), allOf(hasResultCode(2001), hasAvp(CC_REQUEST_NUMBER, equalTo(2L))));
        assertThat(ocs.requests(creditControlRequest()), shareOneSessionId());
    }

    @Test
    void unmatchedValidRequestIsAnsweredSuccess() {
        DiameterMessage a = client.send(ccrEvent());
        assertThat(a, hasResultCode(2001));
        assertThat(ocs.unmatchedRequests(), hasSize(1));
    }

    @Test
    void unmatchedInvalidRequestIsAnswered5005WithFailedAvp() {
        DiameterMessage noServiceContext = client.creditControlSession().event().build();
        DiameterMessage a = client.send(noServiceContext);
        assertThat(a, allOf(hasResultCode(ResultCode.DIAMETER_MISSING_AVP), hasFailedAvp(SERVICE_CONTEXT_ID)));
    }

    @Test
    void requestWithoutItsPBitIsAnswered3008WithTheEBit() {
        DiameterMessage ccr = ccrEvent();
        DiameterMessage noP = ccr.toBuilder().flags(DiameterMessage.FLAG_REQUEST).build();
        DiameterMessage a = client.send(noP);
        assertThat(a, allOf(hasResultCode(ResultCode.DIAMETER_INVALID_HDR_BITS), hasErrorBit(), hasNoFailedAvp()));
        assertThat("the answer's P bit mirrors the request's (RFC 6733 section 6.2)", a.isProxiable(), equalTo(false));
    }

    @Test
    void vendorAvpWithoutItsVBitIsAnswered3009NamingIt() {
        Avp serviceInformationWithoutV = Avp.builder(873).mandatory().grouped().build();
        DiameterMessage a = client.send(ccrEvent().toBuilder().avp(serviceInformationWithoutV).build());
        assertThat(a, allOf(hasResultCode(ResultCode.DIAMETER_INVALID_AVP_BITS), hasErrorBit(),
                hasFailedAvp(873, 0, "Service-Information as received, without the V bit")));
    }

    @Test
    void unmatchedPolicyCommandUnsupportedAnswers3001() {
        try (FakeServer strict = FakeServer.builder().unmatched(UnmatchedPolicy.COMMAND_UNSUPPORTED).start();
             FakeClient c = FakeClient.builder().connectTo(strict).start()) {
            DiameterMessage a = c.send(c.creditControlSession().event().avp(SERVICE_CONTEXT_ID.avp("x")).build());
            assertThat(a, allOf(hasResultCode(3001), hasErrorBit()));
        }
    }

    @Test
    void pickyPeerNamesTheMissingNestedAvp() {
        // Service-Information / SMS-Information / Originator-Address (3GPP TS 32.299, vendor 10415)
        AvpPath<Object> originator = ocs.dictionary().path("873:10415/2000:10415/886:10415");
        ocs.requireAvp(creditControlRequest(), originator);
        ocs.on(creditControlRequest()).answer(success());
        DiameterMessage a = client.send(ccrEvent());
        assertThat(a, hasResultCode(5005));
        Avp failed = a.avp(Avps.FAILED_AVP.code()).orElseThrow().asGrouped().get(0);
        Avp sms = failed.asGrouped().get(0);
        Avp missing = sms.asGrouped().get(0);
        assertThat(List.of(failed.code(), sms.code(), missing.code()), equalTo(List.of(873, 2000, 886)));
        assertThat(missing.vendorId(), is(10415));
    }

    @Test
    void pickyPeerCanStaySilentAboutWhatIsMissing() {
        ocs.requireAvpWithoutSayingWhich(creditControlRequest(), AvpPath.of(Avps.USER_NAME));
        DiameterMessage a = client.send(ccrEvent());
        assertThat(a, allOf(hasResultCode(5005), hasNoFailedAvp()));
        DiameterMessage withUser = client.creditControlSession().event().avp(SERVICE_CONTEXT_ID.avp("x"))
                .avp(Avps.USER_NAME.avp("alice")).build();
        assertThat(client.send(withUser), hasResultCode(2001));
    }

    @Test
    void answerFunctionCanBeAMockitoMock() {
        AnswerFunction fn = mock(AnswerFunction.class);
        when(fn.answer(any())).thenReturn(success().with(Avps.USER_NAME, "computed"));
        ocs.on(creditControlRequest()).answer(fn);
        assertThat(client.send(ccrEvent()), hasAvp(Avps.USER_NAME, equalTo("computed")));
        verify(fn, times(1)).answer(argThat(r -> r.commandCode() == 272));
    }

    @Test
    void failingAnswerFunctionReachesTheTest() {
        ocs.on(creditControlRequest()).answer(r -> {
            throw new IllegalStateException("boom");
        });
        assertThat(client.send(ccrEvent()), hasResultCode(ResultCode.DIAMETER_UNABLE_TO_COMPLY));
        assertThat(ocs.errors(), hasSize(1));
        assertThat(ocs.errors().get(0), containsString("boom"));
    }

    @Test
    void serverInitiatedReAuthIsAnsweredByTheClientRules() {
        client.on(reAuthRequest()).answer(failure(ResultCode.DIAMETER_UNKNOWN_SESSION_ID));
        ocs.awaitConnection(Duration.ofSeconds(5));
        DiameterMessage rar = ocs.newRequest(258, 4).proxiable()
                .avp(Avps.SESSION_ID.avp("pcef.pcef.example;1;1"))
                .avp(Avps.DESTINATION_REALM.avp("pcef.example"))
                .avp(Avps.DESTINATION_HOST.avp("pcef.pcef.example"))
                .avp(Avps.AUTH_APPLICATION_ID.avp(4L))
                .avp(Avps.RE_AUTH_REQUEST_TYPE.avp(0))
                .build();
        assertThat(ocs.send(rar), hasResultCode(ResultCode.DIAMETER_UNKNOWN_SESSION_ID));
        assertThat(client.takeRequest(), isRequest(258));
    }

    @Test
    void takeRequestTimeoutListsWhatWasReceived() {
        AssertionError e = assertThrows(AssertionError.class, () -> ocs.takeRequest(Duration.ofMillis(100)));
        assertThat(e.getMessage(), containsString("no application request within 100 ms"));
    }

    @Test
    void assertNoMoreRequestsFailsWhileRequestsAreUntaken() {
        client.send(ccrEvent());
        AssertionError e = assertThrows(AssertionError.class, ocs::assertNoMoreRequests);
        assertThat(e.getMessage(), startsWith("fake peer ocs received 1 request(s) the test did not take:"));
        ocs.assertNoMoreRequests();
    }

    @Test
    void watchdogAnsweredWith3004DoesNotTakeTheConnectionDown() {
        try (FakeServer busy = FakeServer.builder().start();
             FakeClient c = FakeClient.builder().watchdog(Duration.ofMillis(200))
                     .peerConfig(p -> p.watchdogJitter(false)).connectTo(busy).start()) {
            busy.on(deviceWatchdogRequest()).answer(failure(ResultCode.DIAMETER_TOO_BUSY));
            busy.takeRequest(deviceWatchdogRequest(), Duration.ofSeconds(5));
            busy.takeRequest(deviceWatchdogRequest(), Duration.ofSeconds(5));
            assertThat(c.connection().watchdogState(), is(WatchdogState.OKAY));
            assertThat(c.connection().state(), is(ConnectionState.OPEN));
        }
    }

    @Test
    void serverSendsWatchdogsAtItsOwnPaceWhateverTheTraffic() throws Exception {
        try (AutoCloseable dwrs = ocs.sendWatchdogRequestsEvery(Duration.ofMillis(100))) {
            for (int i = 0; i < 3; i++) {
                client.send(ccrEvent());
                client.takeRequest(deviceWatchdogRequest(), Duration.ofSeconds(5));
            }
        }
        assertThat(ocs.receivedAnswers().stream().filter(a -> a.commandCode() == 280).count() >= 2, is(true));
    }

    @Test
    void rulesAcceptCommandKeysNamesAndHamcrestMatchers() {
        ocs.on(io.diameterharness.behaviour.Requests.command(io.diameterharness.dictionary.Commands.CREDIT_CONTROL))
                .answer(failure(4010));
        assertThat(client.send(ccrEvent()), hasResultCode(4010));
        ocs.on(io.diameterharness.behaviour.Requests.command("CCR")).answer(failure(4011));
        assertThat(client.send(ccrEvent()), hasResultCode(4011));
        ocs.on(io.diameterharness.matchers.DiameterMatchers.requestThat(
                hasAvp("Service-Context-Id", equalTo("special")))).answer(failure(4012));
        assertThat(client.send(ccrEvent()), hasResultCode(4011));
        DiameterMessage special = client.creditControlSession().event().avp(SERVICE_CONTEXT_ID.avp("special")).build();
        assertThat(client.send(special), hasResultCode(4012));
    }

    @Test
    void takeRequestTimeoutShowsReceivedRequestsAsTrees() {
        client.send(ccrEvent());
        AssertionError e = assertThrows(AssertionError.class,
                () -> ocs.takeRequest(reAuthRequest(), Duration.ofMillis(100)));
        assertThat(e.getMessage(), startsWith("no request matching RAR within 100 ms"));
        assertThat(e.getMessage(), containsString("fake peer ocs received these requests:"));
        assertThat(e.getMessage(), containsString("Service-Context-Id"));
    }

    @Test
    void watchdogNeverAnsweredTakesTheClientConnectionDown() throws Exception {
        try (FakeServer silent = FakeServer.builder().start();
             FakeClient c = FakeClient.builder().watchdog(Duration.ofMillis(200))
                     .peerConfig(p -> p.watchdogJitter(false)).connectTo(silent).start()) {
            silent.on(deviceWatchdogRequest()).answerTimes(1).thenDrop();
            String reason = c.connection().closeFuture().get(10, TimeUnit.SECONDS);
            assertThat(reason, containsString("watchdog"));
            assertThat(silent.requestCount(deviceWatchdogRequest()) >= 2, is(true));
        }
    }
}
