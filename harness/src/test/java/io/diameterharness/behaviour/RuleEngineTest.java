package io.diameterharness.behaviour;

import static io.diameterharness.behaviour.Answer.failure;
import static io.diameterharness.behaviour.Answer.success;
import static io.diameterharness.behaviour.Requests.creditControlRequest;
import static io.diameterharness.behaviour.Requests.deviceWatchdogRequest;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.instanceOf;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.diameterharness.codec.DiameterMessage;
import io.diameterharness.codec.ResultCode;
import io.diameterharness.dictionary.Avps;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RuleEngineTest {
    private final RuleEngine engine = new RuleEngine();

    private static DiameterMessage ccr(int type) {
        return DiameterMessage.request(272, 4).proxiable().hopByHopId(1).endToEndId(2)
                .avp(Avps.SESSION_ID.avp("c;1;2"))
                .avp(io.diameterharness.codec.Avp.builder(416).mandatory().enumerated(type).build())
                .build();
    }

    private static DiameterMessage dwr() {
        return DiameterMessage.request(280, 0).build();
    }

    private Action decide(DiameterMessage m) {
        return engine.decide(m, new RecordingExchange(m)).action();
    }

    private List<String> decisions(DiameterMessage m, int n) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(Rule.describe(decide(m)));
        }
        return out;
    }

    @Test
    void unmatchedRequestGetsTheDefaultAndIsRecorded() {
        assertThat(decide(ccr(1)), instanceOf(Action.Default.class));
        assertThat(engine.unmatched().size(), is(1));
    }

    @Test
    void baseProtocolRequestsWithoutRulesAreNotCountedAsUnmatched() {
        assertThat(decide(dwr()), instanceOf(Action.Default.class));
        assertThat(engine.unmatched().size(), is(0));
    }

    @Test
    void mostRecentMatchingRuleWins() {
        new Stubbing(engine, creditControlRequest()).answer(success());
        new Stubbing(engine, creditControlRequest()).answer(failure(ResultCode.DIAMETER_CREDIT_LIMIT_REACHED));
        Action a = decide(ccr(1));
        assertThat(((Action.Respond) a).answer().code(), is(4012L));
    }

    @Test
    void olderRuleAppliesWhenTheNewerOneDoesNotMatch() {
        new Stubbing(engine, creditControlRequest()).answer(success());
        new Stubbing(engine, deviceWatchdogRequest()).drop();
        assertThat(((Action.Respond) decide(ccr(1))).answer().code(), is(2001L));
        assertThat(decide(dwr()), instanceOf(Action.Drop.class));
    }

    @Test
    void answerTimesThenDropGivesTheDefaultOnceThenDrops() {
        new Stubbing(engine, deviceWatchdogRequest()).answerTimes(1).thenDrop();
        assertThat(decisions(dwr(), 3), contains("default handling", "drop", "drop"));
    }

    @Test
    void exhaustedSequenceFallsThroughToOlderRules() {
        new Stubbing(engine, creditControlRequest()).answer(success());
        new Stubbing(engine, creditControlRequest()).drop().times(2);
        assertThat(decisions(ccr(1), 3), contains("drop", "drop", "answer Result-Code 2001"));
    }

    @Test
    void onlyNthAppliesToThatRequestAlone() {
        new Stubbing(engine, creditControlRequest()).onlyNth(2).drop();
        assertThat(decisions(ccr(1), 3), contains("default handling", "drop", "default handling"));
    }

    @Test
    void scenarioStatesGateRulesAndMoveOnFiring() {
        new Stubbing(engine, creditControlRequest()).inScenario("quota").whenState(Rule.STARTED)
                .willSetStateTo("low").answer(success());
        new Stubbing(engine, creditControlRequest()).inScenario("quota").whenState("low")
                .answer(failure(ResultCode.DIAMETER_CREDIT_LIMIT_REACHED));
        assertThat(decisions(ccr(2), 3), contains("answer Result-Code 2001", "answer Result-Code 4012",
                "answer Result-Code 4012"));
        assertThat(engine.scenarioState("quota"), equalTo("low"));
    }

    @Test
    void removedRuleNoLongerApplies() {
        RuleHandle h = new Stubbing(engine, creditControlRequest()).drop();
        assertThat(h.remove(), is(true));
        assertThat(h.remove(), is(false));
        assertThat(decide(ccr(1)), instanceOf(Action.Default.class));
    }

    @Test
    void resetForgetsRulesScenariosAndUnmatched() {
        new Stubbing(engine, creditControlRequest()).inScenario("s").willSetStateTo("x").drop();
        decide(ccr(1));
        decide(dwr());
        engine.reset();
        assertThat(engine.rules().size(), is(0));
        assertThat(engine.scenarioState("s"), equalTo(Rule.STARTED));
        assertThat(engine.unmatched().size(), is(0));
    }

    @Test
    void patternsWithCcRequestTypeSelectTheRightRequests() {
        new Stubbing(engine, creditControlRequest(3)).answer(failure(5002));
        assertThat(decide(ccr(1)), instanceOf(Action.Default.class));
        assertThat(((Action.Respond) decide(ccr(3))).answer().code(), is(5002L));
    }

    @Test
    void expectationsCountWhatEachRuleHandled() {
        RuleHandle h = new Stubbing(engine, creditControlRequest()).answer(success()).expectTimes(1);
        assertThat(engine.unmetExpectations(), contains("on CCR: answer Result-Code 2001 expected 1 time, fired 0"));
        decide(ccr(1));
        assertThat(engine.unmetExpectations(), is(org.hamcrest.Matchers.empty()));
        assertThat(h.firedCount(), is(1));
        decide(ccr(1));
        assertThat(engine.unmetExpectations(), contains("on CCR: answer Result-Code 2001 expected 1 time, fired 2"));
    }

    @Test
    void misuseFailsWithAClearMessage() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> new Stubbing(engine, creditControlRequest()).whenState("x"));
        assertThat(e.getMessage(), equalTo("whenState(...) needs inScenario(name) first"));
        IllegalArgumentException n = assertThrows(IllegalArgumentException.class,
                () -> new Stubbing(engine, creditControlRequest()).onlyNth(0));
        assertThat(n.getMessage(), equalTo("onlyNth counts from 1: 0"));
        assertThat(engine.decide(dwr(), new RecordingExchange(dwr())).rule(), nullValue());
    }
}
