package org.nhsblueprint.dataset;

import static org.nhsblueprint.dataset.SyntheticConsultation.CLINICIAN;
import static org.nhsblueprint.dataset.SyntheticConsultation.COUNCILLOR;
import static org.nhsblueprint.dataset.SyntheticConsultation.NHS_STAFF;
import static org.nhsblueprint.dataset.SyntheticConsultation.OPPOSE;
import static org.nhsblueprint.dataset.SyntheticConsultation.ORGANISATION;
import static org.nhsblueprint.dataset.SyntheticConsultation.SUPPORT;
import static org.nhsblueprint.dataset.SyntheticConsultation.UNDECIDED;
import static org.nhsblueprint.dataset.SyntheticLetters.CAMPAIGNS;
import static org.nhsblueprint.dataset.SyntheticNames.FIRST;
import static org.nhsblueprint.dataset.SyntheticNames.GREETINGS;
import static org.nhsblueprint.dataset.SyntheticNames.SIGN_OFFS;
import static org.nhsblueprint.dataset.SyntheticNames.SURNAME;
import static org.nhsblueprint.dataset.SyntheticPhrases.ANECDOTES;
import static org.nhsblueprint.dataset.SyntheticPhrases.CLOSERS;
import static org.nhsblueprint.dataset.SyntheticPhrases.CONNECTORS;
import static org.nhsblueprint.dataset.SyntheticPhrases.COST;
import static org.nhsblueprint.dataset.SyntheticPhrases.EXT_HOURS;
import static org.nhsblueprint.dataset.SyntheticPhrases.FEWER_TRIPS;
import static org.nhsblueprint.dataset.SyntheticPhrases.GP_RELATIONSHIP;
import static org.nhsblueprint.dataset.SyntheticPhrases.HEDGES;
import static org.nhsblueprint.dataset.SyntheticPhrases.HOURS_OPPOSE;
import static org.nhsblueprint.dataset.SyntheticPhrases.IMPERSONAL;
import static org.nhsblueprint.dataset.SyntheticPhrases.ONE_STOP;
import static org.nhsblueprint.dataset.SyntheticPhrases.OPEN_CLINICIAN;
import static org.nhsblueprint.dataset.SyntheticPhrases.OPEN_COUNCILLOR;
import static org.nhsblueprint.dataset.SyntheticPhrases.OPEN_INDIVIDUAL;
import static org.nhsblueprint.dataset.SyntheticPhrases.OPEN_OLDER;
import static org.nhsblueprint.dataset.SyntheticPhrases.OPEN_ORGANISATION;
import static org.nhsblueprint.dataset.SyntheticPhrases.OPEN_STAFF;
import static org.nhsblueprint.dataset.SyntheticPhrases.OPEN_YOUNG;
import static org.nhsblueprint.dataset.SyntheticPhrases.ORG_POINTS;
import static org.nhsblueprint.dataset.SyntheticPhrases.OTHER;
import static org.nhsblueprint.dataset.SyntheticPhrases.PRIVATISATION;
import static org.nhsblueprint.dataset.SyntheticPhrases.SHORT;
import static org.nhsblueprint.dataset.SyntheticPhrases.STAFFING;
import static org.nhsblueprint.dataset.SyntheticPhrases.STROKE_OPPOSE;
import static org.nhsblueprint.dataset.SyntheticPhrases.STROKE_SUPPORT;
import static org.nhsblueprint.dataset.SyntheticPhrases.STROKE_UNDECIDED;
import static org.nhsblueprint.dataset.SyntheticPhrases.SUPPORT_GENERAL;
import static org.nhsblueprint.dataset.SyntheticPhrases.TRAVEL;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.nhsblueprint.dataset.SyntheticLetters.Campaign;
import org.nhsblueprint.dataset.SyntheticPhrases.Phrase;

