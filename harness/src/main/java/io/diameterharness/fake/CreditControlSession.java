package io.diameterharness.fake;

import io.diameterharness.codec.DiameterMessage;
import io.diameterharness.dictionary.Avps;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One Diameter Credit-Control session of a fake client (RFC 4006): a Session-Id made as RFC 6733
 * section 8.8 says ({@code <Origin-Host>;<high 32 bits>;<low 32 bits>}), and CCR builders whose
 * CC-Request-Number counts 0, 1, 2... across the session. Each builder has Session-Id first,
 * Origin-Host, Origin-Realm, Destination-Realm (the server's realm from its CEA),
 * Auth-Application-Id 4, CC-Request-Type and CC-Request-Number; the test adds the rest.
 * Thread-safe.
 */
public final class CreditControlSession {
    private static final long HIGH = System.currentTimeMillis() / 1000;
    private static final AtomicLong LOW = new AtomicLong();

    private final FakeClient client;
    private final String sessionId;
    private final AtomicInteger number = new AtomicInteger();

    CreditControlSession(FakeClient client) {
        this.client = client;
        this.sessionId = client.originHost() + ";" + (HIGH & 0xFFFFFFFFL) + ";" + (LOW.incrementAndGet() & 0xFFFFFFFFL);
    }

    /** The Session-Id. */
    public String sessionId() {
        return sessionId;
    }

    /** A CCR-I (INITIAL_REQUEST, 1). */
    public DiameterMessage.Builder initial() {
        return ccr(1);
    }

    /** A CCR-U (UPDATE_REQUEST, 2). */
    public DiameterMessage.Builder update() {
        return ccr(2);
    }

    /** A CCR-T (TERMINATION_REQUEST, 3). */
    public DiameterMessage.Builder termination() {
        return ccr(3);
    }

    /** A CCR-E (EVENT_REQUEST, 4). */
    public DiameterMessage.Builder event() {
        return ccr(4);
    }

    private DiameterMessage.Builder ccr(int type) {
        DiameterMessage.Builder b = DiameterMessage.request(272, 4).proxiable()
                .avp(Avps.SESSION_ID.avp(sessionId))
                .avp(Avps.ORIGIN_HOST.avp(client.originHost()))
                .avp(Avps.ORIGIN_REALM.avp(client.realm()));
        client.connection().peerRealm().ifPresent(r -> b.avp(Avps.DESTINATION_REALM.avp(r)));
        return b.avp(Avps.AUTH_APPLICATION_ID.avp(4L))
                .avp(Avps.CC_REQUEST_TYPE.avp(type))
                .avp(Avps.CC_REQUEST_NUMBER.avp((long) number.getAndIncrement()));
    }
}
