package org.nhsblueprint.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.nhsblueprint.consultation.ConsultationAnalysis;
import org.nhsblueprint.consultation.Representativeness;
import org.nhsblueprint.consultation.Support;

/**
 * The consultation report's support section: for each closed question, a bar chart of each answer's share counting
 * every response and counting each campaign once, with intervals; tables by respondent type, borough, deprivation
 * and age; and, when asked for, the raking estimate, set apart and labelled as a model. Also the order answers are
 * shown in and how a question is named. Stateless.
 */
final class ConsultationSupport {
    static final String CSS = """
            table.support td.num .interval { display: block; font-size: 12px; color: #425563; }
            .groups { display: flex; flex-wrap: wrap; gap: 0 40px; align-items: flex-start; }
            .model { border: 2px dashed #768692; background: #f6f8f9; padding: 10px 16px; margin: 8px 0 20px; }
            .model h4 { margin: 0 0 4px; color: #425563; }
            .question { margin-top: 28px; }
            """;
    /** The engine caps raking weights at this multiple of the mean (ConsultationAnalysis). */
    static final double WEIGHT_CAP = 5.0;
    private static final List<String> ORDER = List.of("strongly support", "support", "tend to support", "agree",
            "yes", "neither", "neutral", "undecided", "unsure", "not sure", "don't know", "dont know", "tend to oppose",
            "oppose", "strongly oppose", "disagree", "no");
    private static final String NO_ANSWER = "no answer";
    /** Tables by group with more groups than this are folded away. */
    private static final int FOLD = 8;

    private ConsultationSupport() {
    }

    /**
     * @param confidence the intervals' confidence level, e.g. 0.95
     * @param texts      each question's wording by its id, where known
     */
    static void render(Html h, ConsultationAnalysis.Result r, double confidence, Map<String, String> texts) {
        String level = level(confidence);
        h.raw("<section id=\"support\">\n");
        h.element("h2", "Support for each proposal").newline();
        h.element("p class=\"intro\"", "Each answer's share of those who answered the question, with its " + level
                + " interval"
                + " (Wilson score interval: the range the share is likely to lie in given how many answered; narrow"
                + " when many answered, wide for small groups). Dark bars count every response; light bars count each"
                + " organised campaign once, as a single voice, beside the responses that are in no campaign. The two"
                + " differ when campaigns lean one way. Blank answers are shown as \u201cno answer\u201d.").newline();
        if (r.questions().isEmpty()) {
            h.element("p", "The responses have no closed questions.").newline();
        }
        for (ConsultationAnalysis.QuestionResult q : r.questions()) {
            question(h, q, r.weights(), confidence, label(q.question(), texts));
        }
        h.raw("</section>\n");
    }

    private static void question(Html h, ConsultationAnalysis.QuestionResult q, Optional<Representativeness.Weights> w,
                                 double confidence, String label) {
        h.raw("<div class=\"question\">\n");
        h.element("h3", label).newline();
        List<String> answers = answers(q.overall());
        Map<String, Support.Share> all = byAnswer(q.overall());
        Map<String, Support.Share> once = byAnswer(q.campaignsOnce());
        int total = q.overall().isEmpty() ? 0 : q.overall().get(0).total();
        int onceTotal = q.campaignsOnce().isEmpty() ? 0 : q.campaignsOnce().get(0).total();
        List<ConsultationBars.Row> rows = new ArrayList<>();
        for (String a : answers) {
            List<ConsultationBars.Bar> bars = new ArrayList<>();
            bars.add(bar(0, share(all, a, total, confidence)));
            if (!q.campaignsOnce().isEmpty()) {
                bars.add(bar(1, share(once, a, onceTotal, confidence)));
            }
            rows.add(new ConsultationBars.Row(a, bars));
        }
        ConsultationBars.render(h, "Support for " + label, List.of("every response ("
                + Display.count(total) + ")", "each campaign counted once (" + Display.count(onceTotal) + ")"),
                rows, 1.0, ConsultationBars.WIDE);
        // short tables side by side; long ones (boroughs) folded away below them
        h.raw("<div class=\"groups\">\n");
        for (Map.Entry<String, List<Support.Share>> g : q.byGroup().entrySet()) {
            if (!g.getValue().isEmpty() && groups(g.getValue()) <= FOLD) {
                table(h, g.getKey(), answers, g.getValue(), true, confidence);
            }
        }
        h.raw("</div>\n");
        for (Map.Entry<String, List<Support.Share>> g : q.byGroup().entrySet()) {
            if (groups(g.getValue()) > FOLD) {
                h.raw("<details class=\"boroughs\"><summary>").text("By " + g.getKey() + " ("
                        + groups(g.getValue()) + ")").raw("</summary>\n");
                table(h, g.getKey(), answers, g.getValue(), false, confidence);
                h.raw("</details>\n");
            }
        }
        if (!q.reweighted().isEmpty() && w.isPresent()) {
            reweighted(h, q, answers, w.get(), level(confidence));
        }
        h.raw("</div>\n");
    }

