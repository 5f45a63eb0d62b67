package io.diameterharness.standalone;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class MainTest {

    private static Settings parse(String... args) {
        CommandLine cl = Main.commandLine();
        cl.parseArgs(args);
        return ((Main) cl.getCommand()).settings();
    }

    @Test
    void helpListsEveryOption() {
        CommandLine cl = Main.commandLine();
        StringWriter out = new StringWriter();
        cl.setOut(new PrintWriter(out));
        assertThat(cl.execute("--help"), is(0));
        for (String option : List.of("--port", "--bind", "--tls", "--tls-port", "--origin-host", "--realm",
                "--application", "--watchdog", "--mappings", "--dictionary", "--admin-port", "--admin-bind",
                "--pcap", "--verbose", "--help", "--version")) {
            assertThat(out.toString(), containsString(option));
        }
        assertThat(out.toString(), containsString("default: 3868"));
        assertThat(out.toString(), containsString("default: 8082"));
    }

    @Test
    void defaultsMakeALoopbackOnlineChargingSystem() throws Exception {
        Settings s = parse();
        assertThat(s.port(), is(3868));
        assertThat(s.bind(), is(InetAddress.getByName("127.0.0.1")));
        assertThat(s.tls(), is(false));
        assertThat(s.tlsPort(), is(5868));
        assertThat(s.adminPort(), is(8082));
        assertThat(s.adminBind().isLoopbackAddress(), is(true));
        assertThat(s.applications(), is(List.of("Credit-Control")));
        assertThat(s.watchdog(), is(Duration.ofSeconds(30)));
        assertThat(s.originHost(), is(Main.DEFAULT_ORIGIN_HOST));
        assertThat(s.verbose(), is(false));
    }

    @Test
    void readsRepeatableAndValuedOptions() throws Exception {
        Settings s = parse("--port", "0", "--bind", "::1", "--tls", "--tls-port", "0", "--origin-host", "pcrf.test",
                "--realm", "test", "--application", "Credit-Control", "--application", "16777238",
                "--watchdog", "500ms", "--mappings", "rules", "--dictionary", "a.xml", "--dictionary", "b.xml",
                "--admin-port", "0", "--admin-bind", "0.0.0.0", "--pcap", "out.pcap", "--verbose");
        assertThat(s.bind(), is(InetAddress.getByName("::1")));
        assertThat(s.applications(), is(List.of("Credit-Control", "16777238")));
        assertThat(s.watchdog(), is(Duration.ofMillis(500)));
        assertThat(s.dictionaries(), is(List.of(Path.of("a.xml"), Path.of("b.xml"))));
        assertThat(s.mappings(), is(Path.of("rules")));
        assertThat(s.pcap(), is(Path.of("out.pcap")));
        assertThat(s.adminBind(), is(InetAddress.getByName("0.0.0.0")));
        assertThat(s.verbose(), is(true));
    }

    @Test
    void readsDurationsInSeveralSpellings() {
        assertThat(Main.duration("--watchdog", "2m"), is(Duration.ofMinutes(2)));
        assertThat(Main.duration("--watchdog", "PT6S"), is(Duration.ofSeconds(6)));
        assertThat(Main.duration("--watchdog", "45"), is(Duration.ofSeconds(45)));
        assertThat(assertThrows(IllegalArgumentException.class, () -> Main.duration("--watchdog", "soon"))
                .getMessage(), is("--watchdog expects a duration such as 30s, 500ms or 2m: soon"));
    }

    @Test
    void badValuesExitWithUsageErrors() {
        StringWriter err = new StringWriter();
        CommandLine cl = Main.commandLine();
        cl.setErr(new PrintWriter(err));
        assertThat(cl.execute("--port", "http"), is(2));
        assertThat(err.toString(), containsString("--port"));
        assertThat(assertThrows(IllegalArgumentException.class, () -> parse("--port", "70000")).getMessage(),
                is("port must be from 0 to 65535: 70000"));
        assertThat(assertThrows(IllegalArgumentException.class, () -> parse("--bind", "example.com")).getMessage(),
                containsString("--bind expects an IP address"));
        assertThat(assertThrows(IllegalArgumentException.class, () -> parse("--watchdog", "10ms")).getMessage(),
                containsString("at least 100ms"));
        assertThat(assertThrows(IllegalArgumentException.class, () -> parse("--tls-cert", "c.pem")).getMessage(),
                containsString("--tls-cert and --tls-key go together"));
    }
}
