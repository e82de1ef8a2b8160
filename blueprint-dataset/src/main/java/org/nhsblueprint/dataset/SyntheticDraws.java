package org.nhsblueprint.dataset;

import static org.nhsblueprint.dataset.SyntheticAreas.AGE_BLANK;
import static org.nhsblueprint.dataset.SyntheticAreas.YOUNG_AGES;
import static org.nhsblueprint.dataset.SyntheticAreas.olderChance;
import static org.nhsblueprint.dataset.SyntheticConsultation.CLINICIAN;
import static org.nhsblueprint.dataset.SyntheticConsultation.COUNCILLOR;
import static org.nhsblueprint.dataset.SyntheticConsultation.NHS_STAFF;
import static org.nhsblueprint.dataset.SyntheticConsultation.ORGANISATION;
import static org.nhsblueprint.dataset.SyntheticNames.DOCTOR;
import static org.nhsblueprint.dataset.SyntheticNames.EMAIL_DOMAINS;
import static org.nhsblueprint.dataset.SyntheticNames.FIRST;
import static org.nhsblueprint.dataset.SyntheticNames.INWARD_LETTERS;
import static org.nhsblueprint.dataset.SyntheticNames.OUTWARD;
import static org.nhsblueprint.dataset.SyntheticNames.OUTWARD_BY_DISTRICT;
import static org.nhsblueprint.dataset.SyntheticNames.SIGN_OFFS;
import static org.nhsblueprint.dataset.SyntheticNames.STREET;
import static org.nhsblueprint.dataset.SyntheticNames.STREET_KIND;
import static org.nhsblueprint.dataset.SyntheticNames.SURNAME;
import static org.nhsblueprint.dataset.SyntheticNames.WORD_CHANGES;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.nhsblueprint.dataset.SyntheticPhrases.Phrase;

/**
 * The state and the basic draws of the synthetic consultation generator ({@link SyntheticConsultation}): the one
 * random source everything is drawn from, the row and text being written and the borough named in it, and the
 * draws the texts are built from (invented personal data, a copier's edits and typos, phrase templates expanded,
 * ages, areas and weighted picks). {@link SyntheticTexts} writes a response's text with them, and
 * {@link SyntheticGenerator} draws whole rows.
 */
abstract class SyntheticDraws {
    final SplittableRandom rng;
    final SyntheticAreas areas;
    final SyntheticResponse row = new SyntheticResponse();
    final StringBuilder sb = new StringBuilder(2048);
    String borough = "";

    SyntheticDraws(SyntheticAreas areas, SplittableRandom rng) {
        this.areas = areas;
        this.rng = rng;
    }

    // -------------------------------------------------------------------------------------------------------
    // invented personal data

    void signature(int area) {
        sb.append("\n\n").append(chance(0.05) ? "Signed:" : pick(SIGN_OFFS)).append('\n');
        name(row.type.equals("clinician") && chance(0.5));
        if (chance(0.15)) {
            sb.append('\n').append(streetAddress()).append(", London ").append(postcode(area));
        } else if (chance(0.1)) {
            sb.append('\n').append(phone());
        }
    }

    /** A signed name in one of the forms people sign with. */
    void name(boolean doctor) {
        String first = pick(FIRST);
        String last = pick(SURNAME);
        double u = rng.nextDouble();
        if (doctor) {
            sb.append("Dr ").append(first).append(' ').append(last);
        } else if (u < 0.7) {
            sb.append(first).append(' ').append(last);
        } else if (u < 0.8) {
            sb.append(first.charAt(0)).append(". ").append(last);
        } else if (u < 0.9) {
            sb.append(chance(0.5) ? "Mr " : "Mrs ").append(last);
        } else if (u < 0.95) {
            sb.append(first);
        } else {
            sb.append(first).append(' ').append(last).append(" (").append(chance(0.5) ? "Mrs" : "Ms").append(')');
        }
    }

    String streetAddress() {
        return (1 + rng.nextInt(180)) + (chance(0.08) ? "a " : " ") + pick(STREET) + " " + pick(STREET_KIND);
    }

    String postcode(int area) {
        String[] outward = OUTWARD_BY_DISTRICT.getOrDefault(areas.district[area], OUTWARD);
        return pick(outward) + " " + rng.nextInt(10) + INWARD_LETTERS.charAt(rng.nextInt(INWARD_LETTERS.length()))
                + INWARD_LETTERS.charAt(rng.nextInt(INWARD_LETTERS.length()));
    }

    String email(String first, String last) {
        String f = (first == null ? pick(FIRST) : first).toLowerCase(Locale.ROOT);
        String l = (last == null ? pick(SURNAME) : last).toLowerCase(Locale.ROOT).replace("'", "");
        String domain = pick(EMAIL_DOMAINS);
        return switch (rng.nextInt(4)) {
            case 0 -> f + "." + l + "@" + domain;
            case 1 -> f.charAt(0) + l + "@" + domain;
            case 2 -> f + (1930 + rng.nextInt(70)) + "@" + domain;
            default -> f + "_" + l + rng.nextInt(100) + "@" + domain;
        };
    }

    /** A telephone number in Ofcom's ranges reserved for drama (never a real line). */
    String phone() {
        int n = rng.nextInt(1000);
        String last = String.format(Locale.ROOT, "%03d", n);
        return switch (rng.nextInt(5)) {
            case 0 -> "020 7946 0" + last;
            case 1 -> "(020) 7946 0" + last;
            case 2 -> "07700 900" + last;
            case 3 -> "07700900" + last;
            default -> "+44 20 7946 0" + last;
        };
    }

