package org.nhsblueprint.consultation;

import java.text.Normalizer;
import java.util.Arrays;

/**
 * A response's wording as hashed words, for campaign detection: Unicode NFKC (only when the text has non-ASCII
 * characters), lower case, apostrophes dropped (so "dont" and "don't" agree), and any other character that is not a
 * letter or digit a break between words. One pass over the characters, no regular expressions and no intermediate
 * strings, because a million responses go through it. Stateless.
 */
final class Words {
    private static final int SHINGLE = 3;

    private Words() {
    }

    /** The 64-bit hashes of the text's words, in order. */
    static long[] of(String text) {
        String t = nfkc(text);
        long[] words = new long[16];
        int count = 0;
        long h = 0;
        boolean inWord = false;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (isApostrophe(c)) {
                continue;
            }
            if (Character.isLetterOrDigit(c)) {
                h = h * 1_000_003L + Character.toLowerCase(c);
                inWord = true;
            } else if (inWord) {
                if (count == words.length) {
                    words = Arrays.copyOf(words, count * 2);
                }
                words[count++] = mix(h);
                h = 0;
                inWord = false;
            }
        }
        if (inWord) {
            if (count == words.length) {
                words = Arrays.copyOf(words, count + 1);
            }
            words[count++] = mix(h);
        }
        return Arrays.copyOf(words, count);
    }

    /** The text as the words it is read as, space-separated (for display and tests). */
    static String normalise(String text) {
        String t = nfkc(text);
        StringBuilder out = new StringBuilder(t.length());
        boolean gap = false;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (isApostrophe(c)) {
                continue;
            }
            if (Character.isLetterOrDigit(c)) {
                if (gap && out.length() > 0) {
                    out.append(' ');
                }
                out.append(Character.toLowerCase(c));
                gap = false;
            } else {
                gap = true;
            }
        }
        return out.toString();
    }

    /** A 128-bit key of the word sequence: equal for texts with the same words, different otherwise. */
    static long[] key(long[] words) {
        long a = 0x243F6A8885A308D3L;
        long b = words.length;
        for (long w : words) {
            a = mix(a ^ w) * 0x9E3779B97F4A7C15L;
            b = b * 0xC2B2AE3D27D4EB4FL + w;
        }
        return new long[] {a, mix(b)};
    }

    /** Distinct hashed word 3-shingles, sorted; a text of fewer than three words is one shingle of its words. */
    static int[] shingles(long[] words) {
        if (words.length == 0) {
            return new int[0];
        }
        int count = Math.max(1, words.length - SHINGLE + 1);
        int[] out = new int[count];
        for (int s = 0; s < count; s++) {
            long h = 0x632BE59BD9B4E019L;
            for (int w = s; w < Math.min(words.length, s + SHINGLE); w++) {
                h = mix(h * 31 + words[w]);
            }
            out[s] = (int) (h >>> 32);
        }
        Arrays.sort(out);
        int distinct = 0;
        for (int i = 0; i < out.length; i++) {
            if (i == 0 || out[i] != out[i - 1]) {
                out[distinct++] = out[i];
            }
        }
        return distinct == out.length ? out : Arrays.copyOf(out, distinct);
    }

    /** SplitMix64's finaliser: a good 64-bit mix. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    private static boolean isApostrophe(char c) {
        return c == '\'' || c == '\u2019' || c == '\u2018' || c == '`';
    }

    private static String nfkc(String text) {
        String t = text == null ? "" : text;
        for (int i = 0; i < t.length(); i++) {
            if (t.charAt(i) > 127) {
                return Normalizer.normalize(t, Normalizer.Form.NFKC);
            }
        }
        return t;
    }
}
