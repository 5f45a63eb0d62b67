package io.diameterharness.peer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class PeerConfigTest {
    @Test
    void defaultsAreTheDocumentedOnes() {
        PeerConfig c = PeerConfig.builder().build();
        assertEquals("harness.test", c.originRealm());
        assertTrue(c.originHost().matches("peer\\d+\\.harness\\.test"), c.originHost());
        assertEquals(Duration.ofSeconds(30), c.watchdogInterval());
        assertTrue(c.watchdogJitter());
        assertEquals(1, c.unansweredWatchdogsBeforeDown());
        assertEquals(DuplicatePeerPolicy.REPLACE_OLD, c.duplicatePeerPolicy());
        assertTrue(c.routingChecks());
        assertTrue(c.hostIpAddresses().isEmpty());
        assertEquals(InetAddress.getLoopbackAddress(), c.transport().bindAddress());
        assertEquals(0, c.transport().port());
        assertTrue(c.reconnectDelay().isEmpty());
    }

    @Test
    void toBuilderMakesAnEditedCopy() {
        PeerConfig a = PeerConfig.builder().originHost("a.test").authApplicationIds(4).build();
        PeerConfig b = a.toBuilder().originHost("b.test").build();
        assertEquals("a.test", a.originHost());
        assertEquals("b.test", b.originHost());
        assertEquals(a.authApplicationIds(), b.authApplicationIds());
    }

    @Test
    void misuseIsRefusedNamingTheValueAndTheRule() throws Exception {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> PeerConfig.builder().hostIpAddresses(InetAddress.getByName("0.0.0.0")));
        assertTrue(e.getMessage().contains("not 0.0.0.0"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> PeerConfig.builder().originHost("has space"));
        assertTrue(e.getMessage().contains("'has space'"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> PeerConfig.builder().authApplicationIds(-1));
        assertTrue(e.getMessage().contains("Unsigned32"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> PeerConfig.builder().unansweredWatchdogsBeforeDown(0));
        assertTrue(e.getMessage().contains("at least 1"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> PeerConfig.builder().watchdogInterval(Duration.ZERO));
        assertTrue(e.getMessage().contains("positive"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> PeerConfig.builder().port(70000));
        assertTrue(e.getMessage().contains("70000"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> VendorSpecificApplicationId.auth(10415, -2)
                .toString().length());
        assertTrue(e.getMessage().contains("exactly one"), e.getMessage());
    }
}
