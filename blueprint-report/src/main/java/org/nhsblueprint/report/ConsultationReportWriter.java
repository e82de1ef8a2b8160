package org.nhsblueprint.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.nhsblueprint.consultation.ConsultationAnalysis;
import org.nhsblueprint.consultation.Support;

/**
 * Writes a consultation analysis for the consultation team and the public: {@value #INDEX}, a self-contained page
 * (inline CSS and SVG, no scripts, nothing fetched) with a summary, support for each closed question counting every
 * response and each campaign once, organised campaigns, codebook themes and "you said, we did", themes found outside
 * the codebook, who responded against the population, the personal data removed, and notes and method; and
 * {@value #CSV}, every share the page shows. Every piece of text from the responses (already redacted by the
 * analysis) is escaped. Reproducible: the same result and info give byte-identical files (UTF-8; CRLF in CSV as RFC
 * 4180 says), except that timings are part of the result. Stateless.
 */
public final class ConsultationReportWriter {
    public static final String INDEX = "consultation.html";
    public static final String CSV = "consultation_support.csv";
    private static final String CSS = ReportPage.css() + """
            .notice { border: 2px solid #ffb81c; border-left-width: 10px; background: #fff9c4; padding: 10px 16px;
              margin: 16px 0 20px; font-weight: bold; max-width: 60em; }
            .summary { max-width: 60em; font-size: 17px; }
            .visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }
            table.timings td, table.timings th { padding: 2px 10px; }
            """ + ConsultationBars.CSS + ConsultationSupport.CSS + ConsultationThemes.CSS + ConsultationProfile.CSS;

    /**
     * What the page says about where the analysis came from.
     *
     * @param title            the page's title
     * @param source           the responses file, as given
     * @param sourceNote       shown prominently when not blank, e.g. that the data are synthetic
     * @param populationSource where the population's shares come from
     * @param threshold        the campaign Jaccard threshold used
     * @param clusters         how many themes outside the codebook were looked for (0: none)
     * @param seed             the clustering seed
     * @param scenario         the appraised scenario whose evidence answers themes, or blank
     * @param confidence       the intervals' confidence level, e.g. 0.95
     * @param questions        each closed question's wording by its id, where known (shown beside the id)
     */
    public record Info(String title, String source, String sourceNote, String populationSource, double threshold,
                       int clusters, long seed, String scenario, double confidence, Map<String, String> questions) {
        public Info {
            questions = questions == null ? Map.of() : Map.copyOf(questions);
            title = title == null || title.isBlank() ? "Consultation analysis" : title;
            source = source == null ? "" : source;
            sourceNote = sourceNote == null ? "" : sourceNote;
            populationSource = populationSource == null ? "" : populationSource;
            scenario = scenario == null ? "" : scenario;
            if (!(confidence > 0 && confidence < 1)) {
                throw new IllegalArgumentException("confidence must be between 0 and 1, not " + confidence);
            }
        }

        /** With the questions known only by their ids. */
        public Info(String title, String source, String sourceNote, String populationSource, double threshold,
                    int clusters, long seed, String scenario, double confidence) {
            this(title, source, sourceNote, populationSource, threshold, clusters, seed, scenario, confidence,
                    Map.of());
        }

        /** With 95% intervals. */
        public Info(String title, String source, String sourceNote, String populationSource, double threshold,
                    int clusters, long seed, String scenario) {
            this(title, source, sourceNote, populationSource, threshold, clusters, seed, scenario, 0.95);
        }
    }

    /**
     * Writes {@value #INDEX} and {@value #CSV} (question, group_kind, group, answer, count, total, share, low, high)
     * into {@code dir}, creating it if needed and replacing files of the same names.
     *
     * @return the page written
     * @throws IOException if {@code dir} is a file or a file cannot be written
     */
    public Path write(ConsultationAnalysis.Result result, Info info, Path dir) throws IOException {
        if (Files.isRegularFile(dir)) {
            throw new IOException("report folder " + dir + " is a file, not a folder");
        }
        Map<String, String> files = new LinkedHashMap<>();
        files.put(INDEX, page(result, info));
        files.put(CSV, csv(result).text());
        return ReportWriter.writeAll(dir, files).get(0);
    }

