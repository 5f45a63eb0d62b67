package io.diameterharness.standalone.capture;

import io.diameterharness.codec.DiameterMessage;
import io.diameterharness.codec.InvalidAvpValueException;
import io.diameterharness.codec.ResultCode;
import io.diameterharness.dictionary.Dictionary;
import io.diameterharness.journal.Direction;
import io.diameterharness.standalone.json.Vocabulary;
import io.diameterharness.journal.ConnectionEvent;
import io.diameterharness.journal.MessageEntry;
import java.io.PrintWriter;
import java.util.function.Consumer;

/**
 * Prints the conversation as it happens: one line per message and connection event, or with
 * {@code --verbose} each message as its AVP tree with names from the dictionary.
 */
public final class MessageLog implements Consumer<MergedJournal.Item> {
    private final PrintWriter out;
    private final Dictionary dictionary;
    private final Vocabulary names;
    private final boolean verbose;

    /**
     * @param out        where to print
     * @param dictionary names for the tree
     * @param names      command names for the one-line form
     * @param verbose    whether to print trees
     */
    public MessageLog(PrintWriter out, Dictionary dictionary, Vocabulary names, boolean verbose) {
        this.out = out;
        this.dictionary = dictionary;
        this.names = names;
        this.verbose = verbose;
    }

    @Override
    public void accept(MergedJournal.Item item) {
        String prefix = item.entry().wallTime() + " " + item.listener() + " #" + item.sequence() + " ";
        if (item.entry() instanceof MessageEntry) {
            MessageEntry m = (MessageEntry) item.entry();
            out.println(prefix + line(m));
            if (verbose && m.message() != null) {
                for (String line : dictionary.render(m.message()).split("\n")) {
                    out.println("    " + line);
                }
            }
        } else {
            ConnectionEvent e = (ConnectionEvent) item.entry();
            out.println(prefix + "conn " + e.connection().connectionId() + " " + e.kind() + ": " + e.detail());
        }
        out.flush();
    }

    /** {@code <- conn 3 (client.example) CCR app 4 RP hbh=0x00000001}, with the Result-Code of answers. */
    String line(MessageEntry m) {
        StringBuilder sb = new StringBuilder();
        sb.append(m.direction() == Direction.INBOUND ? "<- " : "-> ").append("conn ")
                .append(m.connection().connectionId());
        m.connection().peer().ifPresent(p -> sb.append(" (").append(p).append(')'));
        DiameterMessage msg = m.message();
        if (msg == null) {
            return sb.append(" undecodable ").append(m.length()).append(" bytes: ").append(m.error()).toString();
        }
        String name = names.commandShortName(msg.commandCode(), msg.isRequest());
        sb.append(' ').append(name != null ? name : (msg.isRequest() ? "request " : "answer ") + msg.commandCode())
                .append(" app ").append(msg.applicationIdUnsigned()).append(' ')
                .append(DiameterMessage.flagString(msg.flags()))
                .append(String.format(" hbh=0x%08x", msg.hopByHopId()));
        msg.avp(268).ifPresent(rc -> {
            try {
                long code = rc.asUnsigned32();
                sb.append(" Result-Code=").append(code).append(' ').append(ResultCode.name((int) code));
            } catch (InvalidAvpValueException e) {
                sb.append(" Result-Code=(malformed)");
            }
        });
        return sb.toString();
    }
}
