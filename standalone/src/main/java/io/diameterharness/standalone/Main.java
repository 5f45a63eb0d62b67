package io.diameterharness.standalone;

import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The {@code diameter-harness-standalone.jar} command line: a fake Diameter server (by default an
 * online charging system for Credit-Control) with JSON rules and an HTTP admin API.
 */
@Command(name = "diameter-harness-standalone", mixinStandardHelpOptions = true, sortOptions = false,
        versionProvider = Main.Version.class,
        description = {
            "A fake Diameter (RFC 6733) server for tests, driven by JSON rules and an HTTP admin API.",
            "",
            "With no options: an online charging system (Credit-Control, RFC 4006) on 127.0.0.1:3868 that"
                + " answers CER, DWR and DPR, answers CCR with 2001 granting the requested units, and answers"
                + " 5005 with Failed-AVP when a mandatory AVP is missing.",
            "",
            "Admin API: http://127.0.0.1:8082/__admin/ (rules, journal, connections, send, reset, shutdown).",
            ""},
        footer = {"", "Stops cleanly on SIGINT/SIGTERM: DPR to every connected peer, then close."})
public final class Main implements Callable<Integer> {
    /** Origin-Host when none is given. */
    public static final String DEFAULT_ORIGIN_HOST = "ocs.harness.test";
    /** Origin-Realm when none is given. */
    public static final String DEFAULT_REALM = "harness.test";

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "3868",
            description = "Diameter TCP port (default: ${DEFAULT-VALUE}; 0 picks a free port).")
    int port;

    @Option(names = "--bind", paramLabel = "ADDRESS", defaultValue = "127.0.0.1",
            description = "Address the Diameter listeners bind to (default: ${DEFAULT-VALUE}).")
    String bind;

    @Option(names = "--tls", description = "Also listen for Diameter over TLS (RFC 6733 section 13) on --tls-port.")
    boolean tls;

    @Option(names = "--tls-port", paramLabel = "PORT", defaultValue = "5868",
            description = "Diameter over TLS port (default: ${DEFAULT-VALUE}).")
    int tlsPort;

    @Option(names = "--tls-cert", paramLabel = "PEM",
            description = "Certificate chain for TLS (PEM); without it a self-signed one is generated.")
    Path tlsCertificate;

    @Option(names = "--tls-key", paramLabel = "PEM", description = "Private key for --tls-cert (PEM, PKCS#8).")
    Path tlsKey;

    @Option(names = "--origin-host", paramLabel = "FQDN", defaultValue = DEFAULT_ORIGIN_HOST,
            description = "Our Origin-Host (default: ${DEFAULT-VALUE}).")
    String originHost;

    @Option(names = "--realm", paramLabel = "REALM", defaultValue = DEFAULT_REALM,
            description = "Our Origin-Realm (default: ${DEFAULT-VALUE}).")
    String realm;

    @Option(names = "--application", paramLabel = "NAME|ID",
            description = "An application to announce in CEA, by name (Credit-Control) or id (4)."
                    + " Repeatable (default: Credit-Control).")
    List<String> applications = new ArrayList<>();

    @Option(names = "--watchdog", paramLabel = "DURATION", defaultValue = "30s",
            description = "Tw, the watchdog interval (RFC 3539), e.g. 30s, 500ms, 2m (default: ${DEFAULT-VALUE}).")
    String watchdog;

    @Option(names = "--mappings", paramLabel = "DIR",
            description = "Directory of JSON rule files (*.json) loaded at start, in file name order.")
    Path mappings;

    @Option(names = "--dictionary", paramLabel = "FILE",
            description = "Wireshark-format dictionary XML added to the built-in dictionary. Repeatable.")
    List<Path> dictionaries = new ArrayList<>();

    @Option(names = "--admin-port", paramLabel = "PORT", defaultValue = "8082",
            description = "HTTP admin API port (default: ${DEFAULT-VALUE}; 0 picks a free port).")
    int adminPort;

    @Option(names = "--admin-bind", paramLabel = "ADDRESS", defaultValue = "127.0.0.1",
            description = "Address the admin API binds to (default: ${DEFAULT-VALUE}, loopback only)."
                    + " It has no authentication: bind elsewhere only on a trusted network.")
    String adminBind;

    @Option(names = "--pcap", paramLabel = "FILE",
            description = "Write every message to this pcap file as it happens (Wireshark opens it).")
    Path pcap;

    @Option(names = "--verbose", description = "Print every message as an AVP tree instead of one line.")
    boolean verbose;

    private Settings settings;

    /** Runs the server until SIGINT/SIGTERM or an admin shutdown; exits 0 then, 1 on a start-up failure. */
    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The picocli command line (for tests: {@code --help}, option parsing). */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Main());
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setExecutionExceptionHandler((ex, line, parsed) -> {
            line.getErr().println("diameter-harness-standalone: " + ex.getMessage());
            return 1;
        });
        return cl;
    }

    /** The settings after parsing (for tests). */
    Settings settings() {
        if (settings == null) {
            settings = toSettings();
        }
        return settings;
    }

    @Override
    public Integer call() throws Exception {
        Settings s;
        try {
            s = settings();
        } catch (IllegalArgumentException e) {
            System.err.println("diameter-harness-standalone: " + e.getMessage());
            System.err.println("Try --help for the options.");
            return 2;
        }
        return StandaloneServer.run(s, new PrintWriter(System.out, true), new PrintWriter(System.err, true));
    }

    private Settings toSettings() {
        return new Settings(port, address("--bind", bind), tls, tlsPort, tlsCertificate, tlsKey, originHost, realm,
                applications.isEmpty() ? List.of("Credit-Control") : applications, duration("--watchdog", watchdog),
                mappings, dictionaries, adminPort, address("--admin-bind", adminBind), pcap, verbose);
    }

    private static InetAddress address(String option, String literal) {
        String l = literal.trim();
        if (l.startsWith("[") && l.endsWith("]")) {
            l = l.substring(1, l.length() - 1);
        }
        if (!l.matches("[0-9a-fA-F:.%]+") && !l.equalsIgnoreCase("localhost")) {
            throw new IllegalArgumentException(option + " expects an IP address such as 127.0.0.1, ::1 or 0.0.0.0: "
                    + literal);
        }
        try {
            return InetAddress.getByName(l);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException(option + " expects an IP address: " + literal, e);
        }
    }

    /** Reads {@code 30s}, {@code 500ms}, {@code 2m}, {@code 1h}, {@code PT30S}, or a number of seconds. */
    static Duration duration(String option, String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        try {
            if (t.startsWith("pt")) {
                return Duration.parse(t.toUpperCase(Locale.ROOT));
            }
            if (t.endsWith("ms")) {
                return Duration.ofMillis(Long.parseLong(t.substring(0, t.length() - 2).trim()));
            }
            if (t.endsWith("s")) {
                return Duration.ofSeconds(Long.parseLong(t.substring(0, t.length() - 1).trim()));
            }
            if (t.endsWith("m")) {
                return Duration.ofMinutes(Long.parseLong(t.substring(0, t.length() - 1).trim()));
            }
            if (t.endsWith("h")) {
                return Duration.ofHours(Long.parseLong(t.substring(0, t.length() - 1).trim()));
            }
            return Duration.ofSeconds(Long.parseLong(t));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(option + " expects a duration such as 30s, 500ms or 2m: " + text);
        }
    }

    /** The version from the jar's manifest. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = Main.class.getPackage().getImplementationVersion();
            return new String[] {"diameter-harness-standalone " + (v != null ? v : "(development build)")};
        }
    }
}