/**
 * The response texts of the synthetic consultation generator ({@link SyntheticConsultation}): a copy of a campaign
 * letter with a copier's greeting, additions, edits and signature, or a response composed from the sentence pools
 * for the respondent's stance, with openers, anecdotes, other topics, layout, typos and invented personal data.
 * It counts the word-for-word copies and the responses holding personal data; {@link SyntheticGenerator} decides
 * which text each row gets.
 */
abstract class SyntheticTexts extends SyntheticDraws {
    final int[] exactCounts = new int[CAMPAIGNS.size()];
    int withPersonal;

    SyntheticTexts(SyntheticAreas areas, SplittableRandom rng) {
        super(areas, rng);
    }

    // -------------------------------------------------------------------------------------------------------
    // campaign copies

    void copy(int index, Campaign c, int area) {
        if (chance(c.exact())) {
            exactCounts[index]++;
            if (!c.greeting().isEmpty()) {
                sb.append(c.greeting()).append("\n\n");
            }
            sb.append(c.body());
            if (!c.signOff().isEmpty()) {
                sb.append("\n\n").append(c.signOff());
            }
            return;
        }
        String greeting = chance(0.35) ? c.greeting() : pick(GREETINGS);
        if (!greeting.isEmpty()) {
            sb.append(greeting).append(chance(0.8) ? "\n\n" : "\n");
        }
        if (chance(0.2)) {
            phrase(c.before());
            sb.append(chance(0.5) ? " " : "\n\n");
        }
        String body = c.body();
        if (chance(0.2)) {
            body = changeWord(body);
        }
        if (chance(0.15)) {
            body = dropApostrophe(body);
        }
        if (chance(0.06)) {
            body = swapLetters(body);
        }
        sb.append(body);
        if (chance(0.2)) {
            sb.append(chance(0.5) ? " " : "\n\n");
            phrase(c.after());
        }
        boolean personal = false;
        double s = rng.nextDouble();
        if (s < 0.52) {
            sb.append("\n\n").append(chance(0.04) ? "Signed:" : pick(SIGN_OFFS)).append('\n');
            name(false);
            personal = true;
        } else if (s < 0.56) {
            sb.append("\n\n");
            name(false);
            personal = true;
        } else if (s < 0.72) {
            if (!c.signOff().isEmpty()) {
                sb.append("\n\n").append(c.signOff());
            }
        } else if (s < 0.84) {
            sb.append("\n\n").append(pick(SIGN_OFFS)).append('\n').append(pick(c.anonymous()));
        }
        if (personal) {
            double extra = rng.nextDouble();
            if (extra < 0.12) {
                sb.append('\n').append(streetAddress()).append(chance(0.7) ? "\nLondon " + postcode(area) : "");
            } else if (extra < 0.18) {
                sb.append('\n').append(email(null, null));
            } else if (extra < 0.22) {
                sb.append('\n').append(chance(0.5) ? "Tel: " : "Mob: ").append(phone());
            }
        } else if (chance(0.03)) {
            sb.append("\n\n").append(chance(0.5) ? "Reply to: " : "Contact me at ").append(email(null, null));
            personal = true;
        }
        if (chance(0.02)) {
            lowerCaseAll();
        }
        if (personal) {
            withPersonal++;
        }
    }

    // -------------------------------------------------------------------------------------------------------
    // individual responses

