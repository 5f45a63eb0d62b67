package io.diameterharness.codec;

/** Hexadecimal rendering and parsing, for diagnostics and hand-made test vectors. */
public final class Hex {
    private static final char[] DIGITS = "0123456789abcdef".toCharArray();

    private Hex() {
    }

    /** Lower-case hex of all bytes, no separators. */
    public static String of(byte[] bytes) {
        StringBuilder sb = new StringBuilder(bytes.length * 2);
        append(sb, bytes, 0, bytes.length);
        return sb.toString();
    }

    static void append(StringBuilder sb, byte[] b, int offset, int length) {
        for (int i = offset; i < offset + length; i++) {
            sb.append(DIGITS[(b[i] >> 4) & 0xF]).append(DIGITS[b[i] & 0xF]);
        }
    }

    /** Parses hex digits; whitespace, {@code :} and {@code _} are ignored, {@code #} starts a comment to end of line. */
    public static byte[] parse(String text) {
        StringBuilder digits = new StringBuilder(text.length());
        boolean comment = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '#') {
                comment = true;
            } else if (c == '\n') {
                comment = false;
            } else if (!comment && Character.digit(c, 16) >= 0) {
                digits.append(c);
            } else if (!comment && !Character.isWhitespace(c) && c != ':' && c != '_') {
                throw new IllegalArgumentException("not a hex digit at index " + i + ": '" + c + "'");
            }
        }
        if (digits.length() % 2 != 0) {
            throw new IllegalArgumentException("odd number of hex digits: " + digits.length());
        }
        byte[] out = new byte[digits.length() / 2];
        for (int i = 0; i < out.length; i++) {
            out[i] = (byte) Integer.parseInt(digits.substring(2 * i, 2 * i + 2), 16);
        }
        return out;
    }
}
