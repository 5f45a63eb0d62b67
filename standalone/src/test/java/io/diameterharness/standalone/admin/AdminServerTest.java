package io.diameterharness.standalone.admin;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;

import com.fasterxml.jackson.databind.JsonNode;
import io.diameterharness.behaviour.Action;
import io.diameterharness.behaviour.RuleEngine;
import io.diameterharness.codec.DiameterMessage;
import io.diameterharness.dictionary.Avps;
import io.diameterharness.dictionary.Dictionary;
import io.diameterharness.journal.ConnectionEvent;
import io.diameterharness.journal.ConnectionInfo;
import io.diameterharness.journal.Direction;
import io.diameterharness.journal.Journal;
import io.diameterharness.standalone.capture.MergedJournal;
import io.diameterharness.standalone.json.Json;
import io.diameterharness.standalone.json.JournalJson;
import io.diameterharness.standalone.json.TableVocabulary;
import io.diameterharness.standalone.rules.JsonRules;
import io.diameterharness.standalone.rules.RuleStore;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(30)
class AdminServerTest {
    private static final TableVocabulary NAMES = TableVocabulary.fromDictionary(Dictionary.builtIn());
    private final RuleEngine engine = new RuleEngine();
    private final RuleStore rules = new RuleStore(engine);
    private final Journal journal = Journal.create();
    private final AtomicInteger shutdowns = new AtomicInteger();
    private final java.util.concurrent.CountDownLatch shutdownCalled = new java.util.concurrent.CountDownLatch(1);
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private AdminServer admin;
    private MergedJournal merged;

