package org.nhsblueprint.consultation;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.regex.Pattern;
import org.nhsblueprint.model.Codebook;

/**
 * Codes responses against a codebook. A theme applies to a response when one of its phrases occurs in it as a run of
 * stemmed words (so "travel further" also finds "travelling further") and none of its "unless" phrases does. A
 * response may carry several themes or none. Each match also yields the sentence it was found in, as a quote.
 * Immutable and thread-safe once built.
 */
public final class Themes {
    private static final Pattern SENTENCE = Pattern.compile("(?<=[.!?])\\s+|\\R+");

    private final Codebook codebook;
    private final List<List<List<String>>> phrases = new ArrayList<>();
    private final List<List<List<String>>> unless = new ArrayList<>();

    public Themes(Codebook codebook) {
        this.codebook = codebook;
        for (Codebook.Theme t : codebook.themes()) {
            phrases.add(t.phrases().stream().map(Tokens::stems).filter(p -> !p.isEmpty()).toList());
            unless.add(t.unless().stream().map(Tokens::stems).filter(p -> !p.isEmpty()).toList());
        }
    }

    public Codebook codebook() {
        return codebook;
    }

    /** Which themes (by index in the codebook) apply to the text. */
    public BitSet code(String text) {
        return code(Tokens.stems(text));
    }

    private BitSet code(List<String> stems) {
        BitSet out = new BitSet();
        for (int t = 0; t < phrases.size(); t++) {
            if (containsAny(stems, phrases.get(t)) && !containsAny(stems, unless.get(t))) {
                out.set(t);
            }
        }
        return out;
    }

    /** The first sentence of the text in which theme {@code t} applies, or the empty string. */
    public String quote(String text, int t) {
        for (String sentence : SENTENCE.split(text)) {
            List<String> stems = Tokens.stems(sentence);
            if (containsAny(stems, phrases.get(t)) && !containsAny(stems, unless.get(t))) {
                return sentence.strip();
            }
        }
        return "";
    }

    private static boolean containsAny(List<String> stems, List<List<String>> candidates) {
        for (List<String> phrase : candidates) {
            if (indexOf(stems, phrase) >= 0) {
                return true;
            }
        }
        return false;
    }

    static int indexOf(List<String> stems, List<String> phrase) {
        outer:
        for (int i = 0; i + phrase.size() <= stems.size(); i++) {
            for (int j = 0; j < phrase.size(); j++) {
                if (!stems.get(i + j).equals(phrase.get(j))) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
