package io.diameterharness.dictionary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.diameterharness.codec.DiameterMessage;
import io.diameterharness.codec.MessageDecoder;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The seed corpus of the fuzz tests: a valid request and answer of every built-in command. */
class ValidMessagesTest {

    @Test
    void everyBuiltInCommandHasAValidRequestAndAnswer() {
        Dictionary d = Dictionary.builtIn();
        List<DiameterMessage> all = ValidMessages.of(d);
        assertEquals(2 * d.commands().size(), all.size());
        assertTrue(all.size() >= 40, "a seed for every command: " + all.size());
        StringBuilder problems = new StringBuilder();
        for (DiameterMessage m : all) {
            List<Violation> v = d.validate(m);
            if (!v.isEmpty()) {
                problems.append(d.render(m)).append(v).append('\n');
            }
        }
        assertEquals("", problems.toString());
    }

    @Test
    void seedsSurviveTheWireUnchanged() {
        for (byte[] seed : ValidMessages.encodedOfBuiltInDictionary()) {
            assertEquals(DiameterMessage.class, MessageDecoder.decode(seed).message().getClass());
            assertEquals(java.util.HexFormat.of().formatHex(seed),
                    java.util.HexFormat.of().formatHex(MessageDecoder.decode(seed).message().encode()));
        }
    }
}
