package io.diameterharness.standalone.process;

import static io.diameterharness.behaviour.Requests.disconnectPeerRequest;
import static io.diameterharness.behaviour.Requests.reAuthRequest;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.is;

import com.fasterxml.jackson.databind.JsonNode;
import io.diameterharness.codec.Avp;
import io.diameterharness.codec.DiameterMessage;
import io.diameterharness.dictionary.Avps;
import io.diameterharness.fake.FakeClient;
import io.diameterharness.standalone.json.Json;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The jar as a separate process, driven over HTTP and Diameter with our own FakeClient. */
@Timeout(120)
class StandaloneProcessIT {
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private static FakeClient client(StandaloneProcess sp) {
        return FakeClient.builder().name("pgw").realm("client.test").connectTo(sp.diameter()).start();
    }

    private static Avp msccRequesting(long seconds) {
        return Avps.MULTIPLE_SERVICES_CREDIT_CONTROL.avp(Avps.RATING_GROUP.avp(10L),
                Avps.REQUESTED_SERVICE_UNIT.avp(Avps.CC_TIME.avp(seconds)));
    }

    private static DiameterMessage.Builder ccrI(FakeClient c) {
        return c.creditControlSession().initial().avp(Avps.SERVICE_CONTEXT_ID.avp("32274@3gpp.org"));
    }

    private static long resultCode(DiameterMessage answer) {
        return Avps.RESULT_CODE.read(answer.avp(Avps.RESULT_CODE.code()).orElseThrow());
    }

    private JsonNode json(HttpResponse<String> r) {
        return Json.parse(r.body());
    }

    @Test
    void helpListsEveryOptionAndExitsZero() throws Exception {
        Process p = new ProcessBuilder(StandaloneProcess.command("--help")).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        assertThat(p.waitFor(30, TimeUnit.SECONDS), is(true));
        assertThat(p.exitValue(), is(0));
        for (String o : List.of("--port", "--bind", "--tls", "--tls-port", "--origin-host", "--realm", "--application",
                "--watchdog", "--mappings", "--dictionary", "--admin-port", "--admin-bind", "--pcap", "--verbose")) {
            assertThat(out, containsString(o));
        }
    }

    @Test
    void withNoRulesItIsAnOnlineChargingSystem() throws Exception {
        try (StandaloneProcess sp = StandaloneProcess.start(); FakeClient c = client(sp)) {
            assertThat(c.connection().peerHost().orElseThrow(), is("ocs.harness.test"));

            DiameterMessage cca = c.send(ccrI(c).avp(msccRequesting(300)).build());
            assertThat(resultCode(cca), is(2001L));
            Avp mscc = cca.avp(Avps.MULTIPLE_SERVICES_CREDIT_CONTROL.code()).orElseThrow();
            Avp gsu = mscc.asGrouped().stream().filter(Avps.GRANTED_SERVICE_UNIT::matches).findFirst().orElseThrow();
            assertThat(Avps.CC_TIME.read(gsu.asGrouped().get(0)), is(300L));

            DiameterMessage missing = c.send(c.creditControlSession().initial().build());
            assertThat(resultCode(missing), is(5005L));
            Avp failed = missing.avp(Avps.FAILED_AVP.code()).orElseThrow().asGrouped().get(0);
            assertThat(failed.code(), is(Avps.SERVICE_CONTEXT_ID.code()));

            sp.awaitLine("CCA app 4 -P-- ", Duration.ofSeconds(10));
            JsonNode journal = json(sp.http(http, "GET", "/journal?command=CCA", null));
            assertThat(journal.get("entries").size(), is(2));
            assertThat(journal.get("entries").get(1).get("resultCode").asInt(), is(5005));
        }
    }

    @Test
    void rulesAddedOverHttpChangeTheAnswersAndTheJournalShowsWhy() throws Exception {
        try (StandaloneProcess sp = StandaloneProcess.start(); FakeClient c = client(sp)) {
            HttpResponse<String> added = sp.http(http, "POST", "/rules", """
                    {"request": {"command": "CCR", "avps": [{"avp": "Subscription-Id", "present": false}]},
                     "action": {"answer": {"resultCode": "DIAMETER_MISSING_AVP", "failedAvps": ["Subscription-Id"]}}}""");
            assertThat(added.body(), added.statusCode(), is(201));
            long id = json(added).get("rules").get(0).get("id").asLong();

            DiameterMessage rejected = c.send(ccrI(c).build());
            assertThat(resultCode(rejected), is(5005L));
            assertThat(rejected.avp(Avps.FAILED_AVP.code()).orElseThrow().asGrouped().get(0).code(),
                    is(Avps.SUBSCRIPTION_ID.code()));
            DiameterMessage accepted = c.send(ccrI(c).avp(Avps.SUBSCRIPTION_ID.avp(
                    Avps.SUBSCRIPTION_ID_TYPE.avp(0), Avps.SUBSCRIPTION_ID_DATA.avp("41780000001"))).build());
            assertThat(resultCode(accepted), is(2001L));

            JsonNode byMsisdn = json(sp.http(http, "GET",
                    "/journal?avp=Subscription-Id/Subscription-Id-Data&equals=41780000001", null));
            assertThat(byMsisdn.get("entries").size(), is(1));
            assertThat(byMsisdn.get("entries").get(0).get("command").asText(), is("CCR"));

            assertThat(sp.http(http, "DELETE", "/rules/" + id, null).statusCode(), is(200));
            assertThat(resultCode(c.send(ccrI(c).build())), is(2001L));
        }
    }

