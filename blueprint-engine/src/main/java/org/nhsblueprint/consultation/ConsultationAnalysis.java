package org.nhsblueprint.consultation;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.IntStream;
import org.nhsblueprint.model.Codebook;
import org.nhsblueprint.model.ConsultationResponse;
import org.nhsblueprint.model.ServiceId;

/**
 * Reads a consultation whole: personal data replaced first, so that every later step (and everything published) sees
 * only redacted text; organised campaigns; support for each closed question overall, by respondent type, borough,
 * deprivation and age, both counting every response and counting each campaign once, and optionally a raking
 * estimate labelled as a model; themes from a codebook with quotes and what was done about each; themes found
 * outside the codebook by clustering; and respondents' profile against the population's. Stateless; the same inputs
 * and seed give the same result.
 */
public final class ConsultationAnalysis {
    /** Largest number of quotes shown per theme or cluster. */
    static final int QUOTES = 3;
    private static final int QUOTE_LENGTH = 280;
    private static final int MIN_WORDS_TO_CLUSTER = 5;

    /**
     * How to analyse.
     *
     * @param threshold  campaign Jaccard threshold
     * @param clusters   themes to look for outside the codebook (0: none)
     * @param reweight   whether to add a raking estimate
     * @param evidence   per service, a sentence of evidence from a scenario appraisal ("you said, we did")
     */
    public record Options(double threshold, int clusters, long seed, boolean reweight, double confidence,
                          Map<ServiceId, String> evidence) {
        public Options {
            evidence = Map.copyOf(evidence);
        }
    }

    /** A campaign as published: template redacted. */
    public record CampaignResult(String id, int size, int exactCopies, String template, List<String> responseIds) {
    }

    /** Support for one closed question. */
    public record QuestionResult(String question, List<Support.Share> overall, List<Support.Share> campaignsOnce,
                                 Map<String, List<Support.Share>> byGroup, List<Support.Share> reweighted) {
    }

    /** A codebook theme's count (every response, and each campaign once), quotes and "you said, we did". */
    public record ThemeResult(String name, String description, int count, int countedOnce, double share,
                              List<String> quotes, String weDid, String evidence) {
    }

    /** A theme found outside the codebook. */
    public record DiscoveredTheme(String name, List<String> terms, int count, int countedOnce, List<String> quotes) {
    }

    /** Everything the analysis found. */
    public record Result(int responses, int exactDuplicateGroups, List<CampaignResult> campaigns,
                         int responsesInCampaigns, int countedOnce, List<QuestionResult> questions,
                         Optional<String> codebook, List<ThemeResult> themes, int responsesWithNoTheme,
                         List<DiscoveredTheme> discovered, List<Representativeness.Row> profile,
                         Optional<Representativeness.Weights> weights, Map<PersonalData.Kind, Integer> redactions,
                         int responsesWithPersonalData, List<String> notes, Map<String, Long> timingsMillis) {
    }

    private ConsultationAnalysis() {
    }

