package io.diameterharness.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Puts a fake Diameter peer into a test. On a parameter (test method, constructor, lifecycle
 * method) or a field; the type chooses the role: {@link io.diameterharness.fake.FakeServer} or
 * {@link io.diameterharness.fake.FakeClient}. An instance field or a parameter lives for one test;
 * a static field for the class (its rules and journal are cleared before each test). A field the
 * test already assigned (a peer it built with a builder) is only started and stopped.
 *
 * <pre>{@code
 * @Test
 * void chargesAnSms(@DiameterPeer(realm = "ocs.example", applications = "Credit-Control") FakeServer ocs) { ... }
 * }</pre>
 *
 * Peers with the same name in one test are the same peer (a {@code @BeforeEach} parameter and the
 * test's parameter, say). Each started server's address is exported as the system properties
 * {@code diameter.peer.<name>.host}, {@code .port} and {@code .address} while it runs.
 */
@Target({ElementType.PARAMETER, ElementType.FIELD})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ExtendWith(DiameterPeerExtension.class)
public @interface DiameterPeer {

    /** The transports a peer can use. */
    enum Transport {
        /** Plain TCP. */
        TCP,
        /** TLS at connection start (RFC 6733 section 13), a self-signed certificate generated at start. */
        TLS,
        /** SCTP, where the kernel has it (the test is aborted with the reason where it does not). */
        SCTP
    }

    /** The peer's name (default: the field or parameter name, or {@code server} / {@code client}). */
    String name() default "";

    /** Origin-Host (default {@code <name>.<realm>}). */
    String originHost() default "";

    /** Origin-Realm. */
    String realm() default "example.net";

    /**
     * Auth-Application-Ids to advertise, by name ({@code "Credit-Control"}, {@code "Gx"}) or number
     * ({@code "16777238"}); default Credit-Control (4).
     */
    String[] applications() default {};

    /** The port to listen on (servers); 0 for an ephemeral one. */
    int port() default 0;

    /** The transport. */
    Transport transport() default Transport.TCP;

    /** The watchdog interval Tw, e.g. {@code "30s"}, {@code "500ms"}, or ISO-8601 {@code "PT0.5S"}; default 30 s. */
    String watchdog() default "";

    /** Wireshark-format dictionary files to add (file paths, or classpath resources). */
    String[] dictionary() default {};

    /**
     * For a client, what to connect to: the name of a fake server of the same test,
     * {@code host:port}, or {@code ${system.property}} holding {@code host:port}.
     */
    String connectTo() default "";

    /** Fail the test at its end if this peer received a request that no rule matched. */
    boolean strict() default false;
}
