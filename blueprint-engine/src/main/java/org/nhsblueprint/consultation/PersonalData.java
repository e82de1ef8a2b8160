package org.nhsblueprint.consultation;

import java.util.EnumMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds personal data in free-text consultation responses and replaces it with a marker, so that nothing published
 * names or locates a respondent: e-mail addresses, telephone numbers (UK forms and international ones), UK
 * postcodes, street addresses (a house number and a street ending Road, Street, Avenue and the like), names after a
 * sign-off ("Yours sincerely, Jane Smith", "Regards, S. McCarthy", "Signed:" then "jane o'brien" alone on the next
 * line, in any case), after "my name is", and after a title ("Dr Patel", "Mrs O'Brien"). Each kind is counted, for the
 * report. Rule-based and conservative: it errs towards redacting. Stateless and thread-safe.
 */
public final class PersonalData {
    /** The kinds of personal data found. */
    public enum Kind { EMAIL, PHONE, POSTCODE, ADDRESS, NAME }

    /** A text with personal data replaced, and how many of each kind were found. */
    public record Redacted(String text, Map<Kind, Integer> counts) {
        public Redacted {
            counts = Map.copyOf(counts);
        }

        public int total() {
            return counts.values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    private static final Pattern EMAIL = Pattern.compile("[\\w.+-]+@[\\w-]+(\\.[\\w-]+)+");
    private static final Pattern PHONE = Pattern.compile(
            "(?<![\\w+])(\\+\\d{1,3}[\\s.-]?\\(?\\d{2,5}\\)?[\\s.-]?\\d{3,4}[\\s.-]?\\d{3,4}"
                    + "|\\(?0\\d{2,4}\\)?[\\s.-]?\\d{3,4}[\\s.-]?\\d{3,4}|\\d{3}[\\s.-]\\d{3}[\\s.-]\\d{4})(?![\\w])");
    private static final Pattern POSTCODE = Pattern.compile(
            "(?i)\\b(GIR ?0AA|[A-PR-UWYZ][A-HK-Y]?\\d[A-Z\\d]? ?\\d[ABD-HJLNP-UW-Z]{2})\\b");
    private static final Pattern ADDRESS = Pattern.compile(
            "(?i)\\b\\d{1,4}[a-z]?,? (?:[A-Z][a-z'-]+ ){1,3}(?:Road|Rd|Street|St|Avenue|Ave|Lane|Ln|Close|Drive|Dr"
                    + "|Way|Gardens|Crescent|Place|Terrace|Court|Grove|Hill|Square|Mews|Row|Walk|Parade)\\b\\.?");
    /** One word of a name: an initial ("S."), a title, or a word with letters, apostrophes and hyphens (O'Brien). */
    private static final String NAME_WORD = "(?:[\\p{L}]\\.|[\\p{L}][\\p{L}'\u2019-]*)";
    private static final String CAPITAL_WORD = "(?:\\p{Lu}\\.|\\p{Lu}[\\p{L}'\u2019-]*)";
    private static final String SIGN_OFF_WORDS = "\\b(?i:yours (?:sincerely|faithfully|truly)|kind regards"
            + "|best regards|warm regards|best wishes|regards|sincerely|thank you|thanks|many thanks|respectfully"
            + "|signed|from(?=:)|name(?=:))";
    /**
     * A sign-off, then a name alone on the next line, in any case ("yours sincerely,\njane o'brien"); a line that
     * starts with an article or "my"/"our" describes the writer ("A concerned resident") and is kept.
     */
    private static final Pattern SIGN_OFF_LINE = Pattern.compile(SIGN_OFF_WORDS + "[,.!:]?[ \t]*\\R[ \t]*"
            + "(?!(?i:a|an|the|our|my)\\b)(" + NAME_WORD + "(?:[ \t]+(?:" + NAME_WORD
            + "|\\((?i:mrs|ms|mr|miss)\\))){0,4})[ \t.,]*(?=\\R|$)");
    /** A sign-off and a capitalised name on the same line ("Regards, S. McCarthy"). */
    private static final Pattern SIGN_OFF = Pattern.compile(SIGN_OFF_WORDS + "[,.!:]?[ \t]+(" + CAPITAL_WORD
            + "(?:[ \t]+" + CAPITAL_WORD + "){0,3})");
    private static final Pattern MY_NAME = Pattern.compile(
            "(?i:my name is|i am called|this is)\\s+(" + CAPITAL_WORD + "(?:\\s+" + CAPITAL_WORD + "){0,2})");
    /** A title and a name anywhere ("Dr Jane Smith", "Mrs O'Brien"). */
    private static final Pattern TITLED = Pattern.compile(
            "\\b(?:Dr|Mr|Mrs|Ms|Miss|Prof|Cllr)\\.?[ \t]+(" + CAPITAL_WORD + "(?:[ \t]+" + CAPITAL_WORD + "){0,2})");

    private PersonalData() {
    }

    public static Redacted redact(String text) {
        Map<Kind, Integer> counts = new EnumMap<>(Kind.class);
        String t = text == null ? "" : text;
        t = replace(t, EMAIL, 0, "[email]", Kind.EMAIL, counts);
        t = replace(t, ADDRESS, 0, "[address]", Kind.ADDRESS, counts);
        t = replace(t, POSTCODE, 0, "[postcode]", Kind.POSTCODE, counts);
        t = replace(t, PHONE, 0, "[phone]", Kind.PHONE, counts);
        t = replace(t, SIGN_OFF_LINE, 1, "[name]", Kind.NAME, counts);
        t = replace(t, SIGN_OFF, 1, "[name]", Kind.NAME, counts);
        t = replace(t, MY_NAME, 1, "[name]", Kind.NAME, counts);
        t = replace(t, TITLED, 1, "[name]", Kind.NAME, counts);
        return new Redacted(t, counts);
    }

    /** Replaces group {@code group} of every match (the whole match when 0) with the marker. */
    private static String replace(String text, Pattern p, int group, String marker, Kind kind, Map<Kind, Integer> counts) {
        Matcher m = p.matcher(text);
        StringBuilder out = new StringBuilder();
        int last = 0;
        int found = 0;
        while (m.find()) {
            if (m.group(group) == null || m.group(group).isBlank()) {
                continue;
            }
            out.append(text, last, m.start(group)).append(marker);
            last = m.end(group);
            found++;
        }
        out.append(text.substring(last));
        if (found > 0) {
            counts.merge(kind, found, Integer::sum);
        }
        return out.toString();
    }
}
