package io.diameterharness.junit;

import io.diameterharness.fake.FakeClient;
import io.diameterharness.fake.FakeServer;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * What annotations cannot express, registered with {@code @RegisterExtension} (static for the
 * class, or an instance field):
 *
 * <pre>{@code
 * @RegisterExtension
 * static DiameterPeerSettings peers = DiameterPeerSettings.builder()
 *     .server("ocs", b -> b.peerConfig(p -> p.duplicatePeerPolicy(REJECT_NEW)))
 *     .strict()
 *     .build();
 *
 * @Test
 * void test(@DiameterPeer(name = "ocs") FakeServer ocs) { ... }
 * }</pre>
 *
 * A server or client configured here by name gets the annotation's attributes first, then this
 * configuration on top. Immutable.
 */
public final class DiameterPeerSettings implements org.junit.jupiter.api.extension.Extension {
    /** Where failure captures go by default. */
    public static final Path DEFAULT_REPORT_DIRECTORY = Path.of("target", "diameter-harness");

    static final DiameterPeerSettings DEFAULTS = builder().build();

    private final Map<String, Consumer<FakeServer.Builder>> servers;
    private final Map<String, Consumer<FakeClient.Builder>> clients;
    private final boolean strict;
    private final boolean capturePassingTests;
    private final Path reportDirectory;

    private DiameterPeerSettings(Builder b) {
        this.servers = Map.copyOf(b.servers);
        this.clients = Map.copyOf(b.clients);
        this.strict = b.strict;
        this.capturePassingTests = b.capturePassingTests;
        this.reportDirectory = b.reportDirectory;
    }

    /** A builder with the defaults: not strict, captures only for failed tests, under {@code target/diameter-harness}. */
    public static Builder builder() {
        return new Builder();
    }

    Consumer<FakeServer.Builder> server(String name) {
        return servers.getOrDefault(name, b -> { });
    }

    Consumer<FakeClient.Builder> client(String name) {
        return clients.getOrDefault(name, b -> { });
    }

    boolean strict() {
        return strict;
    }

    boolean capturePassingTests() {
        return capturePassingTests;
    }

    Path reportDirectory() {
        return reportDirectory;
    }

    /** Configures {@link DiameterPeerSettings}. */
    public static final class Builder {
        private final Map<String, Consumer<FakeServer.Builder>> servers = new LinkedHashMap<>();
        private final Map<String, Consumer<FakeClient.Builder>> clients = new LinkedHashMap<>();
        private boolean strict;
        private boolean capturePassingTests;
        private Path reportDirectory = DEFAULT_REPORT_DIRECTORY;

        private Builder() {
        }

        /** Extra configuration for the fake server named {@code name}. */
        public Builder server(String name, Consumer<FakeServer.Builder> configuration) {
            servers.put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(configuration, "configuration"));
            return this;
        }

        /** Extra configuration for the fake client named {@code name}. */
        public Builder client(String name, Consumer<FakeClient.Builder> configuration) {
            clients.put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(configuration, "configuration"));
            return this;
        }

        /** Every peer is strict: a request no rule matched fails the test at its end. */
        public Builder strict() {
            this.strict = true;
            return this;
        }

        /** Writes pcap and transcript files for passing tests too. */
        public Builder capturePassingTests() {
            this.capturePassingTests = true;
            return this;
        }

        /** Where pcap and transcript files go ({@code <dir>/<test class>/<test method>-<peer>.pcap}). */
        public Builder reportDirectory(Path directory) {
            this.reportDirectory = Objects.requireNonNull(directory, "directory");
            return this;
        }

        /** The settings. */
        public DiameterPeerSettings build() {
            return new DiameterPeerSettings(this);
        }
    }
}
