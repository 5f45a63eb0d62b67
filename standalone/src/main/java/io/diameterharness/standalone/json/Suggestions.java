package io.diameterharness.standalone.json;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** "Did you mean" for unknown names: the known names closest to what was typed. */
public final class Suggestions {
    private Suggestions() {
    }

    /**
     * Up to {@code max} known names closest to {@code typed}: those within an edit distance that
     * grows with the length, and those that contain it, nearest first.
     */
    public static List<String> closest(String typed, Collection<String> known, int max) {
        String t = typed.toLowerCase(Locale.ROOT);
        int allowed = Math.max(2, t.length() / 3);
        record Scored(String name, int score) {
        }
        List<Scored> scored = new ArrayList<>();
        for (String k : known) {
            String kl = k.toLowerCase(Locale.ROOT);
            int d = distance(t, kl, allowed + 1);
            if (d <= allowed) {
                scored.add(new Scored(k, d));
            } else if (t.length() >= 3 && (kl.contains(t) || t.contains(kl) && kl.length() >= 4)) {
                scored.add(new Scored(k, allowed + 1 + Math.abs(kl.length() - t.length())));
            }
        }
        scored.sort(Comparator.comparingInt(Scored::score).thenComparing(Scored::name));
        List<String> out = new ArrayList<>();
        for (Scored s : scored) {
            if (out.size() == max) {
                break;
            }
            if (!out.contains(s.name())) {
                out.add(s.name());
            }
        }
        return out;
    }

    /** The text to append to an "unknown X" message: {@code ; closest known: A, B} or nothing. */
    public static String hint(String typed, Collection<String> known) {
        List<String> c = closest(typed, known, 3);
        return c.isEmpty() ? "" : "; closest known: " + String.join(", ", c);
    }

    /** Levenshtein distance, giving up (returning {@code cap}) once it exceeds {@code cap}. */
    static int distance(String a, String b, int cap) {
        if (Math.abs(a.length() - b.length()) > cap) {
            return cap;
        }
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            int rowMin = cur[0];
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
                rowMin = Math.min(rowMin, cur[j]);
            }
            if (rowMin > cap) {
                return cap;
            }
            int[] tmp = prev;
            prev = cur;
            cur = tmp;
        }
        return Math.min(prev[b.length()], cap);
    }
}
