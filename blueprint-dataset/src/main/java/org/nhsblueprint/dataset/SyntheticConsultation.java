package org.nhsblueprint.dataset;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
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
    private static final int INDIVIDUAL = 0;
    private static final int CLINICIAN = 1;
    private static final int NHS_STAFF = 2;
    private static final int ORGANISATION = 3;
    private static final int COUNCILLOR = 4;
    private static final int BLANK_TYPE = 5;
    private static final String[] TYPE_VALUES = {"individual", "clinician", "nhs_staff", "organisation",
        "councillor_or_mp", ""};
    private static final double[] TYPE_SHARES = {0.80, 0.07, 0.06, 0.04, 0.01, 0.02};

    // answers by index: support, oppose, undecided, blank
    private static final int SUPPORT = 0;
    private static final int OPPOSE = 1;
    private static final int UNDECIDED = 2;
    private static final String[] ANSWER_VALUES = {"support", "oppose", "undecided", ""};

    /** Question 1 for responses outside campaigns, by respondent type; individuals (and blank types) are solved for. */
    private static final double[][] Q1_OWN = {
        null, {0.30, 0.55, 0.15}, {0.42, 0.38, 0.20}, {0.45, 0.30, 0.25}, {0.40, 0.40, 0.20}, null};
    private static final double[][] Q2_OWN = {
        {0.74, 0.08, 0.15, 0.03}, {0.35, 0.45, 0.17, 0.03}, {0.55, 0.25, 0.17, 0.03}, {0.70, 0.10, 0.17, 0.03},
        {0.75, 0.08, 0.14, 0.03}, {0.70, 0.08, 0.16, 0.06}};
    private static final double[][] Q3_OWN = {
        {0.72, 0.07, 0.18, 0.03}, {0.80, 0.08, 0.10, 0.02}, {0.78, 0.08, 0.12, 0.02}, {0.70, 0.08, 0.19, 0.03},
        {0.65, 0.15, 0.17, 0.03}, {0.68, 0.07, 0.19, 0.06}};
    /** How far question 1 support moves to oppose for individuals aged 65+ outside campaigns (offset for the young). */
    private static final double OLDER_TILT = 0.07;
    /** How much more likely than their share of an area's population people aged 65+ are to respond. */
    private static final double OLDER_RESPONSE = 2.2;
    /** The extra weight of areas in the campaign boroughs when respondents' areas are drawn. */
    private static final double CAMPAIGN_BOROUGH_WEIGHT = 1.3;
    /** Share of a borough campaign's copies drawn from its own borough. */
    private static final double HOME_SHARE = 0.8;

    private static final String HACKNEY = "E09000012";
    private static final String CAMDEN = "E09000007";
    private static final String BROMLEY = "E09000006";

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
        Areas areas = Areas.read(lsoaCsv);
        Generator gen = new Generator(areas, new SplittableRandom(seed));
        int width = Math.max(6, Integer.toString(responses).length());
        String idFormat = "R%0" + width + "d";
        try (BufferedWriter w = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(out),
                StandardCharsets.UTF_8), 1 << 16);
             CSVPrinter p = new CSVPrinter(w, FORMAT)) {
            p.printRecord(COLUMNS);
            for (int i = 1; i <= responses; i++) {
                Response r = gen.next();
                p.printRecord(String.format(Locale.ROOT, idFormat, i), r.type, r.lsoa, r.age, r.q1, r.q2, r.q3,
                        r.text);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + out + ": " + e.getMessage(), e);
        }
        return gen.summary(out, responses, seed);
    }

    // ------------------------------------------------------------------------------------------------------------
    // areas

    /** The small-area table as arrays, with the cumulative weights respondents are drawn by. */
    private static final class Areas {
        final String[] code;
        final String[] district;
        final String[] districtName;
        final double[] share65;
        /** Cumulative weights of all areas (campaign boroughs weighted up). */
        final double[] general;
        /** Cumulative weights of the areas of each campaign borough, by district code, and their area indexes. */
        final Map<String, int[]> homeAreas = new LinkedHashMap<>();
        final Map<String, double[]> homeWeights = new LinkedHashMap<>();
        /** Expected share aged 65+ among non-campaign individuals, and aged under 45 (for the centred age tilt). */
        final double older;
        final double younger;

        private Areas(List<String> code, List<String> district, List<String> name, List<Integer> pop,
                      List<Integer> pop65, List<Integer> decile) {
            int n = code.size();
            this.code = code.toArray(String[]::new);
            this.district = district.toArray(String[]::new);
            this.districtName = name.toArray(String[]::new);
            this.share65 = new double[n];
            double[] base = new double[n];
            this.general = new double[n];
            double total = 0;
            double olderSum = 0;
            for (int i = 0; i < n; i++) {
                share65[i] = pop.get(i) == 0 ? 0 : (double) pop65.get(i) / pop.get(i);
                base[i] = pop.get(i) * deprivationFactor(decile.get(i));
                double w = base[i] * (isCampaignBorough(this.district[i]) ? CAMPAIGN_BOROUGH_WEIGHT : 1);
                total += w;
                olderSum += w * olderChance(share65[i], OLDER_RESPONSE);
                general[i] = total;
            }
            if (!(total > 0)) {
                throw new IllegalArgumentException("the small-area table has no population");
            }
            double p65 = olderSum / total;
            this.older = (1 - AGE_BLANK) * p65;
            this.younger = (1 - AGE_BLANK) * (1 - p65) * (YOUNG_AGES[0] + YOUNG_AGES[1] + YOUNG_AGES[2]);
            for (String home : List.of(HACKNEY, CAMDEN, BROMLEY)) {
                List<Integer> idx = new ArrayList<>();
                for (int i = 0; i < n; i++) {
                    if (this.district[i].equals(home)) {
                        idx.add(i);
                    }
                }
                if (!idx.isEmpty()) {
                    int[] ia = idx.stream().mapToInt(Integer::intValue).toArray();
                    double[] cw = new double[ia.length];
                    double t = 0;
                    for (int k = 0; k < ia.length; k++) {
                        t += base[ia[k]];
                        cw[k] = t;
                    }
                    if (t > 0) {
                        homeAreas.put(home, ia);
                        homeWeights.put(home, cw);
                    }
                }
            }
        }

        static boolean isCampaignBorough(String district) {
            return district.equals(HACKNEY) || district.equals(CAMDEN) || district.equals(BROMLEY);
        }

        static Areas read(Path file) {
            String name = file.toString();
            Problems problems = new Problems();
            CsvTable table = CsvTable.read(file, name, problems);
            List<String> code = new ArrayList<>();
            List<String> district = new ArrayList<>();
            List<String> names = new ArrayList<>();
            List<Integer> pop = new ArrayList<>();
            List<Integer> pop65 = new ArrayList<>();
            List<Integer> decile = new ArrayList<>();
            if (table != null && table.requireColumns(problems, List.of("lsoa21cd", "lad22cd", "pop_2021",
                    "pop_65plus_2021", "imd2019_decile")) && table.requireRows(problems)) {
                boolean named = table.has("lad22nm");
                for (CsvTable.Row r : table.rows()) {
                    Integer p = integer(r, "pop_2021", 0, Integer.MAX_VALUE, name, problems);
                    Integer p65 = integer(r, "pop_65plus_2021", 0, Integer.MAX_VALUE, name, problems);
                    Integer d = integer(r, "imd2019_decile", 1, 10, name, problems);
                    if (r.get("lsoa21cd").isEmpty()) {
                        problems.add(name, r.line(), "lsoa21cd", "", "is blank");
                    } else if (p != null && p65 != null && d != null) {
                        code.add(r.get("lsoa21cd"));
                        district.add(r.get("lad22cd"));
                        names.add(named ? r.get("lad22nm") : "");
                        pop.add(p);
                        pop65.add(Math.min(p65, p));
                        decile.add(d);
                    }
                }
            }
            if (!problems.isEmpty()) {
                throw new DatasetException("small-area table", name, problems.all());
            }
            return new Areas(code, district, names, pop, pop65, decile);
        }

        private static Integer integer(CsvTable.Row r, String column, int min, int max, String file,
                                       Problems problems) {
            String v = r.get(column);
            try {
                int x = Integer.parseInt(v);
                if (x >= min && x <= max) {
                    return x;
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            problems.add(file, r.line(), column, v, "is not a whole number from " + min
                    + (max == Integer.MAX_VALUE ? " up" : " to " + max));
            return null;
        }
    }

    /** How much more likely people are to respond by the IMD 2019 decile of their area (1 = most deprived). */
    static double deprivationFactor(int decile) {
        return 0.4 + 0.12 * decile;
    }

    private static double olderChance(double share65, double factor) {
        return Math.max(0.03, Math.min(0.85, factor * share65));
    }

    private static final double AGE_BLANK = 0.04;
    /** Age bands below 65 for individuals: under 18, 18-24, 25-44, 45-64. */
    private static final double[] YOUNG_AGES = {0.03, 0.07, 0.38, 0.52};

    // ------------------------------------------------------------------------------------------------------------
    // phrase templates: "{a|b|c}" picks one option; #B is the respondent's borough, #D a doctor, #Y a number

    private static final class Phrase {
        private final Object[] parts;

        private Phrase(Object[] parts) {
            this.parts = parts;
        }

        static Phrase of(String s) {
            if (s.replaceAll("\\{[^{}]*}", "").matches(".*[{}].*")) {
                throw new IllegalArgumentException("unbalanced or nested braces in " + s);
            }
            List<Object> parts = new ArrayList<>();
            int i = 0;
            while (i < s.length()) {
                int open = s.indexOf('{', i);
                if (open < 0) {
                    parts.add(s.substring(i));
                    break;
                }
                if (open > i) {
                    parts.add(s.substring(i, open));
                }
                int close = s.indexOf('}', open);
                if (close < 0) {
                    throw new IllegalArgumentException("unclosed { in " + s);
                }
                parts.add(s.substring(open + 1, close).split("\\|", -1));
                i = close + 1;
            }
            return new Phrase(parts.toArray());
        }

        void expand(Generator g, StringBuilder sb) {
            for (Object part : parts) {
                if (part instanceof String s) {
                    g.appendTokens(sb, s);
                } else {
                    String[] options = (String[]) part;
                    g.appendTokens(sb, options[g.rng.nextInt(options.length)]);
                }
            }
        }
    }

    private static Phrase[] phrases(String... templates) {
        return Arrays.stream(templates).map(Phrase::of).toArray(Phrase[]::new);
    }

    // opposing concerns
    private static final Phrase[] TRAVEL = phrases(
            "{A polyclinic|The nearest polyclinic|A big health centre} would be {two bus rides|a long bus ride|a good "
                    + "forty minutes|miles} away from {me|where I live}{, which is too far| and I don't drive|, and "
                    + "the buses are not reliable}.",
            "I am {in my eighties|over 80|disabled|registered blind|a wheelchair user} and {can get|manage to get} to "
                    + "my {surgery|GP} {because it is round the corner|on my own|with my stick}, but I {could not|"
                    + "would never} manage the journey to a polyclinic.",
            "{Older people|Mothers with young children|People with disabilities|Pensioners} would have to travel much "
                    + "further {for|just to see} a {doctor|GP}{, and many will simply not go|, which is not fair| and "
                    + "that puts people off}.",
            "Travel {is|will be} the {big|main|biggest} problem{ for us|}: {the bus|public transport} {is|gets} "
                    + "{packed|"
                    + "unreliable|slow} and {parking is impossible|taxis are expensive}.",
            "Why should I {travel across #B|go halfway across #B|cross the borough} when my {surgery|GP} is {five "
                    + "minutes|a short walk} from my door?",
            "Local services {should stay local|must stay in the community|are what people want}{, not in some central "
                    + "building|, not miles away|}.",
            "If you are {ill|unwell|feeling rough}, the last thing you want is {a long journey|to sit on two buses|to "
                    + "travel for an hour} to see a doctor.",
            "The {travel times|journey times} in the consultation document {are|seem} {optimistic|unrealistic|"
                    + "to assume "
                    + "everyone has a car}{; most people round here don't have a car|}.",
            "{It would take me over an hour|I would need two buses|I would need a taxi I can't afford} to get there "
                    + "with my {pram|walking frame|bad hip}.",
            "My {husband|wife|neighbour|mum} {has COPD|has had two hip replacements|is partially sighted} and "
                    + "{cannot|could not} {walk more than a few yards|manage public transport|get on a bus alone}.",
            "{The roads round here|The high street|The main road} {is|are} {gridlocked|jammed} {every morning|most of "
                    + "the day}, so a #Y minute journey on paper {takes twice that|is nothing like it} in real life.",
            "{People on low incomes|Families without a car|Those of us on a pension} {cannot afford|should not have to "
                    + "pay for} {taxis|bus fares|the fares} {every time|whenever} {someone is ill|a child is sick|they "
                    + "need a doctor}.");
    private static final Phrase[] GP_RELATIONSHIP = phrases(
            "I have been with {the same GP|my doctor|#D} for {over 20 years|30 years|most of my life|#Y years} and "
                    + "{they know|she knows|he knows} {my history|my family|me}.",
            "{Continuity of care|Knowing your doctor|Seeing the same GP} {matters|is vital|is everything}{, especially "
                    + "for older people| when you have a long-term condition| for people with mental health "
                    + "problems|}.",
            "My GP {knows|understands} {my whole family|my conditions|my children}{ and that cannot be replaced|, you "
                    + "cannot put a price on that|}.",
            "I {don't|do not} want to {lose|be taken away from} my {local GP|family doctor|practice}{.|!}",
            "{Please|I beg you to} {keep|protect} {small|local|family} {practices|surgeries} {open|as they are}.",
            "Small practices {are|feel} {personal|like part of the community|friendly}{, the receptionists know your "
                    + "name|, and the staff know you|}.",
            "{We|I} {fear|worry} that {our|the} local {surgery|practice} will {close|be merged} {once|when} the "
                    + "polyclinic opens.",
            "#D {has looked after|looked after} {my mother|my family|us} for {years|#Y years} and {trust|that trust} "
                    + "takes a long time to build.",
            "When my {wife|husband|mother|father|partner} was dying, our GP {came to the house|visited us at home|rang "
                    + "us every week}{, would a polyclinic do that?| and I will never forget it.|.}",
            "A {good|decent} family doctor {notices|spots} {when something is wrong|the little changes|things} that a "
                    + "stranger {would miss|never would}.",
            "{Elderly|Frail|Housebound} patients {rely on|need} home visits from {someone who knows them|their own "
                    + "GP|a doctor they trust}{, not a rota|}.");
    private static final Phrase[] IMPERSONAL = phrases(
            "Polyclinics {sound|seem|will be} {impersonal|like a factory|like a supermarket|like a conveyor belt}{ for "
                    + "patients|}.",
            "You {will|would} {see a different doctor every time|never see the same doctor twice|be just a number}.",
            "{Big|Large} {centres|clinics|buildings} {are|feel} {intimidating|confusing|cold} {for|to} {older people|"
                    + "elderly patients|people with dementia|children}.",
            "{I|We} {don't|do not} want {health care|medicine|our care} run like {an airport|a call centre|a "
                    + "supermarket}.",
            "The {personal touch|human side of care} {will be lost|would disappear} in a {polyclinic|big centre}.",
            "Nobody wants to be a number in a queue at a so-called \"{health hub|one-stop shop|super-surgery}\".",
            "{Ringing|Phoning} a {call centre|central switchboard} and {pressing buttons|waiting in a queue} for "
                    + "{twenty|forty} minutes is not {health care|what I call care|progress}.",
            "{Children|Teenagers|Old people} {will not|won't} {talk about|open up about} {their problems|how they "
                    + "feel|private things} to a {stranger|doctor they have never met} {behind a desk|in a big "
                    + "building|}.");
    private static final Phrase[] PRIVATISATION = phrases(
            "{This is|These plans are|Polyclinics are} {privatisation by the back door|the first step to privatising "
                    + "the NHS|a way to bring in private companies}.",
            "{I|We} {do not|don't} want {private companies|big corporations|profit-making firms} running {our|my} "
                    + "{GP services|health centres|NHS}.",
            "Who will {run|profit from} these polyclinics, and who will they answer to?",
            "The NHS {should|must} {stay public|remain publicly owned|not be for sale}{.|!}",
            "Profit {has no place|should have no place} in {health care|the NHS|general practice}.",
            "{Once|If} a company like {Virgin|a supermarket chain|an American health firm} runs the polyclinic, "
                    + "{patients|the public} will come second to {shareholders|profit}.",
            "{Contracts|Deals} {with|for} private {providers|firms} {should be|must be} {published|made public|open "
                    + "to scrutiny}{ so we know what we are paying|, not hidden behind commercial confidentiality|}.",
            "{We saw|Look at} what happened {when cleaning was contracted out|with PFI hospitals|to the railways}; "
                    + "{I do not trust|nobody should trust} {the same approach|that model} with {GP services|family "
                    + "doctors|our health}.");
    private static final Phrase[] COST = phrases(
            "How much will {all this|these new buildings|the polyclinics} cost{, and where is the money coming from|"
                    + " when services are already being cut|}?",
            "{The money|This money|The millions} {would be better spent|should be spent} on {existing surgeries|more "
                    + "GPs|nurses|the hospitals we already have}.",
            "{Building|Running} {large|new} {centres|polyclinics} {is|seems} a waste of {money|public money|"
                    + "taxpayers' money}{ at a time like this|}.",
            "The consultation {says nothing|does not say enough} about {the cost|who pays|running costs}.",
            "{£1.5 million|Millions of pounds} for each polyclinic{, when|? When} my surgery {can't|cannot} even "
                    + "afford a {new roof|second receptionist|proper waiting room}.",
            "{I have read|I read} that each polyclinic {will|would} serve {50,000|40,000|60,000} people{, which seems "
                    + "far too many| at a cost nobody has explained|}.",
            "{The trust|The PCT|Our primary care trust} {is|was} {already in debt|closing beds|cutting district "
                    + "nurses}{ last year|}, so {how can it|where will it find the money to} build {new centres|five "
                    + "new buildings}?");
    private static final Phrase[] STAFFING = phrases(
            "Where {are|will} all the {extra |}{doctors|GPs|nurses} {going to come from|come from}{, when there are "
                    + "not enough now|}?",
            "{Staff|GPs|Nurses} {are|feel} {already |}{stretched|overworked|exhausted}{ and this will make it worse|}.",
            "{I am worried|I worry} that {nurses|health care assistants|less qualified staff} will {replace|be used "
                    + "instead of} {doctors|GPs}.",
            "{Specialist|Hospital} skills {cannot|can't} {simply|just} be moved into {a polyclinic|the community} "
                    + "without {proper training|losing something|risk to patients}.",
            "{Consultants|Specialists} {will|would} spend their days travelling between {sites|clinics} instead of "
                    + "treating patients.",
            "{Our practice|My practice|The surgery I go to} {has|already has} {a vacancy it cannot fill|had a locum "
                    + "for #Y months|lost two partners}{ and nobody applies|, so who will staff a polyclinic?|}.",
            "{Receptionists|District nurses|Health visitors} {are|have been} {cut|reduced|stretched} {for years|again "
                    + "and again}{, and moving them into a big building will not fix that|}.");
    // supporting points
    private static final Phrase[] EXT_HOURS = phrases(
            "{Evening|Weekend|Saturday} {appointments|opening} would make a {huge|real|big} difference{ to me|, I "
                    + "work long hours| for working people}.",
            "I {can never|cannot} get {an appointment|through on the phone|to see my GP} {without taking time off "
                    + "work|before 9am|when I need one}.",
            "{Opening from|Being open} 8am to 8pm{, seven days a week|} {is|sounds} {long overdue|exactly what is "
                    + "needed|a great idea}.",
            "{As a|Being a} {shift worker|working parent|carer|student} I {need|would use} {services|a doctor} "
                    + "{outside office hours|at weekends|in the evenings}.",
            "{It is|It's} ridiculous that {most surgeries|my surgery} {close|shut|shuts} at {6pm|half six|lunchtime on "
                    + "Thursdays}.",
            "{My partner|My husband|My wife|I} {commute|commutes} to {the City|Canary Wharf|Croydon|the West End} and "
                    + "{is|am} never {home|back} before {7|half seven|8} in the evening.",
            "Last {winter|month|year} I {ended up in|had to go to} A&E {just|simply} because the surgery was "
                    + "{closed|shut} {at the weekend|on a Saturday|after six}.");
    private static final Phrase[] ONE_STOP = phrases(
            "Having {blood tests|X-rays|scans|physiotherapy|a pharmacy} and {a GP|the doctor} {in one place|under one "
                    + "roof} would save {a lot of|so much} {time|hassle|running around}.",
            "{More|A wider range of} services {in one place|together} {makes sense|is sensible|is common sense}{, "
                    + "especially for people with several conditions|}.",
            "I {had to|have had to} {go to three different places|make four trips|wait weeks} for {tests|a simple "
                    + "test|results} last year.",
            "{Modern|New|Purpose-built} buildings would be {far better than|a big improvement on} the {run-down|"
                    + "cramped|old} surgeries {we have now|round here|in #B}.",
            "A \"one-stop shop\" for {diabetes|asthma|heart} {care|checks} {is|sounds like} {a good idea|common "
                    + "sense}.",
            "{Last year|Over the last two years} I {saw|was sent to} {four|five|six} different "
                    + "{people|clinics|departments} "
                    + "{about|for} {one|the same} {problem|knee|condition}{, and none of them talked to each other|}.",
            "Having {a dentist|an optician|a midwife|a mental health worker} {on site|in the same building} {too|as "
                    + "well} would {be ideal|make life easier|help}.");
    private static final Phrase[] FEWER_TRIPS = phrases(
            "{Anything that|Whatever} {keeps people out of hospital|stops people going to A&E} {is good|has my support|"
                    + "must be a good thing}.",
            "{Outpatient|Follow-up|Clinic} appointments {closer to home|in the community} would mean fewer trips "
                    + "{to|into} {hospital|town}.",
            "A&E {is|gets} {full of|clogged up with} people who {could|should} {be seen|have been seen} {elsewhere|by "
                    + "a GP|in a polyclinic}.",
            "{My mother|My father|My husband|My wife|My son} {spends|spent} {hours|whole days} {at the hospital|in "
                    + "outpatients} for {checks|tests|appointments} that could {easily |}be done locally.",
            "{A|One} {blood test|simple check|five-minute review} {at the hospital|in outpatients} {cost|costs} me "
                    + "{half a day|a whole morning|a day's pay}{ and £#Y in fares| with the parking|}.",
            "{Minor injuries|Small cuts and sprains|Children's temperatures} {could|should} be {dealt with|seen} "
                    + "{locally|near home} {instead of|rather than} {at A&E|in casualty} {at all hours|on a "
                    + "Saturday night|}.");
    private static final Phrase[] SUPPORT_GENERAL = phrases(
            "{I think|I believe|In my view} {this is|the plan is|polyclinics are} {a good idea|the right direction|"
                    + "sensible|overdue}{.|, as long as local surgeries stay.|, if done properly.}",
            "{London|The NHS in London} {needs|has} to {modernise|change|catch up}{ and this is a start| and "
                    + "polyclinics will help|}.",
            "Lord Darzi's {plans|report|proposals} {make sense|are the right way forward|are long overdue}{ for "
                    + "London|}.",
            "{I support|We support|I welcome} the {plans|proposals}{ in principle|, they are a step forward|}.",
            "{Other|Many} {countries|European cities} {have had|already have} {health centres|polyclinics} like this "
                    + "for {years|decades}{ and they work well|, why not London?|}.",
            "{Some|Many} {surgeries|practices} {round here|in #B} {are|operate from} {converted houses|tiny "
                    + "rooms|run-down shops} with no {disabled access|proper waiting area|room for nurses}.");
    private static final Phrase[] HEDGES = phrases(
            "{I can see|There are} {benefits|good points|advantages}{ but|, however,} {I have concerns|I am not "
                    + "convinced|there are also risks}.",
            "{It depends|It all depends} on {where they are built|the details|whether local surgeries stay open|how "
                    + "it is run}.",
            "{I need|We need|People need} more information {before deciding|to decide|about what this means for my "
                    + "surgery}.",
            "{The idea is|In theory it is} {fine|good} but {I doubt|I'm not sure} {it will work|it will be done "
                    + "properly|there is money for it}{ in practice| in #B|}.",
            "{Not sure|I am not sure} {yet|about this}{, there are pros and cons|}.",
            "My only worry is {travel|losing my own doctor|the cost|who will run it}{, otherwise it sounds fine|}.",
            "{If|As long as} {my own surgery|the small practices|local GPs} {stay|stays} {open|as well}, I {might|"
                    + "would} {support it|be in favour|give it a try}.",
            "{I have heard|People say|My neighbour says} {both good and bad things|different things} {about|of} "
                    + "polyclinics{ and I honestly do not know|, so I am undecided| in other places|}.");
    private static final Phrase[] STROKE_SUPPORT = phrases(
            "{The plan for|Having} {specialist|dedicated} stroke {units|centres} {makes sense|is right|is very "
                    + "sensible}{, speed and expertise save lives|, even if they are further away|}.",
            "{My|Our} {father|mother|neighbour|husband} had a stroke and {the specialist care|getting to the right "
                    + "unit fast} {made all the difference|saved a life}.",
            "I would rather {travel further|go past my local hospital} to a {proper|specialist|hyper-acute} stroke "
                    + "unit.");
    private static final Phrase[] STROKE_OPPOSE = phrases(
            "{Closing|Losing} stroke services at {our|the} local hospital {is|would be} {dangerous|wrong|a mistake}{, "
                    + "every minute counts|}.",
            "{An ambulance journey|The journey} to a {distant|far away} stroke unit {will take|could take} too long "
                    + "{in London traffic|at rush hour}.");
    private static final Phrase[] STROKE_UNDECIDED = phrases(
            "On stroke {units|care} I {don't know enough|am not an expert|have no view}{ to comment|}.",
            "{The|Your} stroke {proposals|plans} {sound|seem} {reasonable|sensible}, but who will do the "
                    + "{rehabilitation|follow-up care|aftercare} {locally|at home}?");
    private static final Phrase[] HOURS_OPPOSE = phrases(
            "I {do not|don't} need {evening|weekend} opening{, I need|; what I need is} {to see my own doctor|a "
                    + "doctor who knows me|an appointment within a week}.",
            "{Longer|Extended} hours {will|would} {spread|stretch} the {same|existing} staff {even thinner|too "
                    + "thin}.");
    // outside any codebook
    private static final Phrase[] OTHER = phrases(
            "{Parking|Car parking} {at|near} {the health centre|the hospital|the surgery} is {a nightmare|impossible|"
                    + "expensive}{ and the charges are a scandal|}.",
            "{Please provide|There must be} {interpreters|translated leaflets} for {Turkish|Bengali|Somali|Polish|"
                    + "Urdu|Portuguese|Tamil|Yoruba|Gujarati} speakers{, my mother cannot read English|; many people "
                    + "here do not speak English|}.",
            "{Mental health|Counselling} {services are|support is} {missing from|hardly mentioned in} {these plans|the "
                    + "document}{, and waiting lists are months long|}.",
            "There is {nothing|very little} about {children's services|health visitors|school nurses|child "
                    + "development clinics} in {this|the document}.",
            "{I cannot find|Nobody I know can find} an NHS dentist{ in #B| round here|}{, please put dentists in the "
                    + "polyclinics|}.",
            "{The local pharmacist|My chemist} {is brilliant|does a great job} and could {do more|be used more}.",
            "{Disabled access|Access for wheelchairs} {at my surgery|in the old buildings} is {poor|terrible|"
                    + "non-existent}.",
            "{This consultation|The questionnaire|The document} {is|was} {too long|hard to understand|full of "
                    + "jargon}{ and the questions are leading|, and it feels like the decision is already made|}.",
            "{Carers|Unpaid carers} {need|deserve} {more support|flexible appointments|to be listened to}{, I look "
                    + "after my mother full time|}.",
            "{Homeless people|Asylum seekers|People without a fixed address} {find it hard|struggle} to register with "
                    + "a GP{ at all|}.",
            "{Maternity|Antenatal} {services|care} at {our|the} local hospital {need|needs} {investment|more "
                    + "midwives}{ more than this|}.",
            "{Hospital infections|MRSA|Cleanliness} {is|are} {my biggest worry|what worries me most}{ in any new "
                    + "building|}.",
            "{I waited|It took} {three weeks|a fortnight|ten days} to get a GP appointment {last month|recently|this "
                    + "year}.",
            "{Sexual health|GUM} clinics {need|should have} {walk-in|evening} sessions{ for young people|}.",
            "{My son|My daughter|My brother} has a learning disability and {needs|relies on} {a familiar face|the "
                    + "same routine}.",
            "{As a diabetic|Living with diabetes} I could {benefit from|use} {a specialist nurse|foot checks|eye "
                    + "screening} {locally|nearby|in one place}.",
            "{The out-of-hours service|Out-of-hours GP cover} {is|has been} {awful|very poor|a lottery} since GPs "
                    + "stopped doing it.",
            "{Deaf patients|People who use BSL} cannot book appointments {by phone|without help}{, please offer text "
                    + "or e-mail booking|}.",
            "{The walk-in centre|Our walk-in centre} {is always busy|is a lifeline}{, don't close it|, please keep "
                    + "it|}.",
            "The food on the wards was {awful|dreadful|cold} when I was last in {hospital|the Whittington|King's}.");
    /** Experiences with numbers in them, whichever the stance. */
    private static final Phrase[] ANECDOTES = phrases(
            "Last {winter|spring|summer|autumn} my {son|daughter|neighbour|husband|wife|father} waited {2|3|4|5|6|7} "
                    + "hours in A&E{ with a broken wrist| with chest pains| with a high fever|}.",
            "I have {asthma|diabetes|arthritis|high blood pressure|epilepsy} and see {a nurse|my GP|the clinic} "
                    + "{every #Y weeks|twice a year|every few months}.",
            "{We|My family} moved to #B {in the 1990s|in 2003|in 2006|#Y years ago|recently} and {it took|we waited} "
                    + "{a month|#Y days|ages} "
                    + "to register with a GP.",
            "My {mother|aunt|grandmother} is {79|83|86|91|94} and {lives alone|has dementia|is housebound}, so I "
                    + "{take her|go with her} to {every appointment|all her appointments}.",
            "My {father|uncle|grandfather} is {78|81|85|89|93} and {lives alone|has Parkinson's|is housebound}, so I "
                    + "{take him|go with him} to {every appointment|all his appointments}.",
            "The last time I {rang|phoned} the surgery I was {number #Y in the queue|on hold for #Y "
                    + "minutes|told to ring back tomorrow}.");
    private static final Phrase[] ORG_POINTS = phrases(
            "{Our members|Many of our members|Residents we spoke to} {are|were} {very worried about|most concerned "
                    + "about} {travel|losing their GP|the cost|who will run the centres}.",
            "{Our members|Many of our members|Residents we spoke to} {welcome|would welcome} "
                    + "{longer opening hours|more "
                    + "services in one place|fewer trips to hospital}.",
            "We held a {public meeting|members' meeting} {in March|in April|last month} attended by {40|60|over 100} "
                    + "people{ and this response reflects their views|}.");
    private static final Phrase[] OPEN_INDIVIDUAL = phrases(
            "I {live in #B|have lived in #B for #Y years|am a mother of two|am a mother of three|work in central "
                    + "London}.",
            "I am a carer for my {husband|wife|mother|son}.",
            "{I have lived|We have lived} in #B {all my life|for #Y years}.");
    private static final Phrase[] OPEN_OLDER = phrases(
            "I am a pensioner {living in #B|and live alone|and do not drive}.",
            "{I am|I'm} {retired|a widow|a widower} and {rely on|depend on} my {GP|local surgery}.");
    private static final Phrase[] OPEN_YOUNG = phrases(
            "I am {15|16|17} and {at school|at college} in #B.");
    private static final Phrase[] OPEN_CLINICIAN = phrases(
            "I am a {GP|general practitioner|GP partner|salaried GP|practice nurse|consultant physician|hospital "
                    + "consultant|community pharmacist} {in #B|working in #B|in north London|in south London}.",
            "As a {GP|general practitioner|GP partner|salaried GP|practice nurse|hospital consultant} {in #B|working "
                    + "in #B|in north London|in south London}, I have read the proposals carefully.",
            "I have been a {GP|general practitioner|practice nurse|consultant|pharmacist} in #B for #Y years.");
    private static final Phrase[] OPEN_STAFF = phrases(
            "I work {as a receptionist|as a practice manager|as a district nurse|as a healthcare assistant|as a "
                    + "porter|as a midwife|as a physiotherapist|in NHS management} {in #B|at a local hospital|for the "
                    + "NHS}.",
            "I have worked {as a receptionist|as a practice manager|as a district nurse|as a healthcare assistant|as "
                    + "a midwife|in NHS management} {in #B|at a local hospital|for the NHS} for #Y years.");
    private static final Phrase[] OPEN_ORGANISATION = phrases(
            "{This response is|We are writing|I am writing} on behalf of the {Northside|Eastfield|Riverside|"
                    + "Hillcrest|Parkview|Meadowbank|Oakfield|Brookside} {Tenants' and Residents' Association|"
                    + "Pensioners' Forum|Carers' Centre|Disability Forum|Mosque Committee|Churches Together group|"
                    + "Youth Council|Traders' Association}.");
    private static final Phrase[] OPEN_COUNCILLOR = phrases(
            "{As a|I am a} {ward councillor|local councillor|councillor} {in #B|for a ward in #B}{ and many residents "
                    + "have contacted me|; I hear from residents every week|}.");
    private static final Phrase[] CLOSERS = phrases(
            "{Thank you|Thanks} for {listening|reading this|the chance to comment|asking}.",
            "Please {listen to local people|think again|take our views seriously}.",
            "{I hope|We hope} you {take notice|listen this time|get it right}.",
            "Good luck with it.");
    private static final String[] CONNECTORS = {"Also, ", "And ", "To be honest, ", "Frankly, ", "What is more, ",
        "In my experience, ", "Personally, ", "On top of that, ", "Secondly, ", "Another thing: ", "Basically, ",
        "Besides, "};
    private static final String[][] SHORT = {
        {"I agree.", "Good idea.", "Yes, about time.", "Fully support.", "yes", "Go ahead.", "Sounds good to me."},
        {"No.", "Leave our GP alone!", "I disagree.", "Against.", "NO TO POLYCLINICS", "Hands off our surgery.",
            "Bad idea."},
        {"Not sure.", "Need more information.", "Don't know enough to say.", "no comment", "Maybe.", "n/a"}};

    // ------------------------------------------------------------------------------------------------------------
    // personal data (all invented)

    private static final String[] FIRST = {"Jane", "John", "Mary", "David", "Sarah", "Michael", "Susan", "Peter",
        "Margaret", "James", "Patricia", "Robert", "Elizabeth", "Paul", "Linda", "Mark", "Karen", "Andrew", "Helen",
        "Richard", "Ann", "Stephen", "Julie", "Christopher", "Claire", "Mohammed", "Fatima", "Ahmed", "Aisha",
        "Rajesh", "Priya", "Sunita", "Arjun", "Oluwaseun", "Chinedu", "Ngozi", "Kwame", "Abena", "Mehmet", "Ayse",
        "Tomasz", "Agnieszka", "Wei", "Grace", "Joseph", "Daniel", "Emma", "Sophie", "Thomas", "Lucy", "Patrick",
        "Bridget", "Sean", "Siobhan", "Winston", "Delroy", "Marcia", "Maria", "Jose", "Ana", "Giuseppe", "Rita",
        "Ali", "Hassan", "Zainab", "Bilal", "Doreen", "Eileen", "Kenneth", "Brian"};
    private static final String[] SURNAME = {"Smith", "Jones", "Williams", "Brown", "Taylor", "Davies", "Wilson",
        "Evans", "Thomas", "Johnson", "Roberts", "Walker", "Wright", "Robinson", "Thompson", "White", "Hughes",
        "Edwards", "Green", "Hall", "Wood", "Harris", "Martin", "Jackson", "Clarke", "Lewis", "Patel", "Shah", "Khan",
        "Ahmed", "Hussain", "Begum", "Ali", "Singh", "Kaur", "Sharma", "Okafor", "Adeyemi", "Mensah", "Owusu",
        "Campbell", "Francis", "Yilmaz", "Demir", "Kowalski", "Nowak", "Nguyen", "Chen", "Wang", "O'Brien", "Murphy",
        "Kelly", "McCarthy", "Byrne", "Silva", "Santos", "Rossi", "Costa", "Mahmood", "Rahman", "Chowdhury", "Uddin"};
    private static final String[] DOCTOR = {"Patel", "Okafor", "Shah", "Reid", "Evans", "Khan", "Murphy", "Lewis",
        "Adebayo", "Green", "Mehta", "Cohen", "Fernando", "Gill", "Watson"};
    private static final String[] STREET = {"Elm", "Oak", "Station", "Church", "Victoria", "Albert", "Park", "Manor",
        "Queens", "Mill", "Chestnut", "Cedar", "Highfield", "Springfield", "Windsor", "Stanley", "Beech", "Willow",
        "Grange", "Marlborough", "Clarence", "Warwick", "Cromwell", "Nelson", "Milton", "Sycamore", "Lime", "Hazel"};
    private static final String[] STREET_KIND = {"Road", "Road", "Road", "Street", "Avenue", "Close", "Gardens",
        "Lane", "Crescent", "Way", "Terrace", "Grove"};
    private static final String[] OUTWARD = {"E2", "E3", "E5", "E8", "E9", "E10", "E13", "E15", "E17", "N1", "N4",
        "N7", "N9", "N15", "N16", "N17", "N19", "N22", "NW1", "NW2", "NW5", "NW6", "NW10", "SE1", "SE5", "SE6",
        "SE13", "SE15", "SE18", "SE22", "SE27", "SW2", "SW9", "SW11", "SW16", "SW17", "W2", "W3", "W10", "W12", "BR1",
        "BR2", "BR3", "BR6", "CR0", "CR4", "DA7", "EN1", "EN3", "HA0", "HA8", "IG1", "IG3", "KT1", "KT6", "RM1", "RM8",
        "SM1", "TW3", "TW9", "UB3", "UB6"};
    private static final Map<String, String[]> OUTWARD_BY_DISTRICT = Map.of(
            HACKNEY, new String[] {"E5", "E8", "E9", "N16"},
            CAMDEN, new String[] {"NW1", "NW3", "NW5", "WC1N"},
            BROMLEY, new String[] {"BR1", "BR2", "BR3", "BR6"});
    private static final String INWARD_LETTERS = "ABDEFGHJLNPQRSTUWXYZ";
    private static final String[] EMAIL_DOMAINS = {"example.com", "example.org", "example.net"};

    // ------------------------------------------------------------------------------------------------------------
    // campaigns (all invented; the practices and groups named do not exist)

    private record Campaign(String id, double share, String home, double[] types, double[] q1, double[] q2,
                            double[] q3, double exact, double older, String greeting, String signOff, String body,
                            Phrase[] before, Phrase[] after, String[] anonymous) {
    }

    private static final List<Campaign> CAMPAIGNS = List.of(
            new Campaign("save_larkspur_surgery", 0.13, HACKNEY,
                    new double[] {0.93, 0.01, 0.02, 0, 0.01, 0.03},
                    new double[] {0.12, 0.72, 0.16}, new double[] {0.55, 0.10, 0.32, 0.03},
                    new double[] {0.55, 0.12, 0.30, 0.03}, 0.30, 2.6, "Dear Sir/Madam,", "Yours faithfully,",
                    "I am writing to object in the strongest terms to the proposals in Healthcare for London that "
                            + "would move GP services out of Larkspur Surgery and into a polyclinic. Larkspur Surgery "
                            + "has served our community for over forty years. The doctors and nurses there know their "
                            + "patients, many of whom are elderly, disabled or have young children and cannot easily "
                            + "travel to a large centre miles away. A polyclinic would mean longer journeys, longer "
                            + "waits and seeing a different doctor every time. It would break the relationship between "
                            + "patients and their family doctor, which is the foundation of good care. We haven't been "
                            + "told where the polyclinic would be, how people would get there, or what would happen to "
                            + "the surgery building. Local people were not asked before these plans were drawn up. I "
                            + "urge NHS London and the primary care trust to keep Larkspur Surgery open, to invest in "
                            + "it rather than close it, and to listen to the thousands of patients who depend on it. "
                            + "Save our surgery!",
                    phrases("I have been a patient at Larkspur Surgery for #Y years.",
                            "My {mother|husband|wife|daughter|father} {relies on|depends on} Larkspur Surgery.",
                            "I signed the petition and I am writing as well."),
                    phrases("#D has looked after my {whole family|children|mother} for years.",
                            "Please do not take our surgery away.",
                            "I am {82|76|69|91|73} and cannot travel far.",
                            "The nearest bus stop is a long walk from my flat."),
                    new String[] {"A patient of Larkspur Surgery", "A concerned resident", "Larkspur patient"}),
            new Campaign("no_privatisation", 0.07, null,
                    new double[] {0.33, 0.35, 0.30, 0, 0, 0.02},
                    new double[] {0.07, 0.85, 0.08}, new double[] {0.25, 0.50, 0.22, 0.03},
                    new double[] {0.60, 0.15, 0.22, 0.03}, 0.15, 1.0, "To NHS London,", "Yours sincerely,",
                    "We are writing as GPs, nurses, practice staff and patients who value a public NHS. We oppose the "
                            + "plan to build polyclinics across London. There is no evidence that large health centres "
                            + "give better care than local practices, and the cost of the buildings has not been "
                            + "explained. Doctors' leaders have warned that polyclinics will be used to bring private "
                            + "companies into general practice, and that contracts will go to whoever bids lowest "
                            + "rather than to those who know the community. Once a private company runs a polyclinic, "
                            + "decisions about patient care will be made with profit in mind. Patients will lose the "
                            + "personal, continuous care of a family doctor who knows them. Staff will be moved around "
                            + "and skills that take years to build will be lost. The money would be far better spent "
                            + "supporting the practices we already have, employing more GPs and nurses and improving "
                            + "premises. We call on NHS London to withdraw the polyclinic proposals and to keep "
                            + "general practice in the NHS, not in the marketplace.",
                    phrases("I have been a {GP|practice nurse|practice manager|receptionist} for #Y years.",
                            "I {work|have worked} in general practice in #B."),
                    phrases("Keep our NHS public.", "The NHS is not for sale.",
                            "{Patients|People} before profit{!|.}"),
                    new String[] {"A GP", "Practice staff", "An NHS worker"}),
            new Campaign("yes_to_longer_hours", 0.07, null,
                    new double[] {0.94, 0, 0.02, 0, 0, 0.04},
                    new double[] {0.90, 0.03, 0.07}, new double[] {0.97, 0.01, 0.01, 0.01},
                    new double[] {0.80, 0.03, 0.14, 0.03}, 0.25, 0.8, "Dear NHS London,", "Yours sincerely,",
                    "I support the proposal for polyclinics. At the moment it is very hard to get an appointment with "
                            + "my GP at a time that suits me, because most surgeries open only during working hours. A "
                            + "polyclinic open from 8am to 8pm, seven days a week, would let me see a doctor without "
                            + "taking time off work. I also like the idea of having tests, X-rays and specialist "
                            + "clinics in the same building, so that I do not have to make several trips to hospital. "
                            + "London deserves modern health services that fit around people's lives. Please go ahead "
                            + "with the plans and make sure the new centres are well connected by public transport.",
                    phrases("I work {shifts|long hours|in a hospital|in the City|nights}.",
                            "It took me {three weeks|a month|ten days} to get an appointment last time."),
                    phrases("Please build one in #B.", "{My|Our} whole family would use it.",
                            "About time!"),
                    new String[] {"A working parent", "A commuter"}),
            new Campaign("ravensmead_patients_group", 0.04, BROMLEY,
                    new double[] {0.85, 0, 0, 0.10, 0, 0.05},
                    new double[] {0.30, 0.25, 0.45}, new double[] {0.70, 0.05, 0.22, 0.03},
                    new double[] {0.65, 0.10, 0.22, 0.03}, 0.10, 3.5, "Dear Sir or Madam,", "Yours faithfully,",
                    "As members of the Ravensmead Patients' Group we have discussed Healthcare for London at our "
                            + "meetings and wish to make the following points. We welcome the aim of better services "
                            + "closer to home and longer opening hours, and we accept that some small surgeries are in "
                            + "poor buildings. However, many of our members are over seventy and do not drive, and "
                            + "the nearest site suggested for a polyclinic is two bus journeys away. Any new centre "
                            + "must be on a direct bus route, with free parking for disabled people and a pharmacy on "
                            + "site. Existing practices should stay open as part of a network, so that patients can "
                            + "still see a doctor they know. We ask that patients' groups are involved in deciding "
                            + "where polyclinics are built and how they are run, and that the plans are reviewed "
                            + "after two years. We would be glad to meet the primary care trust to discuss this.",
                    phrases("I have been a member of the group for {3|5|8|12} years.",
                            "I am the group's {secretary|treasurer|chair}."),
                    phrases("My nearest bus stop is a long walk away.",
                            "I {agree with every word|fully support this letter}."),
                    new String[] {"Ravensmead Patients' Group member", "A member"}),
            new Campaign("stroke_club", 0.025, null,
                    new double[] {0.88, 0.04, 0.04, 0, 0, 0.04},
                    new double[] {0.72, 0.06, 0.22}, new double[] {0.75, 0.05, 0.17, 0.03},
                    new double[] {0.98, 0, 0.01, 0.01}, 0.20, 3.5, "Dear Sir/Madam,", "Yours sincerely,",
                    "I am writing as a stroke survivor and a member of a local stroke club. I strongly support the "
                            + "plan to create specialist hyper-acute stroke units in London. When I had my stroke, I "
                            + "waited many hours for a scan at a hospital that saw only a few stroke patients. The "
                            + "evidence is clear that fast treatment by a specialist team saves lives and reduces "
                            + "disability, even if the ambulance has to travel a little further. It's just as "
                            + "important that rehabilitation and support after leaving hospital are available "
                            + "locally, because that is where many of us struggle most. I hope the plans go ahead as "
                            + "quickly as possible.",
                    phrases("My {husband|wife|brother|father|mother} had a stroke in {2005|2006|2007}.",
                            "I am writing on behalf of my {husband|wife|father}, who had a stroke."),
                    phrases("Time is brain.", "I still cannot use my {left|right} hand.",
                            "The stroke club meets every {Tuesday|Thursday} and we all agree."),
                    new String[] {"A stroke survivor", "Stroke club member"}),
            new Campaign("hands_off_ferncroft", 0.015, CAMDEN,
                    new double[] {0.95, 0, 0, 0, 0, 0.05},
                    new double[] {0.10, 0.70, 0.20}, new double[] {0.50, 0.15, 0.32, 0.03},
                    new double[] {0.50, 0.15, 0.32, 0.03}, 0.30, 2.6, "", "",
                    "Hands off Ferncroft Health Centre! We, the undersigned residents, object to any plan to close "
                            + "Ferncroft Health Centre or move its services into a polyclinic. The health centre is "
                            + "within walking distance for thousands of people, including the elderly residents of "
                            + "the nearby estates. Its walk-in clinic, baby clinic and district nurses are used every "
                            + "day. Moving them would force patients onto crowded buses or into A&E. We don't want to "
                            + "lose them. The primary care trust should improve the building, not abandon it.",
                    phrases("I have used the baby clinic at Ferncroft with {both|all three} of my children.",
                            "I have lived on the estate for #Y years."),
                    phrases("I am {78|84|71|88} and I walk to Ferncroft.", "Keep it open!"),
                    new String[] {"Resident", "Ferncroft patient"}));

    private static final String[] GREETINGS = {"Dear Sir/Madam,", "Dear Sir or Madam,", "To NHS London,",
        "Dear NHS London,", "To whom it may concern,", "Dear Sirs,", "Re: Healthcare for London consultation", "",
        "", ""};
    private static final String[] SIGN_OFFS = {"Yours sincerely,", "Yours sincerely,", "Yours faithfully,",
        "Kind regards,", "Regards,", "Best wishes,", "Yours sincerely", "Many thanks,"};
    /** Word changes a copier makes: the first word (a whole word) becomes the second. */
    private static final String[][] WORD_CHANGES = {{"strongest", "strongest possible"}, {"urge", "ask"},
        {"local", "neighbourhood"}, {"elderly", "older"}, {"large", "big"}, {"oppose", "object to"},
        {"plans", "proposals"}, {"thousands", "hundreds"}, {"Please", "I ask you to"}, {"support", "back"},
        {"very", "really"}, {"many", "lots"}, {"doctor", "GP"}, {"modern", "decent"}, {"fast", "quick"}};

    // ------------------------------------------------------------------------------------------------------------
    // generation

    private static final class Response {
        String type;
        String lsoa;
        String age;
        String q1;
        String q2;
        String q3;
        String text;
    }

    private static final class Generator {
        final SplittableRandom rng;
        private final Areas areas;
        private final double[] campaignCumulative;
        private final double[] ownTypes;
        private final double[] q1Individual;
        private final double tiltYoung;
        private final double tiltOld;
        private final int[] q1Counts = new int[3];
        private final int[] campaignCounts = new int[CAMPAIGNS.size()];
        private final int[] exactCounts = new int[CAMPAIGNS.size()];
        private int withPersonal;
        private int blankText;
        private final Response row = new Response();
        private final StringBuilder sb = new StringBuilder(2048);
        private String borough = "";

        Generator(Areas areas, SplittableRandom rng) {
            this.areas = areas;
            this.rng = rng;
            campaignCumulative = new double[CAMPAIGNS.size()];
            double inCampaigns = 0;
            for (int c = 0; c < CAMPAIGNS.size(); c++) {
                inCampaigns += CAMPAIGNS.get(c).share();
                campaignCumulative[c] = inCampaigns;
            }
            double own = 1 - inCampaigns;
            // respondent types outside campaigns, so that the overall shares are TYPE_SHARES
            ownTypes = new double[TYPE_SHARES.length];
            for (int t = 0; t < TYPE_SHARES.length; t++) {
                double v = TYPE_SHARES[t];
                for (Campaign c : CAMPAIGNS) {
                    v -= c.share() * c.types()[t];
                }
                ownTypes[t] = v / own;
                check(ownTypes[t] >= 0, "respondent type " + t);
            }
            // question 1 for individuals outside campaigns, so that the expected overall shares are Q1_PUBLISHED
            q1Individual = new double[3];
            double individuals = own * (ownTypes[INDIVIDUAL] + ownTypes[BLANK_TYPE]);
            for (int a = 0; a < 3; a++) {
                double v = Q1_PUBLISHED.get(a);
                for (Campaign c : CAMPAIGNS) {
                    v -= c.share() * c.q1()[a];
                }
                for (int t = CLINICIAN; t <= COUNCILLOR; t++) {
                    v -= own * ownTypes[t] * Q1_OWN[t][a];
                }
                q1Individual[a] = v / individuals;
                check(q1Individual[a] >= 0, "question 1 answer " + a);
            }
            // older individuals lean against; the young lean for, by as much in expectation
            double k = areas.older / areas.younger;
            double tilt = Math.min(OLDER_TILT, Math.min(q1Individual[SUPPORT], q1Individual[OPPOSE] / k));
            tiltOld = tilt;
            tiltYoung = tilt * k;
        }

        private static void check(boolean ok, String what) {
            if (!ok) {
                throw new IllegalStateException("the campaign mix cannot be calibrated (" + what + ")");
            }
        }

        Summary summary(Path file, int responses, long seed) {
            Map<String, Integer> q1 = new LinkedHashMap<>();
            for (int a = 0; a < 3; a++) {
                q1.put(ANSWER_VALUES[a], q1Counts[a]);
            }
            Map<String, Integer> sizes = new LinkedHashMap<>();
            Map<String, Integer> exact = new LinkedHashMap<>();
            for (int c = 0; c < CAMPAIGNS.size(); c++) {
                sizes.put(CAMPAIGNS.get(c).id(), campaignCounts[c]);
                exact.put(CAMPAIGNS.get(c).id(), exactCounts[c]);
            }
            return new Summary(file, responses, seed, q1, sizes, exact, withPersonal, blankText);
        }

        Response next() {
            double u = rng.nextDouble();
            int campaign = -1;
            for (int c = 0; c < campaignCumulative.length; c++) {
                if (u < campaignCumulative[c]) {
                    campaign = c;
                    break;
                }
            }
            Campaign c = campaign < 0 ? null : CAMPAIGNS.get(campaign);
            int type = pick(c == null ? ownTypes : c.types());
            int area = c != null && c.home() != null && areas.homeAreas.containsKey(c.home()) && chance(HOME_SHARE)
                    ? home(c.home()) : cumulativePick(areas.general);
            borough = areas.districtName[area];
            int age = age(type, area, c == null ? OLDER_RESPONSE : c.older());
            int q1;
            if (c != null) {
                q1 = pick(c.q1());
            } else if (type == INDIVIDUAL || type == BLANK_TYPE) {
                double[] p = q1Individual.clone();
                if (age >= 4) {
                    p[SUPPORT] -= tiltOld;
                    p[OPPOSE] += tiltOld;
                } else if (age >= 0 && age <= 2) {
                    p[SUPPORT] += tiltYoung;
                    p[OPPOSE] -= tiltYoung;
                }
                q1 = pick(p);
            } else {
                q1 = pick(Q1_OWN[type]);
            }
            int q2 = pick(c == null ? Q2_OWN[type] : c.q2());
            int q3 = pick(c == null ? Q3_OWN[type] : c.q3());
            q1Counts[q1]++;
            row.type = TYPE_VALUES[type];
            row.lsoa = chance(0.05) ? "" : areas.code[area];
            row.age = age < 0 ? "" : AGE_BANDS.get(age);
            row.q1 = ANSWER_VALUES[q1];
            row.q2 = ANSWER_VALUES[q2];
            row.q3 = ANSWER_VALUES[q3];
            sb.setLength(0);
            if (c != null) {
                campaignCounts[campaign]++;
                copy(campaign, c, area);
            } else {
                compose(type, age, q1, q2, q3, area);
            }
            row.text = sb.toString();
            if (row.text.isEmpty()) {
                blankText++;
            }
            return row;
        }

        // -------------------------------------------------------------------------------------------------------
        // campaign copies

        private void copy(int index, Campaign c, int area) {
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

        private String changeWord(String body) {
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

        private String dropApostrophe(String body) {
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
        private String swapLetters(String text) {
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

        // -------------------------------------------------------------------------------------------------------
        // individual responses

        private void compose(int type, int age, int q1, int q2, int q3, int area) {
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

        private void lowerCaseAll() {
            String t = sb.toString().toLowerCase(Locale.ROOT);
            sb.setLength(0);
            sb.append(t);
        }

        // -------------------------------------------------------------------------------------------------------
        // invented personal data

        private void signature(int area) {
            sb.append("\n\n").append(chance(0.05) ? "Signed:" : pick(SIGN_OFFS)).append('\n');
            name(row.type.equals("clinician") && chance(0.5));
            if (chance(0.15)) {
                sb.append('\n').append(streetAddress()).append(", London ").append(postcode(area));
            } else if (chance(0.1)) {
                sb.append('\n').append(phone());
            }
        }

        /** A signed name in one of the forms people sign with. */
        private void name(boolean doctor) {
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

        private String streetAddress() {
            return (1 + rng.nextInt(180)) + (chance(0.08) ? "a " : " ") + pick(STREET) + " " + pick(STREET_KIND);
        }

        private String postcode(int area) {
            String[] outward = OUTWARD_BY_DISTRICT.getOrDefault(areas.district[area], OUTWARD);
            return pick(outward) + " " + rng.nextInt(10) + INWARD_LETTERS.charAt(rng.nextInt(INWARD_LETTERS.length()))
                    + INWARD_LETTERS.charAt(rng.nextInt(INWARD_LETTERS.length()));
        }

        private String email(String first, String last) {
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
        private String phone() {
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
        // drawing

        private String render(Phrase[] pool) {
            return render(pool[rng.nextInt(pool.length)]);
        }

        private String render(Phrase p) {
            StringBuilder s = new StringBuilder(160);
            p.expand(this, s);
            return s.toString();
        }

        private void phrase(Phrase[] pool) {
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

        private String boroughText() {
            return borough.isEmpty() ? "this borough" : borough;
        }

        /** An age band index (0 under 18 ... 5 75+), or -1 for blank. */
        private int age(int type, int area, double olderFactor) {
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

        private int home(String district) {
            int[] idx = areas.homeAreas.get(district);
            return idx[cumulativePick(areas.homeWeights.get(district))];
        }

        private int cumulativePick(double[] cumulative) {
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
}