    @BeforeEach
    void start() throws Exception {
        merged = new MergedJournal(Map.of("tcp", journal), 1000, List.of(), System.err::println);
        EngineControl control = new EngineControl(merged, List::of, new JournalJson(NAMES), () -> {
            engine.reset();
            rules.forget();
        }, () -> {
            shutdowns.incrementAndGet();
            shutdownCalled.countDown();
        });
        admin = AdminServer.start(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), rules,
                new JsonRules(NAMES), control, System.err::println);
    }

    @AfterEach
    void stop() {
        admin.close();
    }

    private HttpResponse<String> call(String method, String path, String body) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + admin.address().getPort() + path))
                .timeout(Duration.ofSeconds(10));
        b.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private JsonNode json(HttpResponse<String> r) {
        return Json.parse(r.body());
    }

    private static final ConnectionInfo CONN = new ConnectionInfo(7,
            new InetSocketAddress(InetAddress.getLoopbackAddress(), 3868),
            new InetSocketAddress(InetAddress.getLoopbackAddress(), 40000), "ocs.harness.test", "client.example");

    private void record(Direction d, DiameterMessage m) {
        journal.recordMessage(d, CONN, System.nanoTime(), Instant.now(), m, m.encode(), null);
    }

    private static DiameterMessage ccr(int type, String msisdn) {
        return DiameterMessage.request(272, 4).proxiable().hopByHopId(1).endToEndId(2)
                .avp(Avps.SESSION_ID.avp("client.example;1;" + type))
                .avp(Avps.ORIGIN_HOST.avp("client.example"))
                .avp(Avps.CC_REQUEST_TYPE.avp(type))
                .avp(Avps.SUBSCRIPTION_ID.avp(Avps.SUBSCRIPTION_ID_TYPE.avp(0),
                        Avps.SUBSCRIPTION_ID_DATA.avp(msisdn)))
                .build();
    }

    @Test
    void addsListsReplacesAndDeletesRules() throws Exception {
        HttpResponse<String> added = call("POST", "/__admin/rules", """
                [{"name": "dwr", "request": {"command": "DWR"}, "action": "drop"},
                 {"request": {"command": "CCR"}, "action": {"answer": {"resultCode": 4012}}}]""");
        assertThat(added.body(), added.statusCode(), is(201));
        long first = json(added).get("rules").get(0).get("id").asLong();
        long second = json(added).get("rules").get(1).get("id").asLong();
        assertThat(engine.rules().size(), is(2));

        JsonNode list = json(call("GET", "/__admin/rules", null));
        assertThat(list.get("rules").size(), is(2));
        assertThat(list.get("rules").get(0).get("name").asText(), is("dwr"));
        assertThat(list.get("rules").get(0).get("description").asText(), is("on command 280: drop"));
        assertThat(list.get("rules").get(1).get("rule").get("action").get("answer").get("resultCode").asInt(),
                is(4012));

        HttpResponse<String> replaced = call("PUT", "/__admin/rules/" + first,
                "{\"request\": {\"command\": \"DWR\"}, \"action\": \"close\"}");
        assertThat(replaced.body(), replaced.statusCode(), is(200));
        assertThat(engine.decide(DiameterMessage.request(280, 0).build(), null).action(), is(Action.close()));

        assertThat(call("DELETE", "/__admin/rules/" + second, null).statusCode(), is(200));
        assertThat(call("DELETE", "/__admin/rules/" + second, null).statusCode(), is(404));
        assertThat(call("GET", "/__admin/rules/" + first, null).statusCode(), is(200));
        assertThat(json(call("DELETE", "/__admin/rules", null)).get("removed").asInt(), is(1));
        assertThat(engine.rules().size(), is(0));
    }

    @Test
    void badRulesGet400NamingTheFieldAndTheClosestNames() throws Exception {
        HttpResponse<String> r = call("POST", "/__admin/rules", """
                {"request": {"avps": [{"avp": "Subscription-Id/Subscripton-Id-Data", "equals": "1"}]}, "action": "drop"}""");
        assertThat(r.statusCode(), is(400));
        assertThat(json(r).get("field").asText(), is("$.request.avps[0].avp"));
        assertThat(json(r).get("error").asText(), containsString("closest known: Subscription-Id-Data"));
        assertThat(engine.rules().size(), is(0));

        HttpResponse<String> partlyBad = call("POST", "/__admin/rules", "[{\"action\": \"drop\"}, {\"action\": 5}]");
        assertThat(partlyBad.statusCode(), is(400));
        assertThat("nothing is added when one rule of a batch is wrong", engine.rules().size(), is(0));

        assertThat(call("POST", "/__admin/rules", "{\"action\": ").statusCode(), is(400));
        assertThat(call("POST", "/__admin/rules", "").statusCode(), is(400));
        assertThat(call("PUT", "/__admin/rules/abc", "{}").statusCode(), is(400));
        assertThat(call("PUT", "/__admin/rules/99", "{\"action\": \"drop\"}").statusCode(), is(404));
    }

    @Test
    void refusesHugeAndDeeplyNestedBodies() throws Exception {
        String huge = "{\"name\": \"" + "x".repeat(Json.MAX_DOCUMENT_BYTES) + "\", \"action\": \"drop\"}";
        assertThat(call("POST", "/__admin/rules", huge).statusCode(), is(413));
        String deep = "[".repeat(5000) + "]".repeat(5000);
        HttpResponse<String> r = call("POST", "/__admin/rules", deep);
        assertThat(r.statusCode(), is(400));
        assertThat(json(r).get("error").asText(), containsString("nesting depth"));
        assertThat("the server still answers", call("GET", "/__admin/rules", null).statusCode(), is(200));
    }

    @Test
    void journalShowsMessagesAsJsonAndHexFilteredByCommandAvpAndSequence() throws Exception {
        record(Direction.INBOUND, ccr(1, "41780000001"));
        record(Direction.INBOUND, ccr(2, "41780000002"));
        journal.recordEvent(CONN, System.nanoTime(), Instant.now(), ConnectionEvent.Kind.CLOSED, "peer closed");

        JsonNode all = json(call("GET", "/__admin/journal", null));
        assertThat(all.get("entries").size(), is(3));
        JsonNode first = all.get("entries").get(0);
        assertThat(first.get("command").asText(), is("CCR"));
        assertThat(first.get("direction").asText(), is("in"));
        assertThat(first.get("connection").get("peerHost").asText(), is("client.example"));
        assertThat(first.get("avps").get(2).get("name").asText(), is("CC-Request-Type"));
        assertThat(first.get("avps").get(2).get("label").asText(), is("INITIAL_REQUEST"));
        assertThat(first.get("hex").asText().startsWith("01"), is(true));
        assertThat(all.get("entries").get(2).get("event").asText(), is("CLOSED"));

        JsonNode byAvp = json(call("GET",
                "/__admin/journal?avp=Subscription-Id/Subscription-Id-Data&equals=41780000002", null));
        assertThat(byAvp.get("entries").size(), is(1));
        assertThat(byAvp.get("entries").get(0).get("sequence").asLong(),
                is(all.get("entries").get(1).get("sequence").asLong()));

        long since = all.get("entries").get(0).get("sequence").asLong();
        assertThat(json(call("GET", "/__admin/journal?command=CCR&since=" + since, null)).get("entries").size(),
                is(1));
        assertThat(json(call("GET", "/__admin/journal?command=DWR", null)).get("entries").size(), is(0));
        assertThat(json(call("POST", "/__admin/journal/find",
                "{\"avps\": [{\"avp\": \"CC-Request-Type\", \"equals\": \"UPDATE_REQUEST\"}]}")).get("entries").size(),
                is(1));

        HttpResponse<String> bad = call("GET", "/__admin/journal?avp=Subscription-Id-Dta", null);
        assertThat(bad.statusCode(), is(400));
        assertThat(json(bad).get("field").asText(), is("?avp"));
        assertThat(json(bad).get("error").asText(), containsString("closest known: Subscription-Id-Data"));
        assertThat(call("GET", "/__admin/journal?sinse=3", null).statusCode(), is(400));
        assertThat(call("GET", "/__admin/journal?since=-1", null).statusCode(), is(400));
    }

    @Test
    void journalDownloadsAsPcapAndClears() throws Exception {
        record(Direction.INBOUND, ccr(1, "41780000001"));
        HttpResponse<byte[]> pcap = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:"
                + admin.address().getPort() + "/__admin/journal.pcap")).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(pcap.statusCode(), is(200));
        byte[] b = pcap.body();
        int magic = ((b[0] & 0xff) << 24) | ((b[1] & 0xff) << 16) | ((b[2] & 0xff) << 8) | (b[3] & 0xff);
        assertThat(magic == 0xa1b2c3d4 || magic == 0xd4c3b2a1, is(true));
        assertThat(b.length > 24 + ccr(1, "41780000001").length(), is(true));

        assertThat(json(call("DELETE", "/__admin/journal", null)).get("removed").asInt(), is(1));
        assertThat(journal.size(), is(0));
    }

    @Test
    void unknownEndpointsMethodsAndConnectionsAreNamed() throws Exception {
        assertThat(call("GET", "/__admin/nothing", null).statusCode(), is(404));
        assertThat(call("DELETE", "/__admin/connections", null).statusCode(), is(405));
        assertThat(json(call("GET", "/__admin/", null)).get("endpoints").size() > 10, is(true));
        assertThat(json(call("GET", "/__admin/connections", null)).get("connections").size(), is(0));
        HttpResponse<String> send = call("POST", "/__admin/connections/3/send",
                "{\"command\": \"RAR\", \"application\": 4, \"avps\": []}");
        assertThat(send.statusCode(), is(404));
        assertThat(json(send).get("error").asText(), containsString("no connection 3 (open: none"));
    }

    @Test
    void resetClearsRulesAndJournalAndShutdownIsPassedOn() throws Exception {
        call("POST", "/__admin/rules", "{\"action\": \"drop\"}");
        record(Direction.INBOUND, ccr(1, "1"));
        assertThat(call("POST", "/__admin/reset", null).statusCode(), is(200));
        assertThat(engine.rules().size(), is(0));
        assertThat(journal.size(), is(0));
        assertThat(call("POST", "/__admin/shutdown", null).statusCode(), is(202));
        // the shutdown runs after the 202 is sent: wait for it, with a deadline
        assertThat(shutdownCalled.await(5, java.util.concurrent.TimeUnit.SECONDS), is(true));
        assertThat(shutdowns.get(), is(1));
    }
}
