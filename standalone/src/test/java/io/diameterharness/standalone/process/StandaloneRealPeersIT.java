package io.diameterharness.standalone.process;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;

import com.fasterxml.jackson.databind.JsonNode;
import io.diameterharness.fixtures.realpeers.ErlangDiameterClient;
import io.diameterharness.fixtures.realpeers.FreeDiameterClient;
import io.diameterharness.fixtures.realpeers.PeerEvent;
import io.diameterharness.standalone.json.Json;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Real Diameter stacks (Debian's freeDiameter and Erlang/OTP diameter) as clients of the jar:
 * they run Credit-Control sessions against the default charging system and against a JSON rule,
 * and the admin journal shows what they sent. Skipped when the stacks are not installed, failed
 * then with -Ddiameter.require.realpeers=true (as .ci/run does).
 */
@Timeout(120)
class StandaloneRealPeersIT {
    private static final Duration WAIT = Duration.ofSeconds(30);
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private static StandaloneProcess ocs() throws Exception {
        return StandaloneProcess.start("--origin-host", "ocs.example.test", "--realm", "example.test");
    }

    @Test
    void erlangClientGetsGrantsFromTheDefaultChargingSystemAndAJsonRuleOverrides() throws Exception {
        try (StandaloneProcess sp = ocs()) {
            try (ErlangDiameterClient pcef = ErlangDiameterClient.builder().originHost("pcef.example.test")
                    .connectTo(sp.diameter()).creditControlRequests(2).start()) {
                List<PeerEvent> answers = pcef.awaitAnswers(WAIT);
                assertThat(answers.toString(), answers.size(), is(2));
                for (PeerEvent cca : answers) {
                    assertThat(cca.toString(), cca.number("result_code"), is(2001L));
                    assertThat(cca.number("decode_errors"), is(0L));
                    assertThat(cca.text("origin_host"), is(Optional.of("ocs.example.test")));
                }
            }
            assertThat(sp.http(http, "POST", "/rules", "{\"request\": {\"command\": \"CCR\"},"
                    + " \"action\": {\"answer\": {\"resultCode\": \"DIAMETER_CREDIT_LIMIT_REACHED\"}}}").statusCode(),
                    is(201));
            try (ErlangDiameterClient pcef = ErlangDiameterClient.builder().originHost("pcef2.example.test")
                    .connectTo(sp.diameter()).creditControlRequests(1).start()) {
                PeerEvent cca = pcef.awaitAnswers(WAIT).get(0);
                assertThat(cca.toString(), cca.number("result_code"), is(4012L));
            }
            JsonNode ccrs = Json.parse(sp.http(http, "GET", "/journal?command=CCR", null).body()).get("entries");
            assertThat(ccrs.size(), is(3));
            assertThat(ccrs.get(0).get("connection").get("peerHost").asText(), is("pcef.example.test"));
        }
    }

    @Test
    void freeDiameterClientRunsACreditControlSessionAgainstTheJar() throws Exception {
        try (StandaloneProcess sp = ocs()) {
            try (FreeDiameterClient pcef = FreeDiameterClient.builder().originHost("pcef.example.test")
                    .peer("ocs.example.test", sp.diameter()).watchdogTimer(Duration.ofSeconds(6))
                    .creditControlRequests(3).start()) {
                pcef.awaitPeerOpen(WAIT);
                List<PeerEvent> answers = pcef.awaitAnswers(WAIT);
                assertThat(answers.toString(), answers.size(), is(3));
                for (PeerEvent cca : answers) {
                    assertThat(cca.toString(), cca.number("result_code"), is(2001L));
                }
                assertThat(pcef.output().stream().noneMatch(l -> l.contains("PARSING ERROR")), is(true));
            }
            JsonNode conns = Json.parse(sp.http(http, "GET", "/journal?command=DPR", null).body()).get("entries");
            assertThat("freeDiameter said goodbye with DPR", conns.size() >= 1, is(true));
        }
    }
}