    @Test
    void badInputGetsA400AndTheDiameterSideCarriesOn() throws Exception {
        try (StandaloneProcess sp = StandaloneProcess.start(); FakeClient c = client(sp)) {
            HttpResponse<String> bad = sp.http(http, "POST", "/rules",
                    "{\"request\": {\"command\": \"CCR\", \"avps\": [{\"avp\": \"Subscripton-Id\", \"present\": true}]},"
                            + " \"action\": \"drop\"}");
            assertThat(bad.statusCode(), is(400));
            assertThat(json(bad).get("error").asText(), containsString("closest known: Subscription-Id"));
            assertThat(sp.http(http, "POST", "/rules", "[".repeat(100_000)).statusCode(), is(400));
            assertThat(sp.http(http, "POST", "/rules", "x".repeat(2 << 20)).statusCode(), is(413));
            assertThat(resultCode(c.send(ccrI(c).build())), is(2001L));
        }
    }

    @Test
    void sendsARequestOnAConnectionAndReturnsTheAnswer() throws Exception {
        try (StandaloneProcess sp = StandaloneProcess.start(); FakeClient c = client(sp)) {
            JsonNode conns = json(sp.http(http, "GET", "/connections", null)).get("connections");
            assertThat(conns.size(), is(1));
            assertThat(conns.get(0).get("peerHost").asText(), is("pgw.client.test"));
            assertThat(conns.get(0).get("watchdog").asText(), is("OKAY"));
            long id = conns.get(0).get("id").asLong();

            HttpResponse<String> raa = sp.http(http, "POST", "/connections/" + id + "/send", """
                    {"command": "RAR", "application": "Credit-Control", "avps": [
                      {"name": "Session-Id", "value": "pgw.client.test;1;1"},
                      {"name": "Destination-Realm", "value": "client.test"},
                      {"name": "Destination-Host", "value": "pgw.client.test"},
                      {"name": "Auth-Application-Id", "value": 4},
                      {"name": "Re-Auth-Request-Type", "value": 0}]}""");
            assertThat(raa.body(), raa.statusCode(), is(200));
            assertThat(json(raa).get("command").asText(), is("RAA"));
            assertThat(json(raa).get("resultCode").asInt(), is(2001));
            DiameterMessage rar = c.takeRequest(reAuthRequest(), Duration.ofSeconds(5));
            assertThat(rar.avp(Avps.ORIGIN_HOST.code()).map(Avps.ORIGIN_HOST::read).orElseThrow(),
                    is("ocs.harness.test"));
        }
    }

    @Test
    void loadsMappingsAndStopsWithDprOnSigterm(@TempDir Path dir) throws Exception {
        Path mappings = dir.resolve("mappings");
        Files.createDirectories(mappings);
        Files.writeString(mappings.resolve("one.json"), """
                {"request": {"command": "CCR"}, "action": {"answer": {"resultCode": 4012}}}""");
        Path pcap = dir.resolve("live.pcap");
        try (StandaloneProcess sp = StandaloneProcess.start("--mappings", mappings.toString(), "--pcap",
                pcap.toString()); FakeClient c = client(sp)) {
            assertThat(resultCode(c.send(ccrI(c).build())), is(4012L));
            // SIGTERM through the handle: Process.destroy() would also close our end of its output.
            assertThat(sp.process.toHandle().destroy(), is(true));
            c.awaitRequest(disconnectPeerRequest(), Duration.ofSeconds(10));
            assertThat(sp.process.waitFor(20, TimeUnit.SECONDS), is(true));
            assertThat(sp.process.exitValue(), is(0));
            sp.awaitLine("stopped (sent DPR to 1 peers)", Duration.ofSeconds(10));
            assertThat(Files.size(pcap), greaterThan(24L + 2 * 20L));
        }
    }

