package io.diameterharness.dictionary.internal;

import io.diameterharness.dictionary.Abnf;
import io.diameterharness.dictionary.AvpRule;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Parses RFC 6733 section 3.2 / 4.4 ABNF text into an {@link Abnf}, plus what the header line says
 * (command code, REQ, PXY). Errors name the line (relative to the text) and the problem.
 */
public final class AbnfParser {

    /** The parse result: the rules and what a {@code Diameter Header} line said, if present. */
    public record Result(Abnf abnf, Long headerCode, boolean headerRequest, boolean headerProxiable,
                         boolean hasHeader) {
    }

    private AbnfParser() {
    }

    /** Parses {@code text}; line numbers in errors start at 1. */
    public static Result parse(String text) {
        return parse(text, 1);
    }

    /** Parses {@code text} whose first line is line {@code firstLine} of some file. */
    public static Result parse(String text, int firstLine) {
        List<AvpRule> rules = new ArrayList<>();
        boolean any = false;
        Long headerCode = null;
        boolean req = false;
        boolean pxy = false;
        boolean hasHeader = false;
        String[] lines = text.split("\r?\n|\r", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            int comment = line.indexOf(';');
            if (comment >= 0) {
                line = line.substring(0, comment);
            }
            int lineNo = firstLine + i;
            int defIdx = line.indexOf("::=");
            if (defIdx >= 0) {
                // "<CCR> ::= < Diameter Header: 272, REQ, PXY >" or "X ::= < AVP Header: 443 10415 >"
                String head = line.substring(defIdx + 3).trim();
                int open = head.indexOf('<');
                int close = head.indexOf('>');
                if (open < 0 || close < open) {
                    throw new IllegalArgumentException("line " + lineNo + ": header must read '::= < Diameter Header: "
                            + "code, REQ, PXY >' or '::= < AVP Header: code >', got '" + line.trim() + "'");
                }
                String inside = head.substring(open + 1, close).trim();
                hasHeader = true;
                String lower = inside.toLowerCase(Locale.ROOT);
                if (lower.startsWith("diameter header:")) {
                    String[] parts = inside.substring("diameter header:".length()).split(",");
                    try {
                        headerCode = Long.parseLong(parts[0].trim());
                    } catch (NumberFormatException e) {
                        throw new IllegalArgumentException("line " + lineNo + ": command code '" + parts[0].trim()
                                + "' is not a number");
                    }
                    for (int p = 1; p < parts.length; p++) {
                        String f = parts[p].trim().toUpperCase(Locale.ROOT);
                        if (f.equals("REQ")) {
                            req = true;
                        } else if (f.equals("PXY")) {
                            pxy = true;
                        } else if (!f.equals("ERR") && !f.isEmpty()) {
                            throw new IllegalArgumentException("line " + lineNo + ": unknown header flag '" + f
                                    + "' (REQ, PXY or ERR)");
                        }
                    }
                } else if (!lower.startsWith("avp header:")) {
                    throw new IllegalArgumentException("line " + lineNo + ": expected 'Diameter Header:' or "
                            + "'AVP Header:' in '" + line.trim() + "'");
                }
                line = head.substring(close + 1);
            }
            int p = 0;
            int n = line.length();
            while (p < n) {
                char c = line.charAt(p);
                if (Character.isWhitespace(c)) {
                    p++;
                    continue;
                }
                // qualifier: [min] "*" [max]
                int start = p;
                while (p < n && (Character.isDigit(line.charAt(p)) || line.charAt(p) == '*')) {
                    p++;
                }
                String qualifier = line.substring(start, p);
                while (p < n && Character.isWhitespace(line.charAt(p))) {
                    p++;
                }
                if (p >= n) {
                    throw new IllegalArgumentException("line " + lineNo + ": qualifier '" + qualifier
                            + "' is not followed by < >, { } or [ ]");
                }
                char open = line.charAt(p);
                char close;
                AvpRule.Position pos;
                if (open == '<') {
                    close = '>';
                    pos = AvpRule.Position.FIXED;
                } else if (open == '{') {
                    close = '}';
                    pos = AvpRule.Position.REQUIRED;
                } else if (open == '[') {
                    close = ']';
                    pos = AvpRule.Position.OPTIONAL;
                } else {
                    throw new IllegalArgumentException("line " + lineNo + ": unexpected '" + open
                            + "', expected < >, { } or [ ] around an AVP name");
                }
                int end = line.indexOf(close, p + 1);
                if (end < 0) {
                    throw new IllegalArgumentException("line " + lineNo + ": '" + open + "' is not closed by '"
                            + close + "'");
                }
                String name = line.substring(p + 1, end).trim();
                p = end + 1;
                if (name.isEmpty() || !isAvpName(name)) {
                    throw new IllegalArgumentException("line " + lineNo + ": '" + name + "' is not an AVP name");
                }
                int[] mm = qualifier(qualifier, pos, lineNo, name);
                if (name.equalsIgnoreCase("AVP")) {
                    if (pos == AvpRule.Position.REQUIRED) {
                        // "*{ AVP }" is unusual but means the same for content checks: others allowed
                        any = true;
                    } else {
                        any = true;
                    }
                    continue;
                }
                for (AvpRule r : rules) {
                    if (r.avpName().equalsIgnoreCase(name)) {
                        throw new IllegalArgumentException("line " + lineNo + ": " + name
                                + " has two rules; write one rule with a qualifier");
                    }
                }
                try {
                    rules.add(AvpRule.of(pos, name, mm[0], mm[1]));
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException("line " + lineNo + ": " + e.getMessage());
                }
            }
        }
        return new Result(Abnf.of(rules, any), headerCode, req, pxy, hasHeader);
    }

    private static int[] qualifier(String q, AvpRule.Position pos, int lineNo, String name) {
        int defMin = pos == AvpRule.Position.OPTIONAL ? 0 : 1;
        if (q.isEmpty()) {
            return new int[] {defMin, 1};
        }
        int star = q.indexOf('*');
        if (star < 0) {
            // a bare number: exactly that many
            int exact = number(q, lineNo, name);
            return new int[] {exact, exact};
        }
        if (q.indexOf('*', star + 1) >= 0) {
            throw new IllegalArgumentException("line " + lineNo + ": qualifier '" + q + "' of " + name
                    + " has two '*'");
        }
        String a = q.substring(0, star);
        String b = q.substring(star + 1);
        int min = a.isEmpty() ? (pos == AvpRule.Position.REQUIRED ? 1 : 0) : number(a, lineNo, name);
        int max = b.isEmpty() ? AvpRule.UNBOUNDED : number(b, lineNo, name);
        if (max < min) {
            throw new IllegalArgumentException("line " + lineNo + ": qualifier '" + q + "' of " + name
                    + " has max < min");
        }
        return new int[] {min, max};
    }

    private static int number(String s, int lineNo, String name) {
        try {
            return Integer.parseInt(s);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("line " + lineNo + ": qualifier '" + s + "' of " + name
                    + " is not a number");
        }
    }

    /** {@code [A-Za-z0-9][A-Za-z0-9_.:/ -]*}, checked without a regex: the loader runs this for every rule. */
    private static boolean isAvpName(String name) {
        if (name.isEmpty() || !isAlnum(name.charAt(0))) {
            return false;
        }
        for (int i = 1; i < name.length(); i++) {
            char c = name.charAt(i);
            if (!isAlnum(c) && "_.:/ -".indexOf(c) < 0) {
                return false;
            }
        }
        return true;
    }

    private static boolean isAlnum(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    }
}