    static String page(ConsultationAnalysis.Result r, Info info) {
        String level = ConsultationSupport.level(info.confidence());
        Html h = new Html();
        h.raw("<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\">\n")
                .raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .element("title", info.title()).raw("\n<style>\n").raw(CSS).raw("</style>\n</head>\n<body>\n")
                .raw("<header class=\"masthead\"><div class=\"wrap\"><span class=\"brand\">Blueprint</span>")
                .element("span class=\"region\"", "Consultation analysis").raw("</div></header>\n")
                .raw("<main class=\"wrap\">\n").element("h1", info.title()).newline();
        if (!info.source().isBlank()) {
            h.element("p class=\"vintage\"", "Responses: " + info.source()).newline();
        }
        if (!info.sourceNote().isBlank()) {
            h.raw("<p class=\"notice\" role=\"note\">").text(info.sourceNote()).raw("</p>\n");
        }
        summary(h, r, level, info.questions());
        ConsultationSupport.render(h, r, info.confidence(), info.questions());
        ConsultationThemes.campaigns(h, r);
        ConsultationThemes.themes(h, r, info.scenario());
        ConsultationThemes.discovered(h, r, info.clusters(), info.seed());
        ConsultationProfile.render(h, r, info.populationSource());
        ConsultationProfile.personalData(h, r);
        method(h, r, info, level);
        h.raw("</main>\n<footer class=\"wrap\">").text("Blueprint \u00b7 " + info.title())
                .raw("</footer>\n</body>\n</html>\n");
        return h.toString();
    }

    private static void summary(Html h, ConsultationAnalysis.Result r, String level, Map<String, String> texts) {
        h.raw("<div class=\"cards\">\n");
        card(h, "Responses", Display.count(r.responses()), "received and read");
        card(h, "In organised campaigns", Display.count(r.responsesInCampaigns()), "in "
                + Display.count(r.campaigns().size()) + " " + ConsultationThemes.plural(r.campaigns().size(),
                "campaign") + " (" + Display.percent(ConsultationThemes.share(r.responsesInCampaigns(),
                r.responses())) + ")");
        card(h, "Distinct voices", Display.count(r.countedOnce()), "each campaign counted once");
        card(h, "Exact duplicates", Display.count(r.exactDuplicateGroups()), ConsultationThemes.plural(
                r.exactDuplicateGroups(), "group") + " of identical responses");
        h.raw("</div>\n");
        StringBuilder s = new StringBuilder();
        s.append(Display.count(r.responses())).append(' ').append(ConsultationThemes.plural(r.responses(),
                "response")).append(" were received. ");
        if (r.campaigns().isEmpty()) {
            s.append("None is part of an organised campaign");
        } else {
            s.append(Display.count(r.responsesInCampaigns())).append(" (")
                    .append(Display.percent(ConsultationThemes.share(r.responsesInCampaigns(), r.responses())))
                    .append(") are in ").append(Display.count(r.campaigns().size())).append(" organised ")
                    .append(ConsultationThemes.plural(r.campaigns().size(), "campaign"))
                    .append("; counting each campaign once gives ").append(Display.count(r.countedOnce()))
                    .append(r.countedOnce() == 1 ? " distinct voice" : " distinct voices")
                    .append(". Nothing is dropped: figures are shown both ways");
        }
        s.append(". ").append(Display.count(r.exactDuplicateGroups())).append(' ')
                .append(ConsultationThemes.plural(r.exactDuplicateGroups(), "group"))
                .append(" of responses are identical character for character. ");
        if (!r.questions().isEmpty()) {
            ConsultationAnalysis.QuestionResult q = r.questions().get(0);
            s.append("On ").append(ConsultationSupport.label(q.question(), texts)).append(", counting every response: ")
                    .append(shares(q.overall())).append('.');
            if (!q.campaignsOnce().isEmpty() && !r.campaigns().isEmpty()) {
                s.append(" Counting each campaign once: ").append(shares(q.campaignsOnce())).append('.');
            }
            s.append(" Ranges are ").append(level).append(" intervals.");
        }
        h.element("p class=\"summary\"", s.toString()).newline();
    }

    private static String shares(List<Support.Share> shares) {
        Map<String, Support.Share> by = ConsultationSupport.byAnswer(shares);
        StringBuilder b = new StringBuilder();
        List<String> answers = ConsultationSupport.answers(shares);
        for (int i = 0; i < answers.size(); i++) {
            Support.Share s = by.get(answers.get(i));
            b.append(i == 0 ? "" : i == answers.size() - 1 ? " and " : ", ")
                    .append(ConsultationBars.withInterval(s.share(), s.low(), s.high())).append(' ').append(s.answer());
        }
        return b.toString();
    }