    public static Result run(List<ConsultationResponse> responses, Optional<Codebook> codebook,
                             Respondents respondents, Options options) {
        Map<String, Long> timings = new LinkedHashMap<>();
        long t0 = System.nanoTime();
        int n = responses.size();
        PersonalData.Redacted[] redacted = new PersonalData.Redacted[n];
        IntStream.range(0, n).parallel().forEach(i -> redacted[i] = PersonalData.redact(responses.get(i).text()));
        List<String> texts = new ArrayList<>(n);
        Map<PersonalData.Kind, Integer> redactions = new EnumMap<>(PersonalData.Kind.class);
        int withPersonal = 0;
        for (PersonalData.Redacted r : redacted) {
            texts.add(r.text());
            r.counts().forEach((k, v) -> redactions.merge(k, v, Integer::sum));
            withPersonal += r.total() > 0 ? 1 : 0;
        }
        long t1 = lap(timings, "redaction", t0);

        List<Campaigns.Campaign> found = new Campaigns(options.threshold()).find(texts);
        int[] campaignOf = new int[n];
        java.util.Arrays.fill(campaignOf, -1);
        List<CampaignResult> campaigns = new ArrayList<>();
        int inCampaigns = 0;
        for (int c = 0; c < found.size(); c++) {
            Campaigns.Campaign k = found.get(c);
            k.members().forEach(i -> campaignOf[i] = campaigns.size());
            campaigns.add(new CampaignResult("C" + (c + 1), k.size(), k.exactCopies(), texts.get(k.template()),
                    k.members().stream().map(i -> responses.get(i).id()).toList()));
            inCampaigns += k.size();
        }
        // counting each campaign once: responses in no campaign, and each campaign's template
        List<Integer> once = new ArrayList<>();
        Set<Integer> templates = new LinkedHashSet<>();
        found.forEach(k -> templates.add(k.template()));
        for (int i = 0; i < n; i++) {
            if (campaignOf[i] < 0 || templates.contains(i)) {
                once.add(i);
            }
        }
        long t2 = lap(timings, "campaigns", t1);

        List<String> notes = new ArrayList<>();
        Map<String, List<String>> groups = new LinkedHashMap<>();
        groups.put("respondent type", responses.stream().map(ConsultationResponse::respondentType).toList());
        groups.put(Respondents.BOROUGH, respondents.categories(Respondents.BOROUGH, responses));
        groups.put("deprivation quintile", respondents.categories(Respondents.DEPRIVATION, responses));
        groups.put(Respondents.AGE, respondents.categories(Respondents.AGE, responses));
        long unrecognised = responses.stream().filter(r -> !respondents.recognises(r.area())).count();
        if (unrecognised > 0) {
            notes.add(unrecognised + " responses give an area that is not an LSOA, borough code or borough name of"
                    + " the region; they count as unknown area");
        }
        Optional<Representativeness.Weights> weights = Optional.empty();
        if (options.reweight()) {
            List<List<String>> cats = new ArrayList<>();
            List<Map<String, Double>> pops = new ArrayList<>();
            for (String d : List.of(Respondents.AGE, Respondents.DEPRIVATION, Respondents.BOROUGH)) {
                cats.add(respondents.categories(d, responses));
                pops.add(respondents.population().get(d));
            }
            weights = Optional.of(Representativeness.rake(cats, pops, 5.0, 200));
        }
        List<String> questions = n == 0 ? List.of() : new ArrayList<>(responses.get(0).answers().keySet());
        List<QuestionResult> questionResults = new ArrayList<>();
        for (String q : questions) {
            List<String> answers = responses.stream().map(r -> r.answers().getOrDefault(q, "")).toList();
            Map<String, List<Support.Share>> byGroup = new LinkedHashMap<>();
            groups.forEach((g, labels) -> byGroup.put(g, Support.of(answers, labels, options.confidence()).stream()
                    .filter(s -> !s.group().equals("all")).toList()));
            List<String> onceAnswers = once.stream().map(answers::get).toList();
            questionResults.add(new QuestionResult(q, overall(answers, options.confidence()),
                    overall(onceAnswers, options.confidence()),
                    byGroup, weights.map(w -> Support.weighted(answers, w.weights(),
                            "reweighted estimate", options.confidence())).orElse(List.of())));
        }
        List<Representativeness.Row> profile = new ArrayList<>();
        for (String d : List.of(Respondents.AGE, Respondents.DEPRIVATION, Respondents.BOROUGH)) {
            profile.addAll(Representativeness.profile(d, respondents.categories(d, responses),
                    respondents.population().get(d)));
        }
        long t3 = lap(timings, "support_and_profile", t2);

        List<ThemeResult> themes = new ArrayList<>();
        BitSet[] coded = new BitSet[n];
        if (codebook.isPresent()) {
            Themes coder = new Themes(codebook.get());
            IntStream.range(0, n).parallel().forEach(i -> coded[i] = coder.code(texts.get(i)));
            List<Codebook.Theme> list = codebook.get().themes();
            // quotes come from responses in no campaign first
            List<Integer> order = new ArrayList<>(once);
            order.sort((a, b) -> Boolean.compare(campaignOf[a] >= 0, campaignOf[b] >= 0));
            for (int t = 0; t < list.size(); t++) {
                int theme = t;
                int count = (int) IntStream.range(0, n).filter(i -> coded[i].get(theme)).count();
                int countOnce = (int) once.stream().filter(i -> coded[i].get(theme)).count();
                Set<String> quotes = new LinkedHashSet<>();
                for (int i : order) {
                    if (quotes.size() >= QUOTES) {
                        break;
                    }
                    if (coded[i].get(theme)) {
                        String q = coder.quote(texts.get(i), theme);
                        if (!q.isEmpty()) {
                            quotes.add(shorten(q));
                        }
                    }
                }
                Codebook.Theme ct = list.get(t);
                themes.add(new ThemeResult(ct.name(), ct.description(), count, countOnce,
                        n == 0 ? 0 : (double) count / n, List.copyOf(quotes), ct.weDid(),
                        ct.evidence().map(s -> options.evidence().getOrDefault(s, "")).orElse("")));
            }
        } else {
            IntStream.range(0, n).forEach(i -> coded[i] = new BitSet());
        }
        int noTheme = (int) IntStream.range(0, n).filter(i -> coded[i].isEmpty()).count();
        long t4 = lap(timings, "themes", t3);

        List<DiscoveredTheme> discovered = new ArrayList<>();
        if (options.clusters() > 0) {
            List<Integer> pool = once.stream().filter(i -> coded[i].isEmpty()
                    && Tokens.words(texts.get(i)).size() >= MIN_WORDS_TO_CLUSTER).toList();
            List<Discovery.Cluster> clusters = Discovery.cluster(pool.stream().map(texts::get).toList(),
                    options.clusters(), 6, QUOTES, options.seed());
            for (Discovery.Cluster c : clusters) {
                int count = 0;
                for (int p : c.members()) {
                    int i = pool.get(p);
                    count += campaignOf[i] >= 0 ? found.get(campaignOf[i]).size() : 1;
                }
                discovered.add(new DiscoveredTheme(String.join(" · ", c.terms().subList(0,
                        Math.min(3, c.terms().size()))), c.terms(), count, c.members().size(),
                        c.representative().stream().map(p -> shorten(texts.get(pool.get(p)))).toList()));
            }
        }
        lap(timings, "discovery", t4);
        return new Result(n, Campaigns.exactDuplicateGroups(responses.stream().map(ConsultationResponse::text)
                .toList()), campaigns, inCampaigns, once.size(), questionResults,
                codebook.map(Codebook::name), themes, noTheme, discovered, profile, weights,
                new TreeMap<>(redactions), withPersonal, notes, timings);
    }

    /** Each answer's share among all the answers given. */
    private static List<Support.Share> overall(List<String> answers, double confidence) {
        if (answers.isEmpty()) {
            return List.of();
        }
        return Support.of(answers, java.util.Collections.nCopies(answers.size(), ""), confidence).stream()
                .filter(s -> s.group().equals("all")).toList();
    }

    private static long lap(Map<String, Long> timings, String stage, long since) {
        long now = System.nanoTime();
        timings.put(stage, (now - since) / 1_000_000);
        return now;
    }

    private static String shorten(String text) {
        String t = text.replaceAll("\\s+", " ").strip();
        if (t.length() <= QUOTE_LENGTH) {
            return t;
        }
        int cut = t.lastIndexOf(' ', QUOTE_LENGTH - 1);
        return t.substring(0, cut > QUOTE_LENGTH / 2 ? cut : QUOTE_LENGTH - 1).strip() + " …";
    }
}