    void compose(int type, int age, int q1, int q2, int q3, int area) {
        double shape = rng.nextDouble();
        if (shape < 0.03) {
            return; // blank
        }
        if (shape < 0.08 && type != ORGANISATION) {
            sb.append(pick(SHORT[q1]));
            if (chance(0.04)) {
                signature(area);
                withPersonal++;
            }
            return;
        }
        List<String> sentences = new ArrayList<>(8);
        boolean myName = false;
        double pd = type == ORGANISATION ? 0.35 : type == COUNCILLOR ? 0.25 : 0.085;
        boolean personal = chance(pd);
        if (personal && chance(0.25)) {
            myName = true;
            sentences.add("My name is " + FIRST[rng.nextInt(FIRST.length)] + " "
                    + SURNAME[rng.nextInt(SURNAME.length)] + (chance(0.5) ? " and I live in " + boroughText()
                    + "." : "."));
        }
        Phrase[] opener = opener(type, age);
        if (opener != null) {
            sentences.add(render(opener));
        }
        if (type == ORGANISATION) {
            sentences.add(render(ORG_POINTS));
        }
        int n = 2 + pick(new double[] {0.38, 0.28, 0.17, 0.10, 0.07});
        List<Phrase> used = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Phrase[] pool = stancePool(q1, q2, i);
            Phrase p = pool[rng.nextInt(pool.length)];
            if (used.contains(p)) {
                continue;
            }
            used.add(p);
            String sentence = render(p);
            sentences.add(i > 0 && chance(0.25) ? connect(sentence) : sentence);
        }
        if (chance(0.3)) {
            sentences.add(1 + rng.nextInt(sentences.size()), render(ANECDOTES));
        }
        if (chance(0.3)) {
            sentences.add(render(OTHER));
            if (chance(0.15)) {
                sentences.add(render(OTHER));
            }
        }
        if (q3 <= UNDECIDED && chance(0.18)) {
            sentences.add(render(q3 == SUPPORT ? STROKE_SUPPORT : q3 == OPPOSE ? STROKE_OPPOSE
                    : STROKE_UNDECIDED));
        }
        if (chance(0.25)) {
            sentences.add(render(CLOSERS));
        }
        if (personal) {
            double what = rng.nextDouble();
            if (what < 0.2) {
                sentences.add("I live at " + streetAddress() + (chance(0.6) ? ", " + postcode(area) : "") + ".");
            } else if (what < 0.35) {
                sentences.add(chance(0.5) ? "My postcode is " + postcode(area) + "."
                        : "(Postcode " + postcode(area) + ")");
            } else if (what < 0.55) {
                sentences.add((chance(0.5) ? "You can contact me at " : "Please e-mail me at ")
                        + email(null, null) + (chance(0.3) ? " if you want to discuss this." : "."));
            } else if (what < 0.65) {
                sentences.add((chance(0.5) ? "Please call me on " : "My number is ") + phone() + ".");
            } else if (!myName && what < 0.8) {
                sentences.add("My name is " + FIRST[rng.nextInt(FIRST.length)] + " "
                        + SURNAME[rng.nextInt(SURNAME.length)] + ".");
            }
        }
        layout(sentences);
        typos(q1);
        if (personal) {
            if (chance(0.55) || sb.indexOf("@") < 0 && sb.indexOf("My name") < 0 && sb.indexOf("live at") < 0
                    && sb.indexOf("ostcode") < 0 && sb.indexOf("call me") < 0 && sb.indexOf("number is") < 0) {
                signature(area);
            }
            withPersonal++;
        }
    }

    /** Starts a sentence with a connecting word, lowering its first letter unless it is a name or "I". */
    private String connect(String sentence) {
        String connector = pick(CONNECTORS);
        boolean lower = sentence.length() > 1 && Character.isUpperCase(sentence.charAt(0))
                && Character.isLowerCase(sentence.charAt(1))
                && !sentence.startsWith("London") && !sentence.startsWith("Lord") && !sentence.startsWith("Dr ");
        return connector + (lower ? Character.toLowerCase(sentence.charAt(0)) + sentence.substring(1) : sentence);
    }

    private Phrase[] stancePool(int q1, int q2, int i) {
        double u = rng.nextDouble();
        if (q1 == SUPPORT) {
            if (i > 0 && u < 0.12) {
                return chance(0.5) ? TRAVEL : GP_RELATIONSHIP;
            }
            if (q2 == OPPOSE) {
                return u < 0.5 ? ONE_STOP : u < 0.75 ? FEWER_TRIPS : SUPPORT_GENERAL;
            }
            return u < 0.32 ? EXT_HOURS : u < 0.6 ? ONE_STOP : u < 0.8 ? FEWER_TRIPS : SUPPORT_GENERAL;
        }
        if (q1 == OPPOSE) {
            if (q2 == OPPOSE && u < 0.1) {
                return HOURS_OPPOSE;
            }
            if (i > 0 && u < 0.15 && q2 == SUPPORT) {
                return EXT_HOURS;
            }
            return u < 0.25 ? TRAVEL : u < 0.47 ? GP_RELATIONSHIP : u < 0.62 ? IMPERSONAL : u < 0.77
                    ? PRIVATISATION : u < 0.87 ? COST : STAFFING;
        }
        if (i == 0 || u < 0.25) {
            return HEDGES;
        }
        if (u < 0.6) {
            return u < 0.45 ? (q2 == SUPPORT ? EXT_HOURS : ONE_STOP) : FEWER_TRIPS;
        }
        return u < 0.72 ? TRAVEL : u < 0.82 ? GP_RELATIONSHIP : u < 0.9 ? COST : STAFFING;
    }

    private Phrase[] opener(int type, int age) {
        return switch (type) {
            case CLINICIAN -> chance(0.85) ? OPEN_CLINICIAN : null;
            case NHS_STAFF -> chance(0.7) ? OPEN_STAFF : null;
            case ORGANISATION -> chance(0.95) ? OPEN_ORGANISATION : null;
            case COUNCILLOR -> chance(0.9) ? OPEN_COUNCILLOR : null;
            default -> {
                if (age == 0 && chance(0.6)) {
                    yield OPEN_YOUNG;
                }
                if (age >= 4 && chance(0.3)) {
                    yield OPEN_OLDER;
                }
                yield age > 0 && chance(0.25) ? OPEN_INDIVIDUAL : null;
            }
        };
    }

    /** Joins the sentences: as running text, in paragraphs, or as a list. */
    private void layout(List<String> sentences) {
        double u = rng.nextDouble();
        if (sentences.size() >= 3 && u < 0.08) {
            sb.append(sentences.get(0)).append(chance(0.5) ? "\n" : "\n\n");
            for (int i = 1; i < sentences.size(); i++) {
                sb.append(i > 1 ? "\n" : "").append(chance(0.7) ? "- " : "* ").append(sentences.get(i));
            }
        } else if (sentences.size() >= 3 && u < 0.3) {
            int cut = 1 + rng.nextInt(sentences.size() - 1);
            for (int i = 0; i < sentences.size(); i++) {
                sb.append(i == 0 ? "" : i == cut ? "\n\n" : " ").append(sentences.get(i));
            }
        } else {
            for (int i = 0; i < sentences.size(); i++) {
                sb.append(i == 0 ? "" : chance(0.03) ? "  " : " ").append(sentences.get(i));
            }
        }
    }

    private void typos(int q1) {
        if (chance(0.07)) {
            String t = swapLetters(sb.toString());
            sb.setLength(0);
            sb.append(t);
        }
        if (chance(0.06)) {
            String t = sb.toString().replace("'", "");
            sb.setLength(0);
            sb.append(t);
        }
        double u = rng.nextDouble();
        if (u < 0.04) {
            lowerCaseAll();
        } else if (u < 0.07) {
            String t = sb.toString().replace(" I ", " i ").replace("I'm", "im");
            sb.setLength(0);
            sb.append(t);
        } else if (u < 0.075 && q1 == OPPOSE && sb.length() < 300) {
            String t = sb.toString().toUpperCase(Locale.ROOT);
            sb.setLength(0);
            sb.append(t);
        } else if (u < 0.1 && sb.length() > 0 && sb.charAt(sb.length() - 1) == '.') {
            sb.setLength(sb.length() - 1);
        }
    }
}
