package io.diameterharness.standalone.capture;

import io.diameterharness.journal.MessageEntry;
import io.diameterharness.journal.pcap.PcapWriter;
import io.diameterharness.standalone.json.JournalJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.function.Consumer;

/** Writes every message to a pcap file as it happens ({@code --pcap}), flushed after each one. */
public final class LivePcap implements Consumer<MergedJournal.Item>, AutoCloseable {
    private final PcapWriter writer;

    /** Creates (or truncates) the file. */
    public LivePcap(Path file) throws IOException {
        this.writer = PcapWriter.create(file, PcapWriter.Encapsulation.EXPORTED_PDU);
    }

    @Override
    public synchronized void accept(MergedJournal.Item item) {
        if (item.entry() instanceof MessageEntry) {
            try {
                writer.write(JournalJson.packet((MessageEntry) item.entry()));
                writer.flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    @Override
    public synchronized void close() throws IOException {
        writer.close();
    }
}
