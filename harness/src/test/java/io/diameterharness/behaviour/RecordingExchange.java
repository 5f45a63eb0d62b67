package io.diameterharness.behaviour;

import io.diameterharness.codec.DiameterMessage;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** An Exchange that records what actions do; scheduled tasks run when the test advances time. */
final class RecordingExchange implements Exchange {
    final DiameterMessage request;
    final List<Object> events = new ArrayList<>();
    final List<Object[]> scheduled = new ArrayList<>();
    String remoteOriginHost = "client.example.net";

    RecordingExchange(DiameterMessage request) {
        this.request = request;
    }

    List<DiameterMessage> sent() {
        List<DiameterMessage> out = new ArrayList<>();
        for (Object e : events) {
            if (e instanceof DiameterMessage) {
                out.add((DiameterMessage) e);
            }
        }
        return out;
    }

    /** Runs every task scheduled at or before {@code elapsed}. */
    void advance(Duration elapsed) {
        List<Object[]> due = new ArrayList<>();
        for (Object[] s : scheduled) {
            if (((Duration) s[0]).compareTo(elapsed) <= 0) {
                due.add(s);
            }
        }
        scheduled.removeAll(due);
        for (Object[] s : due) {
            ((Runnable) s[1]).run();
        }
    }

    @Override public DiameterMessage request() { return request; }
    @Override public String connectionId() { return "c1"; }
    @Override public String remoteOriginHost() { return remoteOriginHost; }
    @Override public InetSocketAddress remoteAddress() { return new InetSocketAddress("127.0.0.1", 40000); }
    @Override public String localOriginHost() { return "ocs.example.net"; }
    @Override public String localOriginRealm() { return "example.net"; }
    @Override public long localOriginStateId() { return 7; }
    @Override public void send(DiameterMessage message) { events.add(message); }
    @Override public void sendRaw(byte[] bytes) { events.add(bytes); }
    @Override public void close(String reason) { events.add("close: " + reason); }
    @Override public void reset(String reason) { events.add("reset: " + reason); }
    @Override public void stopReading() { events.add("stop reading"); }
    @Override public void schedule(Duration delay, Runnable task) { scheduled.add(new Object[] {delay, task}); }
    @Override public void dropped(String reason) { events.add("dropped: " + reason); }
    @Override public void failed(String what, Throwable cause) { events.add("failed: " + what); }
}
