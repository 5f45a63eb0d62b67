package io.diameterharness.benchmarks.load;

import io.diameterharness.codec.AddressValue;
import io.diameterharness.codec.Avp;
import io.diameterharness.codec.DiameterMessage;
import java.net.InetAddress;

/**
 * The messages of the load runs, encoded once: the CER each load connection opens with, the
 * plain RFC 4006 Credit-Control-Request it then repeats (the request every compared server,
 * freeDiameter and Erlang/OTP diameter included, answers with 2001), and the answer the raw
 * echo baseline sends back. Only the Hop-by-Hop and End-to-End identifiers change per request.
 */
public final class Traffic {
    /** The realm every compared server is configured with. */
    public static final String SERVER_REALM = "example.test";
    /** The realm of the load client's connections. */
    public static final String CLIENT_REALM = "bench.test";
    /** Session-Id of every request of the load runs. */
    public static final String SESSION_ID = "load.bench.test;1795392000;1";

    private static final int CREDIT_CONTROL = 272;
    private static final int CREDIT_CONTROL_APPLICATION = 4;

    private Traffic() {
    }

    /** The Capabilities-Exchange-Request of a load connection with Origin-Host {@code host}. */
    public static byte[] capabilitiesExchangeRequest(String host) {
        return DiameterMessage.request(257, 0)
                .avp(identity(264, host))
                .avp(identity(296, CLIENT_REALM))
                .avp(Avp.builder(257).mandatory().address(AddressValue.of(InetAddress.getLoopbackAddress())).build())
                .avp(Avp.builder(266).mandatory().unsigned32(0).build())
                .avp(Avp.builder(269).utf8String("Diameter Harness load client").build())
                .avp(Avp.builder(258).mandatory().unsigned32(CREDIT_CONTROL_APPLICATION).build())
                .build().encode();
    }

    /**
     * An EVENT_REQUEST CCR of the Credit-Control application from {@code host}: the AVPs of RFC
     * 4006 section 3.1 that an SMS charging client sends (Session-Id, origin, Destination-Realm,
     * Auth-Application-Id, Service-Context-Id, CC-Request-Type/Number, Subscription-Id,
     * Requested-Action, Requested-Service-Unit), no vendor-specific AVP.
     */
    public static byte[] creditControlRequest(String host) {
        return DiameterMessage.request(CREDIT_CONTROL, CREDIT_CONTROL_APPLICATION).proxiable()
                .avp(Avp.builder(263).mandatory().utf8String(SESSION_ID).build())
                .avp(identity(264, host))
                .avp(identity(296, CLIENT_REALM))
                .avp(identity(283, SERVER_REALM))
                .avp(Avp.builder(258).mandatory().unsigned32(CREDIT_CONTROL_APPLICATION).build())
                .avp(Avp.builder(461).mandatory().utf8String("32274@3gpp.org").build())
                .avp(Avp.builder(416).mandatory().enumerated(4).build())
                .avp(Avp.builder(415).mandatory().unsigned32(0).build())
                .avp(Avp.builder(443).mandatory().grouped(
                        Avp.builder(450).mandatory().enumerated(0).build(),
                        Avp.builder(444).mandatory().utf8String("41780000001").build()).build())
                .avp(Avp.builder(436).mandatory().enumerated(0).build())
                .avp(Avp.builder(437).mandatory().grouped(
                        Avp.builder(417).mandatory().unsigned64(1).build()).build())
                .build().encode();
    }

    /**
     * The Credit-Control-Answer the echo baseline returns for every frame (ids copied from the
     * request): Session-Id, Result-Code 2001, origin, Auth-Application-Id, CC-Request-Type and
     * Number, the shape of what the compared servers send.
     */
    public static byte[] creditControlAnswer(String host) {
        DiameterMessage request = DiameterMessage.request(CREDIT_CONTROL, CREDIT_CONTROL_APPLICATION)
                .proxiable().build();
        return DiameterMessage.answerTo(request)
                .avp(Avp.builder(263).mandatory().utf8String(SESSION_ID).build())
                .avp(Avp.builder(268).mandatory().unsigned32(2001).build())
                .avp(identity(264, host))
                .avp(identity(296, SERVER_REALM))
                .avp(Avp.builder(258).mandatory().unsigned32(CREDIT_CONTROL_APPLICATION).build())
                .avp(Avp.builder(416).mandatory().enumerated(4).build())
                .avp(Avp.builder(415).mandatory().unsigned32(0).build())
                .build().encode();
    }

    /** A Device-Watchdog-Answer (2001) from {@code host}, for the servers' watchdog requests. */
    public static byte[] deviceWatchdogAnswer(String host) {
        DiameterMessage request = DiameterMessage.request(280, 0).build();
        return DiameterMessage.answerTo(request)
                .avp(Avp.builder(268).mandatory().unsigned32(2001).build())
                .avp(identity(264, host))
                .avp(identity(296, CLIENT_REALM))
                .build().encode();
    }

    private static Avp identity(int code, String fqdn) {
        return Avp.builder(code).mandatory().diameterIdentity(fqdn).build();
    }
}
