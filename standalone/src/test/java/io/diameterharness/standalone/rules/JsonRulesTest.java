package io.diameterharness.standalone.rules;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.instanceOf;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.diameterharness.behaviour.Action;
import io.diameterharness.behaviour.Answer;
import io.diameterharness.behaviour.Exchange;
import io.diameterharness.behaviour.Requests;
import io.diameterharness.behaviour.Rule;
import io.diameterharness.behaviour.RuleEngine;
import io.diameterharness.behaviour.Stubbing;
import io.diameterharness.codec.Avp;
import io.diameterharness.codec.DiameterMessage;
import io.diameterharness.codec.ResultCode;
import io.diameterharness.dictionary.AvpKey;
import io.diameterharness.dictionary.Avps;
import io.diameterharness.standalone.json.Json;
import io.diameterharness.standalone.json.JsonFormatException;
import io.diameterharness.standalone.json.TableVocabulary;
import io.diameterharness.standalone.rules.JsonRules.ParsedRule;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonRulesTest {
    private static final TableVocabulary NAMES = TableVocabulary.fromDictionary(io.diameterharness.dictionary.Dictionary.builtIn());
    private static final JsonRules RULES = new JsonRules(NAMES);

    private static AvpKey<?> key(String name) {
        return NAMES.avp(name).orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private static Avp avp(String name, Object value) {
        return ((AvpKey<Object>) key(name)).avp(value);
    }

    static DiameterMessage ccr(int requestType, Avp... extra) {
        DiameterMessage.Builder b = DiameterMessage.request(272, 4).proxiable().hopByHopId(7).endToEndId(9)
                .avp(Avps.SESSION_ID.avp("client.example;1;2"))
                .avp(Avps.ORIGIN_HOST.avp("client.example"))
                .avp(Avps.ORIGIN_REALM.avp("example"))
                .avp(Avps.DESTINATION_REALM.avp("harness.test"))
                .avp(Avps.AUTH_APPLICATION_ID.avp(4L))
                .avp(avp("Service-Context-Id", "32274@3gpp.org"))
                .avp(avp("CC-Request-Type", requestType))
                .avp(avp("CC-Request-Number", (long) requestType - 1));
        for (Avp a : extra) {
            b.avp(a);
        }
        return b.build();
    }

    static Avp subscription(String msisdn) {
        return key("Subscription-Id").builder().grouped(avp("Subscription-Id-Type", 0),
                avp("Subscription-Id-Data", msisdn)).build();
    }

    private static ParsedRule rule(String json) {
        return RULES.parseRule(Json.parse(json));
    }

    private static JsonFormatException failure(String json) {
        return assertThrows(JsonFormatException.class, () -> RULES.parseDocument(Json.parse(json)));
    }

    private static Action only(Rule r) {
        assertThat(r.steps().size(), is(1));
        return r.steps().get(0).action();
    }

    private static DiameterMessage answerOf(Action a, DiameterMessage request) {
        return ((Action.Respond) a).answer().toMessage(request, "ocs.harness.test", "harness.test");
    }

    @Test
    void missingAvpRuleAnswersLikeTheJavaDsl() {
        ParsedRule r = rule("""
                {"name": "reject initial",
                 "request": {"command": "CCR", "avps": [{"avp": "CC-Request-Type", "equals": "INITIAL_REQUEST"}]},
                 "action": {"answer": {"resultCode": "DIAMETER_MISSING_AVP", "failedAvps": ["Subscription-Id"]}}}
                """);
        DiameterMessage initial = ccr(1);
        assertThat(r.name(), is("reject initial"));
        assertThat(r.rule().pattern().matches(initial, null), is(true));
        assertThat(r.rule().pattern().matches(ccr(2), null), is(false));

        Answer java = Answer.failure(ResultCode.DIAMETER_MISSING_AVP).failedAvp(key("Subscription-Id"));
        DiameterMessage expected = java.toMessage(initial, "ocs.harness.test", "harness.test");
        DiameterMessage actual = answerOf(only(r.rule()), initial);
        assertThat(actual, equalTo(expected));
        Avp failed = actual.avp(Avps.FAILED_AVP.code()).orElseThrow().asGrouped().get(0);
        assertThat(failed.code(), is(443));
    }

    @Test
    void sequenceWithTimesCountsLikeAnswerTimesThenDrop() {
        ParsedRule r = rule("""
                {"request": {"command": "DWR"}, "sequence": [{"default": {}, "times": 2}, "drop"]}
                """);
        Rule java = new Stubbing(new RuleEngine(), Requests.deviceWatchdogRequest()).answerTimes(2).thenDrop().rule();
        assertThat(r.rule().steps(), equalTo(java.steps()));

        RuleEngine engine = new RuleEngine();
        engine.add(r.rule());
        DiameterMessage dwr = DiameterMessage.request(280, 0).build();
        assertThat(engine.decide(dwr, null).action(), instanceOf(Action.Default.class));
        assertThat(engine.decide(dwr, null).action(), instanceOf(Action.Default.class));
        assertThat(engine.decide(dwr, null).action(), instanceOf(Action.Drop.class));
        assertThat(engine.decide(dwr, null).action(), instanceOf(Action.Drop.class));
    }

    @Test
    void nestedActionsBecomeTheSameActionValues() {
        Action a = only(rule("""
                {"action": {"delay": {"ms": 6000, "then": {"close": {"after": {"twice": {"answer": {}}}}}}}}
                """).rule());
        Action.Delay d = (Action.Delay) a;
        assertThat(d.delay(), is(Duration.ofSeconds(6)));
        Action.Close c = (Action.Close) d.then();
        Action.Twice t = (Action.Twice) c.before();
        assertThat(answerOf(t.answer(), ccr(1)).avp(Avps.RESULT_CODE.code()).map(Avps.RESULT_CODE::read),
                is(java.util.Optional.of(2001L)));

        assertThat(only(rule("{\"action\": \"reset\"}").rule()), instanceOf(Action.Reset.class));
        assertThat(only(rule("{\"action\": \"stopReading\"}").rule()), instanceOf(Action.StopReading.class));
        assertThat(only(rule("{\"action\": {\"close\": true}}").rule()), equalTo(Action.close()));
        Action.Raw raw = (Action.Raw) only(rule("{\"action\": {\"raw\": {\"hex\": \"01 00 00 14\"}}}").rule());
        assertThat(raw.bytes(), equalTo(new byte[] {1, 0, 0, 0x14}));
        Action.UnknownHopByHop u = (Action.UnknownHopByHop) only(
                rule("{\"action\": {\"unknownHopByHop\": {\"answer\": {\"resultCode\": 2001}}}}").rule());
        assertThat(u.answer(), instanceOf(Action.Respond.class));
    }

    @Test
    void sendActionCarriesAWholeMessage() {
        Action.SendMessage s = (Action.SendMessage) only(rule("""
                {"action": {"send": {"command": "CCA", "application": "Credit-Control", "error": true,
                  "avps": [{"name": "Result-Code", "value": 3004}, {"code": 99999, "vendorId": 10415, "hex": "0102"}]}}}
                """).rule());
        DiameterMessage m = s.message();
        assertThat(m.commandCode(), is(272));
        assertThat(m.applicationIdUnsigned(), is(4L));
        assertThat(m.isRequest(), is(false));
        assertThat(m.isError(), is(true));
        assertThat(Avps.RESULT_CODE.read(m.avps().get(0)), is(3004L));
        Avp raw = m.avps().get(1);
        assertThat(raw.vendorId(), is(10415));
        assertThat(raw.value(), equalTo(new byte[] {1, 2}));
    }

    @Test
    void scenarioAndOnlyNthNarrowTheRule() {
        Rule r = rule("""
                {"request": {"command": 272}, "onlyNth": 2,
                 "scenario": {"name": "quota", "whenState": "Started", "setState": "empty"},
                 "action": {"answer": {"resultCode": 4012}}}
                """).rule();
        assertThat(r.nth(), is(2));
        assertThat(r.scenario(), is("quota"));
        assertThat(r.requiredState(), is("Started"));
        assertThat(r.nextState(), is("empty"));

        RuleEngine engine = new RuleEngine();
        engine.add(r);
        assertThat(engine.decide(ccr(1), null).unmatched(), is(true));
        assertThat(engine.decide(ccr(2), null).unmatched(), is(false));
        assertThat(engine.scenarioState("quota"), is("empty"));
    }

    @Test
    void conditionsFollowPathsIntoGroupedAvps() {
        DiameterMessage alice = ccr(1, subscription("41780000001"));
        DiameterMessage bob = ccr(1, subscription("41780000002"));
        Rule byData = rule("""
                {"request": {"avps": [{"avp": "Subscription-Id/Subscription-Id-Data", "equals": "41780000001"}]},
                 "action": "drop"}""").rule();
        assertThat(byData.pattern().matches(alice, null), is(true));
        assertThat(byData.pattern().matches(bob, null), is(false));

        Rule byRegex = rule("""
                {"request": {"avps": [{"avp": "Subscription-Id/Subscription-Id-Data", "matches": "^4178.*2$"}]},
                 "action": "drop"}""").rule();
        assertThat(byRegex.pattern().matches(bob, null), is(true));
        assertThat(byRegex.pattern().matches(alice, null), is(false));

        Rule absent = rule("""
                {"request": {"avps": [{"avp": "Subscription-Id", "present": false}]}, "action": "drop"}""").rule();
        assertThat(absent.pattern().matches(ccr(1), null), is(true));
        assertThat(absent.pattern().matches(alice, null), is(false));

        Rule label = rule("""
                {"request": {"avps": [{"avp": "CC-Request-Type", "matches": "TERMINATION"}]}, "action": "drop"}""")
                .rule();
        assertThat(label.pattern().matches(ccr(3), null), is(true));
        assertThat(label.pattern().matches(ccr(1), null), is(false));
    }

    @Test
    void logicalPatternsCombine() {
        Rule r = rule("""
                {"request": {"anyOf": [{"command": "DWR"}, {"command": "CCR", "not": {"application": 4}}]},
                 "action": "drop"}""").rule();
        assertThat(r.pattern().matches(DiameterMessage.request(280, 0).build(), null), is(true));
        assertThat(r.pattern().matches(ccr(1), null), is(false));
        assertThat(r.pattern().matches(DiameterMessage.request(272, 16777238).build(), null), is(true));
    }

    @Test
    void peerAndConnectionConditionsUseTheExchange() {
        Rule r = rule("{\"request\": {\"fromPeer\": \"pcef.example\", \"onConnection\": \"c2\"}, \"action\": \"drop\"}")
                .rule();
        assertThat(r.pattern().matches(ccr(1), exchange("c2", "PCEF.example")), is(true));
        assertThat(r.pattern().matches(ccr(1), exchange("c3", "pcef.example")), is(false));
        assertThat(r.pattern().matches(ccr(1), exchange("c2", "other.example")), is(false));
    }

    @Test
    void answerOptionsMapToTheAnswerBuilder() {
        DiameterMessage request = ccr(1, key("Multiple-Services-Credit-Control").builder().grouped(
                avp("Rating-Group", 10L),
                key("Requested-Service-Unit").builder().grouped(avp("CC-Time", 300L)).build()).build());
        DiameterMessage a = answerOf(only(rule("""
                {"action": {"answer": {"grantRequestedUnits": true, "errorMessage": "ok",
                  "avps": [{"name": "Validity-Time", "value": 60}]}}}""").rule()), request);
        Answer java = Answer.success().errorMessage("ok").grantingRequestedUnits().with(avp("Validity-Time", 60L));
        assertThat(a, equalTo(java.toMessage(request, "ocs.harness.test", "harness.test")));

        DiameterMessage experimental = answerOf(only(rule("""
                {"action": {"answer": {"experimentalResult": {"vendorId": 10415, "code": 5030},
                  "creditControlEcho": false, "errorBit": true}}}""").rule()), request);
        assertThat(experimental, equalTo(Answer.experimentalResult(10415, 5030).withoutCreditControlEcho()
                .errorBit(true).toMessage(request, "ocs.harness.test", "harness.test")));
    }

    @Test
    void documentsMayHoldOneRuleAnArrayOrARulesObject() {
        String one = "{\"action\": \"drop\"}";
        assertThat(RULES.parseDocument(Json.parse(one)).size(), is(1));
        assertThat(RULES.parseDocument(Json.parse("[" + one + "," + one + "]")).size(), is(2));
        assertThat(RULES.parseDocument(Json.parse("{\"rules\": [" + one + "]}")).size(), is(1));
        ParsedRule r = RULES.parseDocument(Json.parse(one)).get(0);
        assertThat(r.name(), nullValue());
        assertThat(r.rule().pattern().matches(ccr(1), null), is(true));
    }

    @Test
    void unknownAvpNameSuggestsTheClosestKnownNames() {
        JsonFormatException e = failure("""
                {"request": {"avps": [{"avp": "Subscription-Id/Subscripton-Id-Data", "equals": "1"}]}, "action": "drop"}
                """);
        assertThat(e.path(), is("$.request.avps[0].avp"));
        assertThat(e.problem(), containsString("unknown AVP \"Subscripton-Id-Data\""));
        assertThat(e.problem(), containsString("closest known: Subscription-Id-Data"));
    }

    @Test
    void unknownFieldSuggestsTheIntendedOne() {
        JsonFormatException e = failure("{\"action\": {\"answer\": {\"reslutCode\": 2001}}}");
        assertThat(e.path(), is("$.action.answer.reslutCode"));
        assertThat(e.problem(), containsString("closest known: resultCode"));
    }

    @Test
    void wrongValueTypesSayWhatWasExpected() {
        assertThat(failure("{\"request\": {\"avps\": [{\"avp\": \"CC-Request-Number\", \"equals\": \"one\"}]},"
                + " \"action\": \"drop\"}").getMessage(),
                is("$.request.avps[0].equals: expected CC-Request-Number (Unsigned32) as an integer, got a string \"one\""));
        assertThat(failure("{\"action\": {\"answer\": {\"avps\": [{\"name\": \"Validity-Time\", \"value\": -1}]}}}")
                .getMessage(), is("$.action.answer.avps[0].value: Validity-Time (Unsigned32) must be from 0 to"
                + " 4294967295, got -1"));
        assertThat(failure("{\"request\": {\"avps\": [{\"avp\": \"CC-Request-Type\", \"equals\": \"INITIAL\"}]},"
                + " \"action\": \"drop\"}").problem(), containsString("closest known: INITIAL_REQUEST"));
        assertThat(failure("{\"request\": {\"command\": \"CCX\"}, \"action\": \"drop\"}").problem(),
                containsString("unknown command \"CCX\"; closest known: CCA, CCR"));
        assertThat(failure("{\"action\": {\"answer\": {\"resultCode\": \"DIAMETER_MISING_AVP\"}}}").problem(),
                containsString("closest known: DIAMETER_MISSING_AVP"));
    }

    @Test
    void ruleShapeMistakesAreNamed() {
        assertThat(failure("{\"request\": {}}").getMessage(), containsString("exactly one of \"action\""));
        assertThat(failure("{\"action\": \"drop\", \"sequence\": [\"drop\"]}").path(), is("$"));
        assertThat(failure("{\"sequence\": [\"drop\", \"close\"]}").getMessage(),
                is("$.sequence[0]: only the last step of a sequence may go on for ever: give \"times\""));
        assertThat(failure("{\"action\": {\"drop\": {}, \"close\": {}}}").problem(),
                containsString("one action per object"));
        assertThat(failure("{\"action\": \"answer\"}").problem(), containsString("takes parameters"));
        assertThat(failure("{\"action\": \"dorp\"}").problem(), containsString("closest known: drop"));
        assertThat(failure("{\"action\": {\"delay\": {\"ms\": 7200000, \"then\": \"drop\"}}}").path(),
                is("$.action.delay.ms"));
        assertThat(failure("[{\"action\": \"drop\"}, {\"action\": {\"raw\": {\"hex\": \"zz\"}}}]").path(),
                is("$[1].action.raw.hex"));
        assertThat(failure("{\"request\": {\"avps\": [{\"avp\": \"Session-Id\", \"matches\": \"(\"}]},"
                + " \"action\": \"drop\"}").problem(), containsString("not a valid regular expression"));
    }

    @Test
    void deeplyNestedPatternsAreRefused() {
        String deep = "{\"command\": 272}";
        for (int i = 0; i < JsonRules.MAX_DEPTH + 1; i++) {
            deep = "{\"not\": " + deep + "}";
        }
        assertThat(failure("{\"request\": " + deep + ", \"action\": \"drop\"}").problem(),
                containsString("nested deeper than " + JsonRules.MAX_DEPTH));
    }

    @Test
    void messageFiltersRefuseConditionsOnTheConnection() {
        JsonFormatException e = assertThrows(JsonFormatException.class,
                () -> RULES.messageFilter(Json.parse("{\"fromPeer\": \"x\"}")));
        assertThat(e.path(), is("$.fromPeer"));
        assertThat(RULES.messageFilter(Json.parse("{\"command\": \"CCA\"}"))
                .matches(DiameterMessage.builder().commandCode(272).build(), null), is(true));
    }

    @Test
    void describesItselfForListings() {
        assertThat(rule("{\"request\": {\"command\": \"CCR\"}, \"sequence\": [{\"answer\": {}, \"times\": 1},"
                + " \"drop\"]}").rule().toString(),
                is("on command 272: answer Result-Code 2001 x1, then drop"));
        assertThat(List.of(rule("{\"action\": \"drop\"}").rule().toString()), contains("on any request: drop"));
    }

    private static Exchange exchange(String connectionId, String peer) {
        return new Exchange() {
            @Override public DiameterMessage request() { return null; }
            @Override public String connectionId() { return connectionId; }
            @Override public String remoteOriginHost() { return peer; }
            @Override public InetSocketAddress remoteAddress() { return null; }
            @Override public String localOriginHost() { return "ocs.harness.test"; }
            @Override public String localOriginRealm() { return "harness.test"; }
            @Override public long localOriginStateId() { return 1; }
            @Override public void send(DiameterMessage message) { throw new UnsupportedOperationException(); }
            @Override public void sendRaw(byte[] bytes) { throw new UnsupportedOperationException(); }
            @Override public void close(String reason) { throw new UnsupportedOperationException(); }
            @Override public void reset(String reason) { throw new UnsupportedOperationException(); }
            @Override public void stopReading() { throw new UnsupportedOperationException(); }
            @Override public void schedule(Duration delay, Runnable task) { throw new UnsupportedOperationException(); }
            @Override public void dropped(String reason) { throw new UnsupportedOperationException(); }
            @Override public void failed(String what, Throwable cause) { throw new UnsupportedOperationException(); }
        };
    }
}