    private static long groups(List<Support.Share> shares) {
        return shares.stream().map(Support.Share::group).distinct().count();
    }

    /** The share of {@code answer}, or, if nobody gave it, 0 of {@code total} with its interval; null if no total. */
    static Support.Share share(Map<String, Support.Share> byAnswer, String answer, int total, double confidence) {
        Support.Share s = byAnswer.get(answer);
        if (s != null || total <= 0) {
            return s;
        }
        double[] ci = Support.wilson(0, total, confidence);
        return new Support.Share("", answer, 0, total, 0, ci[0], ci[1]);
    }

    /** A confidence level as written, e.g. {@code 0.95 -> "95%"}. */
    static String level(double confidence) {
        return Display.plain(Math.round(confidence * 1000) / 10.0) + "%";
    }

    private static ConsultationBars.Bar bar(int series, Support.Share s) {
        if (s == null) {
            return new ConsultationBars.Bar(series, 0, Double.NaN, Double.NaN, Display.NOT_APPLICABLE);
        }
        return new ConsultationBars.Bar(series, s.share(), s.low(), s.high(),
                ConsultationBars.withInterval(s.share(), s.low(), s.high()) + " \u00b7 " + Display.count(s.count()));
    }

    /** A compact table: a row per group, its number answering, and each answer's share with its interval. */
    private static void table(Html h, String kind, List<String> answers, List<Support.Share> shares,
                              boolean caption, double confidence) {
        Map<String, Map<String, Support.Share>> byGroup = new LinkedHashMap<>();
        for (Support.Share s : shares) {
            byGroup.computeIfAbsent(s.group(), k -> new LinkedHashMap<>()).put(s.answer(), s);
        }
        h.raw("<table class=\"figures support\">\n");
        if (caption) {
            h.raw("<caption>").text("By " + kind).raw("</caption>\n");
        }
        h.raw("<thead><tr><th scope=\"col\">").text(capitalise(kind)).raw("</th><th scope=\"col\" class=\"num\">")
                .text("Answered").raw("</th>");
        for (String a : answers) {
            h.raw("<th scope=\"col\" class=\"num\">").text(a).raw("</th>");
        }
        h.raw("</tr></thead>\n<tbody>\n");
        for (Map.Entry<String, Map<String, Support.Share>> g : byGroup.entrySet()) {
            int total = g.getValue().values().iterator().next().total();
            h.raw("<tr><th scope=\"row\">").text(g.getKey()).raw("</th><td class=\"num\">")
                    .text(Display.count(total)).raw("</td>");
            for (String a : answers) {
                Support.Share s = share(g.getValue(), a, total, confidence);
                h.raw("<td class=\"num\">");
                if (s == null) {
                    h.text(Display.NOT_APPLICABLE);
                } else {
                    h.raw("<span title=\"").text(Display.count(s.count()) + " of " + Display.count(s.total()))
                            .raw("\">").text(Display.percent(s.share())).raw("</span><span class=\"interval\">")
                            .text(ConsultationBars.interval(s.low(), s.high()) + " \u00b7 " + Display.count(s.count()))
                            .raw("</span>");
                }
                h.raw("</td>");
            }
            h.raw("</tr>\n");
        }
        h.raw("</tbody>\n</table>\n");
    }