    @Test
    void tlsListenerSharesTheRulesAndTheJournal(@TempDir Path dir) throws Exception {
        Path cert = dir.resolve("cert.pem");
        Path key = dir.resolve("key.pem");
        Process openssl;
        try {
            openssl = new ProcessBuilder("openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt",
                    "ec_paramgen_curve:prime256v1", "-nodes", "-days", "1", "-subj", "/CN=ocs.harness.test",
                    "-keyout", key.toString(), "-out", cert.toString()).redirectErrorStream(true).start();
        } catch (java.io.IOException e) {
            org.junit.jupiter.api.Assumptions.abort("openssl is not installed (.ci/run installs it): " + e);
            return;
        }
        openssl.getInputStream().readAllBytes();
        assertThat(openssl.waitFor(30, TimeUnit.SECONDS), is(true));
        assertThat(openssl.exitValue(), is(0));
        try (StandaloneProcess sp = StandaloneProcess.start("--tls", "--tls-port", "0", "--tls-cert", cert.toString(),
                "--tls-key", key.toString())) {
            assertThat(sp.tlsPort > 0, is(true));
            assertThat(sp.http(http, "POST", "/rules", "{\"request\": {\"command\": \"CCR\"},"
                    + " \"action\": {\"answer\": {\"resultCode\": 4010}}}").statusCode(), is(201));
            try (FakeClient tls = FakeClient.builder().name("secure").realm("client.test")
                    .connectTo(new java.net.InetSocketAddress("127.0.0.1", sp.tlsPort))
                    .peerConfig(c -> c.tls(io.diameterharness.transport.TlsSettings.selfSigned())).start();
                 FakeClient tcp = client(sp)) {
                assertThat(resultCode(tls.send(ccrI(tls).build())), is(4010L));
                assertThat(resultCode(tcp.send(ccrI(tcp).build())), is(4010L));
                JsonNode conns = json(sp.http(http, "GET", "/connections", null)).get("connections");
                assertThat(conns.size(), is(2));
                JsonNode ccas = json(sp.http(http, "GET", "/journal?command=CCA", null)).get("entries");
                assertThat(ccas.size(), is(2));
                List<String> listeners = List.of(ccas.get(0).get("listener").asText(), ccas.get(1).get("listener").asText());
                assertThat(listeners.contains("tls") && listeners.contains("tcp"), is(true));
            }
        }
    }

    @Test
    void rulesAndTheJournalUseAvpsOfADictionaryFile(@TempDir Path dir) throws Exception {
        Path xml = dir.resolve("acme.xml");
        Files.writeString(xml, """
                <?xml version="1.0" encoding="UTF-8"?>
                <dictionary>
                  <vendor vendor-id="Acme" code="99999" name="Acme OCS"/>
                  <application id="4" name="Diameter Credit Control">
                    <avp name="Acme-Tariff-Class" code="1001" vendor-id="Acme" mandatory="mustnot">
                      <type type-name="Enumerated"/>
                      <enum name="GOLD" code="1"/>
                      <enum name="SILVER" code="2"/>
                    </avp>
                  </application>
                </dictionary>
                """);
        try (StandaloneProcess sp = StandaloneProcess.start("--dictionary", xml.toString()); FakeClient c = client(sp)) {
            HttpResponse<String> added = sp.http(http, "POST", "/rules", """
                    {"request": {"command": "CCR"}, "action": {"answer": {"avps": [
                      {"name": "Acme-Tariff-Class", "value": "SILVER"}]}}}""");
            assertThat(added.body(), added.statusCode(), is(201));
            DiameterMessage cca = c.send(ccrI(c).build());
            Avp tariff = cca.avp(1001, 99999).orElseThrow();
            assertThat(tariff.asEnumerated(), is(2));
            JsonNode avps = json(sp.http(http, "GET", "/journal?command=CCA", null)).get("entries").get(0).get("avps");
            JsonNode rendered = null;
            for (JsonNode a : avps) {
                if (a.path("name").asText().equals("Acme-Tariff-Class")) {
                    rendered = a;
                }
            }
            assertThat(avps.toString(), rendered != null, is(true));
            assertThat(rendered.get("label").asText(), is("SILVER"));
            assertThat(rendered.get("vendorId").asLong(), is(99999L));
        }
    }

    @Test
    void shutsDownThroughTheAdminApi() throws Exception {
        try (StandaloneProcess sp = StandaloneProcess.start()) {
            assertThat(sp.http(http, "POST", "/shutdown", null).statusCode(), is(202));
            assertThat(sp.process.waitFor(20, TimeUnit.SECONDS), is(true));
            assertThat(sp.process.exitValue(), is(0));
        }
    }

    @Test
    void refusesToStartOnBadMappingsNamingTheFileAndField(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("bad.json"), "{\"action\": {\"answer\": {\"resultCode\": \"NOPE\"}}}");
        Process p = new ProcessBuilder(StandaloneProcess.command("--port", "0", "--admin-port", "0", "--mappings",
                dir.toString())).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        assertThat(p.waitFor(30, TimeUnit.SECONDS), is(true));
        assertThat(p.exitValue(), is(1));
        assertThat(out, containsString("bad.json: $.action.answer.resultCode: unknown Result-Code \"NOPE\""));
    }
}
