package io.diameterharness.matchers;

import io.diameterharness.codec.Avp;
import io.diameterharness.codec.DiameterMessage;
import io.diameterharness.dictionary.AvpDefinition;
import io.diameterharness.dictionary.Dictionary;

/** How matchers print messages in mismatch descriptions: with names from the built-in dictionary. */
final class MessageText {
    private MessageText() {
    }

    static String header(DiameterMessage m) {
        String s = tree(m);
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    static String tree(DiameterMessage m) {
        return Dictionary.builtIn().render(m).stripTrailing();
    }

    static String avpName(Avp a) {
        return Dictionary.builtIn().avp(a.code(), a.vendorId()).map(AvpDefinition::name)
                .orElse("AVP " + Integer.toUnsignedString(a.code())
                        + (a.vendorId() != 0 ? " vendor " + Integer.toUnsignedString(a.vendorId()) : ""));
    }
}
