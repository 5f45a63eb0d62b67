package io.diameterharness.standalone.process;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Runs standalone/examples/ci_check.py (standard library only) against the jar, as a CI script would. */
@Timeout(180)
class PythonExampleIT {

    private static Path examples() {
        String dir = System.getProperty("standalone.examples");
        return dir != null ? Path.of(dir) : Path.of("examples");
    }

    private static Optional<Path> python3() {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            Path p = Path.of(dir, "python3");
            if (Files.isExecutable(p)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    @Test
    void theCiExampleRejectsTheClientsCcrAndChecksTheJournal() throws Exception {
        Optional<Path> python = python3();
        Assumptions.assumeTrue(python.isPresent(), "python3 is not installed (.ci/run installs it)");
        try (StandaloneProcess sp = StandaloneProcess.start()) {
            List<String> client = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", StandaloneProcess.jar().toString(), examples().resolve("SendCcr.java").toString(),
                    "127.0.0.1", Integer.toString(sp.diameterPort));
            List<String> cmd = new java.util.ArrayList<>(List.of(python.get().toString(),
                    examples().resolve("ci_check.py").toString(), sp.admin.replace("/__admin", ""), "--"));
            cmd.addAll(client);
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes());
            assertThat(p.waitFor(120, TimeUnit.SECONDS), is(true));
            assertThat(out, p.exitValue(), is(0));
            assertThat(out, containsString("CCA Result-Code 5005"));
            assertThat(out, containsString("OK: 1 CCR answered 5005 with Failed-AVP Subscription-Id"));
        }
    }
}