    // -------------------------------------------------------------------------------------------------------
    // a copier's edits and typos

    String changeWord(String body) {
        int start = rng.nextInt(WORD_CHANGES.length);
        for (int k = 0; k < WORD_CHANGES.length; k++) {
            String[] change = WORD_CHANGES[(start + k) % WORD_CHANGES.length];
            List<Integer> at = wholeWordMatches(body, change[0]);
            if (!at.isEmpty()) {
                int i = at.get(rng.nextInt(at.size()));
                return body.substring(0, i) + change[1] + body.substring(i + change[0].length());
            }
        }
        return body;
    }

    private static List<Integer> wholeWordMatches(String text, String word) {
        List<Integer> at = new ArrayList<>();
        int i = text.indexOf(word);
        while (i >= 0) {
            int end = i + word.length();
            if ((i == 0 || !Character.isLetter(text.charAt(i - 1)))
                    && (end == text.length() || !Character.isLetter(text.charAt(end)))) {
                at.add(i);
            }
            i = text.indexOf(word, i + 1);
        }
        return at;
    }

    String dropApostrophe(String body) {
        if (chance(0.5)) {
            return body.replace("'", "");
        }
        List<Integer> at = new ArrayList<>();
        for (int i = body.indexOf('\''); i >= 0; i = body.indexOf('\'', i + 1)) {
            at.add(i);
        }
        if (at.isEmpty()) {
            return body;
        }
        int i = at.get(rng.nextInt(at.size()));
        return body.substring(0, i) + body.substring(i + 1);
    }

    /** Swaps two adjacent letters in the middle of a word of five letters or more. */
    String swapLetters(String text) {
        for (int attempt = 0; attempt < 20 && text.length() > 10; attempt++) {
            int i = 1 + rng.nextInt(text.length() - 3);
            if (Character.isLowerCase(text.charAt(i - 1)) && Character.isLowerCase(text.charAt(i))
                    && Character.isLowerCase(text.charAt(i + 1)) && Character.isLowerCase(text.charAt(i + 2))
                    && text.charAt(i) != text.charAt(i + 1)) {
                char[] chars = text.toCharArray();
                chars[i] = text.charAt(i + 1);
                chars[i + 1] = text.charAt(i);
                return new String(chars);
            }
        }
        return text;
    }

    void lowerCaseAll() {
        String t = sb.toString().toLowerCase(Locale.ROOT);
        sb.setLength(0);
        sb.append(t);
    }

    // -------------------------------------------------------------------------------------------------------
    // drawing

    String render(Phrase[] pool) {
        return render(pool[rng.nextInt(pool.length)]);
    }

    String render(Phrase p) {
        StringBuilder s = new StringBuilder(160);
        p.expand(this, s);
        return s.toString();
    }

    void phrase(Phrase[] pool) {
        pool[rng.nextInt(pool.length)].expand(this, sb);
    }

    /** Appends text, replacing #B (the borough), #D (a doctor) and #Y (a number from 2 to 25). */
    void appendTokens(StringBuilder out, String s) {
        int from = 0;
        for (int i = s.indexOf('#'); i >= 0 && i + 1 < s.length(); i = s.indexOf('#', i + 1)) {
            char k = s.charAt(i + 1);
            if (k != 'B' && k != 'D' && k != 'Y') {
                continue;
            }
            out.append(s, from, i);
            if (k == 'B') {
                out.append(boroughText());
            } else if (k == 'D') {
                out.append("Dr ").append(pick(DOCTOR));
            } else {
                out.append(2 + rng.nextInt(24));
            }
            from = i + 2;
        }
        out.append(s, from, s.length());
    }

    String boroughText() {
        return borough.isEmpty() ? "this borough" : borough;
    }

    /** An age band index (0 under 18 ... 5 75+), or -1 for blank. */
    int age(int type, int area, double olderFactor) {
        if (type == ORGANISATION && chance(0.9)) {
            return -1;
        }
        if (chance(AGE_BLANK)) {
            return -1;
        }
        return switch (type) {
            case CLINICIAN -> 2 + pick(new double[] {0.47, 0.50, 0.03});
            case NHS_STAFF -> 1 + pick(new double[] {0.07, 0.45, 0.45, 0.03});
            case COUNCILLOR -> 2 + pick(new double[] {0.30, 0.45, 0.20, 0.05});
            default -> chance(olderChance(areas.share65[area], olderFactor)) ? (chance(0.58) ? 4 : 5)
                    : pick(YOUNG_AGES);
        };
    }

    int home(String district) {
        int[] idx = areas.homeAreas.get(district);
        return idx[cumulativePick(areas.homeWeights.get(district))];
    }

    int cumulativePick(double[] cumulative) {
        double u = rng.nextDouble() * cumulative[cumulative.length - 1];
        int i = Arrays.binarySearch(cumulative, u);
        i = i < 0 ? -i - 1 : i + 1;
        return Math.min(i, cumulative.length - 1);
    }

    boolean chance(double p) {
        return rng.nextDouble() < p;
    }

    int pick(double[] weights) {
        double total = 0;
        for (double w : weights) {
            total += w;
        }
        double u = rng.nextDouble() * total;
        for (int i = 0; i < weights.length; i++) {
            u -= weights[i];
            if (u < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }

    String pick(String[] values) {
        return values[rng.nextInt(values.length)];
    }
}