    private static void reweighted(Html h, ConsultationAnalysis.QuestionResult q, List<String> answers,
                                   Representativeness.Weights w, String level) {
        Map<String, Support.Share> est = byAnswer(q.reweighted());
        h.raw("<div class=\"model\">\n");
        h.element("h4", "Reweighted estimate (a model, not a count)").newline();
        h.element("p class=\"note\"", "Raking (iterative proportional fitting) gives each respondent a weight so that"
                + " respondents, taken together, match the population's shares by age, deprivation quintile and"
                + " borough at once; weights are capped at " + Display.plain(WEIGHT_CAP) + " times the average so"
                + " that a handful of people cannot stand for a whole borough. It assumes that, within each group,"
                + " those who responded speak for those who did not: a consultation is not a survey, and this is an"
                + " estimate of what a representative sample might have said, not what anyone said. "
                + Display.count(w.used()) + " respondents with a known age, deprivation quintile and borough are"
                + " used; the uneven weights make them worth an effective sample of "
                + Display.count(Math.round(w.effectiveSize())) + ", which the intervals allow for"
                + (Double.isFinite(w.largestMarginError()) ? " (fit after " + w.iterations()
                + " iterations to within " + (w.largestMarginError() < 0.00005 ? "0.01"
                : String.format(Locale.ROOT, "%.2f", 100 * w.largestMarginError()))
                + " percentage points of every margin)" : "") + ".").newline();
        h.raw("<table class=\"figures support\">\n<thead><tr><th scope=\"col\">Answer</th>"
                + "<th scope=\"col\" class=\"num\">Reweighted share</th><th scope=\"col\" class=\"num\">" + level
                + " interval</th><th scope=\"col\" class=\"num\">Respondents</th></tr></thead>\n<tbody>\n");
        for (String a : answers) {
            Support.Share s = est.get(a);
            if (s == null) {
                continue;
            }
            h.raw("<tr><th scope=\"row\">").text(a).raw("</th><td class=\"num\">").text(Display.percent(s.share()))
                    .raw("</td><td class=\"num\">").text(ConsultationBars.interval(s.low(), s.high()))
                    .raw("</td><td class=\"num\">").text(Display.count(s.count())).raw("</td></tr>\n");
        }
        h.raw("</tbody>\n</table>\n</div>\n");
    }

    /** Answers in reading order: support, neutral, oppose where recognised, then others, "no answer" last. */
    static List<String> answers(List<Support.Share> shares) {
        List<String> out = new ArrayList<>();
        shares.stream().map(Support.Share::answer).distinct().forEach(out::add);
        out.sort((a, b) -> Integer.compare(rank(a), rank(b)));
        return out;
    }

    private static int rank(String answer) {
        String a = answer.toLowerCase(Locale.ROOT).strip();
        if (a.equals(NO_ANSWER)) {
            return ORDER.size() + 1;
        }
        int i = ORDER.indexOf(a);
        return i < 0 ? ORDER.size() : i;
    }

    static Map<String, Support.Share> byAnswer(List<Support.Share> shares) {
        Map<String, Support.Share> out = new LinkedHashMap<>();
        shares.forEach(s -> out.putIfAbsent(s.answer(), s));
        return out;
    }

    /** A question as a reader would see it: {@code q1_polyclinics -> "Q1 polyclinics"}. */
    static String label(String question) {
        String t = question.replace('_', ' ').strip();
        if (t.matches("(?i)q\\d+( .*)?")) {
            t = "Q" + t.substring(1);
        }
        return t;
    }

    /** The question's label, then its wording when known: {@code "Q1: Do you support polyclinics?"}. */
    static String label(String question, Map<String, String> texts) {
        String text = texts.getOrDefault(question, "");
        return text.isBlank() ? label(question) : label(question) + ": " + text.strip();
    }

    static String capitalise(String text) {
        return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
    }
}
