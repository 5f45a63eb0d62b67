package io.diameterharness.matchers;

import io.diameterharness.codec.Avp;
import io.diameterharness.codec.DiameterMessage;

/** How matchers print messages in mismatch descriptions. */
final class MessageText {
    private MessageText() {
    }

    static String header(DiameterMessage m) {
        String s = m.toString();
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    static String tree(DiameterMessage m) {
        return m.toString();
    }

    static String avpName(Avp a) {
        return "AVP " + Integer.toUnsignedString(a.code())
                + (a.vendorId() != 0 ? " vendor " + Integer.toUnsignedString(a.vendorId()) : "");
    }
}