    private static void card(Html h, String label, String figure, String detail) {
        h.raw("<div class=\"card\">").element("p class=\"card-label\"", label)
                .element("p class=\"card-figure\"", figure).element("p class=\"card-detail\"", detail)
                .raw("</div>\n");
    }

    private static void method(Html h, ConsultationAnalysis.Result r, Info info, String level) {
        h.raw("<section id=\"method\" class=\"method\">\n");
        h.element("h2", "Notes, method and sources").newline();
        if (!r.notes().isEmpty()) {
            h.element("h3", "Notes").newline().raw("<ul class=\"notes\">\n");
            r.notes().forEach(n -> h.element("li", n).newline());
            h.raw("</ul>\n");
        }
        h.element("h3", "Sources").newline();
        h.raw("<p>").text("Responses: ").raw("<code>").text(info.source().isBlank() ? "not named" : info.source())
                .raw("</code>").text(info.sourceNote().isBlank() ? "." : " (" + info.sourceNote() + ").")
                .raw("</p>\n");
        if (!info.populationSource().isBlank()) {
            h.element("p", "Population: " + info.populationSource() + ".").newline();
        }
        if (r.codebook().isPresent()) {
            h.element("p", "Codebook: " + r.codebook().get() + ".").newline();
        }
        h.element("h3", "Method").newline();
        h.element("p", "Personal data is removed first, so every later step, and everything shown here, sees only"
                + " redacted text.").newline();
        h.element("p", "Campaigns: each response's words (lower case, punctuation set aside) are cut into overlapping"
                + " runs of three words (3-shingles); a MinHash signature of 126 hashes, split into 42 bands of 3 for"
                + " locality-sensitive hashing, proposes responses that may share a template, and each proposal is"
                + " verified on the exact Jaccard similarity of the two responses' shingle sets: "
                + Display.plain(info.threshold()) + " or more joins them to one campaign.").newline();
        h.element("p", "Support: each answer's share of the responses to the question, with a " + level + " Wilson"
                + " score interval. Counting each campaign once keeps every response in no campaign and one response"
                + " (the template) per campaign.").newline();
        if (r.weights().isPresent()) {
            h.element("p", "Reweighted estimate: raking (iterative proportional fitting, Deming and Stephan 1940) to"
                    + " the population's age, deprivation quintile and borough margins, weights capped at "
                    + Display.plain(ConsultationSupport.WEIGHT_CAP) + " times the mean; its interval uses Kish's"
                    + " effective sample size. A model estimate, not a count.").newline();
        }
        if (info.clusters() > 0) {
            h.element("p", "Themes outside the codebook: TF-IDF over Lucene-stemmed words, spherical k-means with"
                    + " k-means++ seeding (" + info.clusters() + " groups at most, seed " + info.seed() + ").")
                    .newline();
        }
        if (!r.timingsMillis().isEmpty()) {
            h.element("h3", "Timings").newline();
            h.raw("<table class=\"figures timings\">\n<thead><tr><th scope=\"col\">Step</th>"
                    + "<th scope=\"col\" class=\"num\">Milliseconds</th></tr></thead>\n<tbody>\n");
            r.timingsMillis().forEach((step, ms) -> h.raw("<tr><th scope=\"row\">").text(step.replace('_', ' '))
                    .raw("</th><td class=\"num\">").text(Display.count(ms)).raw("</td></tr>\n"));
            h.raw("</tbody>\n</table>\n");
        }
        h.raw("</section>\n");
    }

    /** Every share shown: overall, each campaign once, by group, and the reweighted estimate. */
    static CsvTable csv(ConsultationAnalysis.Result r) {
        CsvTable csv = new CsvTable("question", "group_kind", "group", "answer", "count", "total", "share", "low",
                "high");
        for (ConsultationAnalysis.QuestionResult q : r.questions()) {
            rows(csv, q.question(), "all responses", "all", q.overall());
            rows(csv, q.question(), "each campaign counted once", "all", q.campaignsOnce());
            q.byGroup().forEach((kind, shares) -> rows(csv, q.question(), kind, null, shares));
            rows(csv, q.question(), "reweighted estimate (model)", "all", q.reweighted());
        }
        return csv;
    }

    /** One row per share; {@code group} names the group, or null to take each share's own. */
    private static void rows(CsvTable csv, String question, String kind, String group, List<Support.Share> shares) {
        for (Support.Share s : shares) {
            csv.row(question, kind, group == null ? s.group() : group, s.answer(), s.count(), s.total(),
                    CsvTable.decimal(s.share(), 4), CsvTable.decimal(s.low(), 4), CsvTable.decimal(s.high(), 4));
        }
    }
}
