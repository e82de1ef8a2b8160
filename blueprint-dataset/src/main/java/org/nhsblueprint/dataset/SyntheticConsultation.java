package org.nhsblueprint.dataset;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes a <b>synthetic</b> consultation: invented responses to a London-style consultation on the 2008 "Healthcare
 * for London" proposals (more care in GP-led polyclinics, longer opening hours, hyper-acute stroke units). Nothing in
 * it was written by a real person; it exists so that consultation analysis (support by group, campaigns, themes,
 * personal-data redaction, representativeness) has a realistic, shareable demonstration and benchmark input.
 *
 * <p>What it models, and what it is calibrated to:
 * <ul>
 *   <li>Closed question 1 (polyclinics): the expected shares are exactly the published 2008 result, 51% support,
 *       29% oppose and 20% undecided; clinicians and campaign letters lean against, and older respondents lean
 *       against slightly (a tilt that cancels out overall). Question 2 (extended opening hours) and question 3
 *       (stroke units) are mostly supported.</li>
 *   <li>Respondents are not representative, as in real consultations: areas (2021 LSOAs from the dataset's
 *       small-area table) are drawn in proportion to population times a factor rising from 0.52 in the most
 *       deprived IMD 2019 decile to 1.6 in the least deprived, boroughs where campaigns ran count 1.3 times, and
 *       people aged 65+ are about twice as likely to respond as their share of an area's population.</li>
 *   <li>About 35% of responses are copies of six invented campaign letters (one large "save our surgery" letter,
 *       letters against privatisation, for longer opening hours, from a patients' group, from a stroke club and
 *       about a health centre), each copy with personal edits (greeting, signature, an added sentence, a dropped
 *       apostrophe or a changed word) or, for some, word for word identical.</li>
 *   <li>The rest are composed from pools of sentence templates per concern (travel, the GP relationship, impersonal
 *       care, privatisation, cost, staffing; longer hours, services in one place, fewer hospital trips, stroke units)
 *       and topics outside any codebook (parking, interpreters, mental health, children's services and others), of
 *       varied length, with occasional typos; about 2% of all responses are blank and 3% one-liners.</li>
 *   <li>About a fifth of responses hold invented personal data for redaction to find: names after sign-offs and
 *       after "my name is", e-mail addresses at the reserved example.com/.org/.net domains, telephone numbers in
 *       Ofcom's ranges for drama (020 7946 0xxx, 07700 900xxx), street addresses and London-style postcodes. Names
 *       come from fixed lists of common first names and surnames; practices and groups named are fictional.</li>
 * </ul>
 *
 * <p>Reproducible: one {@link SplittableRandom} seeded with the seed drives everything, so the same table, count and
 * seed give a byte-identical file. Rows are streamed to the file, so a million responses need little memory.
 * Stateless (static methods only) and thread-safe.
 */
public final class SyntheticConsultation {
    /** The columns, in order. */
    public static final List<String> COLUMNS = List.of("response_id", "respondent_type", "lsoa21", "age_band",
            "q1_polyclinics", "q2_extended_hours", "q3_stroke_units", "response");
    /** The closed questions, by column. */
    public static final Map<String, String> QUESTIONS = questions();
    /** The respondent types written (besides blank). */
    public static final List<String> RESPONDENT_TYPES = List.of("individual", "clinician", "nhs_staff",
            "organisation", "councillor_or_mp");
    /** The age bands written (besides blank). */
    public static final List<String> AGE_BANDS = List.of("under 18", "18-24", "25-44", "45-64", "65-74", "75+");
    /** The answers to the closed questions (besides blank). */
    public static final List<String> ANSWERS = List.of("support", "oppose", "undecided");
    /** The published 2008 shares of question 1 (support, oppose, undecided) the generator is calibrated to. */
    public static final List<Double> Q1_PUBLISHED = List.of(0.51, 0.29, 0.20);

    /**
     * What was written: the row count and seed, the question 1 answers, and for each campaign (by id) how many
     * responses copy it and how many of those are word for word the campaign's printed text. Counts of responses
     * holding invented personal data and with blank text are exact (the generator knows what it put in).
     */
    public record Summary(Path file, int responses, long seed, Map<String, Integer> q1,
                          Map<String, Integer> campaigns, Map<String, Integer> exactCopies, int withPersonalData,
                          int blankText) {
        public Summary {
            q1 = Collections.unmodifiableMap(new LinkedHashMap<>(q1));
            campaigns = Collections.unmodifiableMap(new LinkedHashMap<>(campaigns));
            exactCopies = Collections.unmodifiableMap(new LinkedHashMap<>(exactCopies));
        }

        /** Responses that belong to some campaign. */
        public int inCampaigns() {
            return campaigns.values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    private static final CSVFormat FORMAT = CSVFormat.RFC4180;

    // respondent types by index; the last is blank
    static final int INDIVIDUAL = 0;
    static final int CLINICIAN = 1;
    static final int NHS_STAFF = 2;
    static final int ORGANISATION = 3;
    static final int COUNCILLOR = 4;
    static final int BLANK_TYPE = 5;
    static final String[] TYPE_VALUES = {"individual", "clinician", "nhs_staff", "organisation",
        "councillor_or_mp", ""};
    static final double[] TYPE_SHARES = {0.80, 0.07, 0.06, 0.04, 0.01, 0.02};

    // answers by index: support, oppose, undecided, blank
    static final int SUPPORT = 0;
    static final int OPPOSE = 1;
    static final int UNDECIDED = 2;
    static final String[] ANSWER_VALUES = {"support", "oppose", "undecided", ""};

    /** Question 1 for responses outside campaigns, by respondent type; individuals (and blank types) are solved for. */
    static final double[][] Q1_OWN = {
        null, {0.30, 0.55, 0.15}, {0.42, 0.38, 0.20}, {0.45, 0.30, 0.25}, {0.40, 0.40, 0.20}, null};
    static final double[][] Q2_OWN = {
        {0.74, 0.08, 0.15, 0.03}, {0.35, 0.45, 0.17, 0.03}, {0.55, 0.25, 0.17, 0.03}, {0.70, 0.10, 0.17, 0.03},
        {0.75, 0.08, 0.14, 0.03}, {0.70, 0.08, 0.16, 0.06}};
    static final double[][] Q3_OWN = {
        {0.72, 0.07, 0.18, 0.03}, {0.80, 0.08, 0.10, 0.02}, {0.78, 0.08, 0.12, 0.02}, {0.70, 0.08, 0.19, 0.03},
        {0.65, 0.15, 0.17, 0.03}, {0.68, 0.07, 0.19, 0.06}};
    /** How far question 1 support moves to oppose for individuals aged 65+ outside campaigns (offset for the young). */
    static final double OLDER_TILT = 0.07;
    /** How much more likely than their share of an area's population people aged 65+ are to respond. */
    static final double OLDER_RESPONSE = 2.2;
    /** The extra weight of areas in the campaign boroughs when respondents' areas are drawn. */
    static final double CAMPAIGN_BOROUGH_WEIGHT = 1.3;
    /** Share of a borough campaign's copies drawn from its own borough. */
    static final double HOME_SHARE = 0.8;

    static final String HACKNEY = "E09000012";
    static final String CAMDEN = "E09000007";
    static final String BROMLEY = "E09000006";

    private SyntheticConsultation() {
    }

    private static Map<String, String> questions() {
        Map<String, String> q = new LinkedHashMap<>();
        q.put("q1_polyclinics", "Do you support the proposal to provide more care in polyclinics?");
        q.put("q2_extended_hours", "Do you support GP services being open for longer, in the evenings and at "
                + "weekends?");
        q.put("q3_stroke_units", "Do you support concentrating emergency stroke care in a few specialist hyper-acute "
                + "stroke units?");
        return Collections.unmodifiableMap(q);
    }

    /**
     * Writes {@code responses} synthetic responses drawn on the small-area table of a dataset folder (the areas file
     * its manifest names).
     *
     * @throws DatasetException if the manifest or the small-area table cannot be read
     */
    public static Summary writeFromDataset(Path datasetDir, Path out, int responses, long seed) {
        Problems problems = new Problems();
        Manifest manifest = Manifest.read(datasetDir, problems);
        if (manifest == null) {
            throw new DatasetException(datasetDir.toString(), problems.all());
        }
        return write(datasetDir.resolve(manifest.areas().file()), out, responses, seed);
    }

    /**
     * Writes {@code responses} synthetic responses to {@code out} (RFC 4180 CSV, UTF-8, header {@link #COLUMNS}),
     * drawing areas from a small-area table with columns {@code lsoa21cd, lad22cd, pop_2021, pop_65plus_2021,
     * imd2019_decile} (and {@code lad22nm}, used in the text, if present).
     *
     * @throws IllegalArgumentException if {@code responses} is less than 1
     * @throws DatasetException         if the table cannot be read or has no usable row
     * @throws UncheckedIOException     if the file cannot be written
     */
    public static Summary write(Path lsoaCsv, Path out, int responses, long seed) {
        if (responses < 1) {
            throw new IllegalArgumentException("responses must be 1 or more, not " + responses);
        }
        SyntheticAreas areas = SyntheticAreas.read(lsoaCsv);
        SyntheticGenerator gen = new SyntheticGenerator(areas, new SplittableRandom(seed));
        int width = Math.max(6, Integer.toString(responses).length());
        String idFormat = "SYNTHETIC-%0" + width + "d"; // every row says what it is
        try (BufferedWriter w = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(out),
                StandardCharsets.UTF_8), 1 << 16);
             CSVPrinter p = new CSVPrinter(w, FORMAT)) {
            p.printRecord(COLUMNS);
            for (int i = 1; i <= responses; i++) {
                SyntheticResponse r = gen.next();
                p.printRecord(String.format(Locale.ROOT, idFormat, i), r.type, r.lsoa, r.age, r.q1, r.q2, r.q3,
                        r.text);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + out + ": " + e.getMessage(), e);
        }
        return gen.summary(out, responses, seed);
    }
}
