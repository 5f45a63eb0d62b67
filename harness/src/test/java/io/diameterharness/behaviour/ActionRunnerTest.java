package io.diameterharness.behaviour;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

import io.diameterharness.codec.Avp;
import io.diameterharness.codec.DiameterMessage;
import io.diameterharness.codec.ResultCode;
import io.diameterharness.dictionary.Avps;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ActionRunnerTest {
    private final DiameterMessage ccr = DiameterMessage.request(272, 4).proxiable()
            .hopByHopId(0x11).endToEndId(0x22)
            .avp(Avps.SESSION_ID.avp("client.example.net;1;2"))
            .avp(Avps.AUTH_APPLICATION_ID.avp(4L))
            .avp(Avp.builder(416).mandatory().enumerated(4).build())
            .avp(Avp.builder(415).mandatory().unsigned32(0).build())
            .build();
    private final RecordingExchange ex = new RecordingExchange(ccr);
    private final AtomicInteger defaults = new AtomicInteger();

    private void run(Action a) {
        ActionRunner.run(a, ex, defaults::incrementAndGet);
    }

    @Test
    void delayedAnswerIsSentOnlyWhenTheScheduledTimeComes() {
        run(Action.delay(Duration.ofSeconds(6), Action.answer(Answer.success())));
        assertThat(ex.sent(), is(empty()));
        ex.advance(Duration.ofSeconds(5));
        assertThat(ex.sent(), is(empty()));
        ex.advance(Duration.ofSeconds(6));
        assertThat(ex.sent(), hasSize(1));
        assertThat(ex.sent().get(0).hopByHopId(), is(0x11));
    }

    @Test
    void closeAfterADelayedAnswerClosesOnlyAfterTheAnswer() {
        run(Action.closeAfter(Action.delay(Duration.ofMillis(100), Action.answer(Answer.success()))));
        assertThat(ex.events, is(empty()));
        ex.advance(Duration.ofMillis(100));
        assertThat(ex.events.get(0) instanceof DiameterMessage, is(true));
        assertThat(ex.events.get(1), equalTo("close: a rule closes the connection"));
    }

    @Test
    void closeWithoutAnswerRecordsTheDropAndCloses() {
        run(Action.close());
        assertThat(ex.events, contains("dropped: a rule closes the connection", "close: a rule closes the connection"));
    }

    @Test
    void resetAndStopReadingLeaveTheRequestUnanswered() {
        run(Action.reset());
        run(Action.stopReading());
        assertThat(ex.events, contains("dropped: a rule resets the connection", "reset: a rule resets the connection",
                "dropped: a rule stops reading from the connection", "stop reading"));
    }

    @Test
    void twiceSendsTheSameAnswerTwice() {
        run(new Action.Twice(Action.answer(Answer.success())));
        assertThat(ex.sent(), hasSize(2));
        assertThat(ex.sent().get(0), equalTo(ex.sent().get(1)));
    }

    @Test
    void unknownHopByHopChangesOnlyTheHopByHopId() {
        run(new Action.UnknownHopByHop(Action.answer(Answer.success())));
        DiameterMessage sent = ex.sent().get(0);
        assertThat(sent.hopByHopId(), not(0x11));
        assertThat(sent.endToEndId(), is(0x22));
    }

    @Test
    void rawBytesAreWrittenAsGiven() {
        byte[] junk = {1, 0, 0, 7};
        run(Action.raw(junk));
        assertThat((byte[]) ex.events.get(0), equalTo(junk));
    }

    @Test
    void defaultRunsTheEngineDefault() {
        run(Action.byDefault());
        assertThat(defaults.get(), is(1));
        assertThat(ex.events, is(empty()));
    }

    @Test
    void failingAnswerFunctionIsReportedAndAnswered5012() {
        run(Action.answer(request -> {
            throw new IllegalStateException("quota store down");
        }));
        assertThat(ex.events.get(0), equalTo("failed: answer function threw on command 272"));
        DiameterMessage answer = ex.sent().get(0);
        assertThat(Avps.RESULT_CODE.read(answer.avp(268).orElseThrow()),
                is((long) ResultCode.DIAMETER_UNABLE_TO_COMPLY));
    }

    @Test
    void nullFromAnswerFunctionDrops() {
        run(Action.answer(request -> null));
        assertThat(ex.events, contains("dropped: answer function returned null"));
    }

    @Test
    void sendMessageTakesTheRequestIdentifiers() {
        DiameterMessage canned = DiameterMessage.builder().commandCode(272).applicationId(4).build();
        run(new Action.SendMessage(canned));
        List<DiameterMessage> sent = ex.sent();
        assertThat(sent.get(0).hopByHopId(), is(0x11));
        assertThat(sent.get(0).endToEndId(), is(0x22));
    }
}
