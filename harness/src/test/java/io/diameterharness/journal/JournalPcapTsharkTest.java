package io.diameterharness.journal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.diameterharness.peer.ClientPeer;
import io.diameterharness.peer.PeerConfig;
import io.diameterharness.peer.ServerPeer;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

@Timeout(60)
class JournalPcapTsharkTest {
    @Test
    void peersJournalOpensInTsharkAsTheDiameterConversation(@TempDir Path dir) throws Exception {
        if (!Boolean.getBoolean("diameter.require.tshark")) {
            assumeTrue(new File("/usr/bin/tshark").canExecute(), "tshark is not installed");
        }
        Path file = dir.resolve("server.pcap");
        try (ServerPeer s = new ServerPeer(PeerConfig.builder().originHost("server.test").authApplicationIds(4).build())
                .start();
             ClientPeer c = new ClientPeer(PeerConfig.builder().originHost("client.test").authApplicationIds(4).build(),
                     s.address()).start()) {
            c.send(c.newRequest(280, 0).build()).get(5, TimeUnit.SECONDS);
            s.journal().take("DWA", m -> m.isAnswer() && m.commandCode() == 280, java.time.Duration.ofSeconds(5));
            s.journal().writePcap(file);
        }
        Process p = new ProcessBuilder("tshark", "-r", file.toString(), "-Y", "diameter", "-T", "fields",
                "-e", "diameter.cmd.code", "-e", "diameter.flags.request", "-e", "diameter.Origin-Host")
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor(30, TimeUnit.SECONDS);
        List<String> lines = out.lines().map(l -> l.replace("True", "1").replace("False", "0")).toList();
        assertEquals(List.of("257\t1\tclient.test", "257\t0\tserver.test", "280\t1\tclient.test",
                "280\t0\tserver.test"), lines, "tshark output:\n" + out);
    }
}
