package org.nhsblueprint.report;

import java.util.List;
import org.nhsblueprint.consultation.ConsultationAnalysis;

/**
 * The consultation report's sections on what people wrote: organised campaigns with their (redacted) templates,
 * codebook themes with counts and quotes, "you said, we did", and themes found outside the codebook. All text shown
 * is the analysis's redacted text, and every piece of it is escaped. Stateless.
 */
final class ConsultationThemes {
    static final String CSS = """
            ul.quotes { margin: 0; padding-left: 0; list-style: none; }
            ul.quotes li { border-left: 3px solid #aeb7bd; padding: 0 0 0 8px; margin: 0 0 6px; font-style: italic;
              max-width: 42em; overflow-wrap: anywhere; }
            .template { max-width: 48em; overflow-wrap: anywhere; }
            .template details summary { cursor: pointer; }
            .template details[open] summary .more { display: none; }
            .template .full { white-space: pre-wrap; margin: 6px 0 0; padding: 6px 10px; background: #f6f8f9; }
            .description { display: block; font-size: 13px; color: #425563; }
            dl.wedid dt { font-weight: bold; margin-top: 14px; color: #003087; }
            dl.wedid dd { margin: 2px 0 0 16px; max-width: 60em; }
            dl.wedid dd p { margin: 2px 0; }
            .terms { font-size: 13px; color: #425563; }
            """;
    /** Characters of a campaign template shown before "show all". */
    static final int TEMPLATE_PREVIEW = 300;

    private ConsultationThemes() {
    }

    static void campaigns(Html h, ConsultationAnalysis.Result r) {
        h.raw("<section id=\"campaigns\">\n");
        h.element("h2", "Organised campaigns").newline();
        if (r.campaigns().isEmpty()) {
            h.element("p class=\"intro\"", "No organised campaigns were found: no group of responses shares a"
                    + " template letter.").newline();
            h.raw("</section>\n");
            return;
        }
        h.element("p class=\"intro\"", Display.count(r.responsesInCampaigns()) + " of " + Display.count(r.responses())
                + " responses (" + Display.percent(share(r.responsesInCampaigns(), r.responses())) + ") are in "
                + Display.count(r.campaigns().size()) + " organised " + plural(r.campaigns().size(), "campaign")
                + ": copies of a template letter, word for word or with personal edits. Nothing is dropped: every"
                + " figure in this report is shown both counting every response and counting each campaign once. A"
                + " campaign's responses are real people's views and count in full; counting the campaign once"
                + " shows how many distinct voices there were.").newline();
        h.raw("<table class=\"figures\">\n<thead><tr><th scope=\"col\">Campaign</th>"
                + "<th scope=\"col\" class=\"num\">Responses</th><th scope=\"col\" class=\"num\">Word-for-word copies"
                + "</th><th scope=\"col\">Template (personal data removed)</th></tr></thead>\n<tbody>\n");
        for (ConsultationAnalysis.CampaignResult c : r.campaigns()) {
            h.raw("<tr><th scope=\"row\">").text(c.id()).raw("</th><td class=\"num\">").text(Display.count(c.size()))
                    .raw("</td><td class=\"num\">").text(Display.count(c.exactCopies()))
                    .raw("</td><td class=\"template\">");
            template(h, c.template());
            h.raw("</td></tr>\n");
        }
        h.raw("</tbody>\n</table>\n");
        h.element("p class=\"note\"", "Word-for-word copies: responses with exactly the words of the template"
                + " shown (the campaign's commonest wording), case and punctuation aside. The rest are edited copies"
                + " (a greeting, a signature, an added sentence). Campaigns are found on the text after personal data"
                + " was removed.").newline();
        h.raw("</section>\n");
    }

    private static void template(Html h, String text) {
        String t = text.replaceAll("\\s+", " ").strip();
        if (t.isEmpty()) {
            h.raw("<em>").text("(blank: responses with no text)").raw("</em>");
            return;
        }
        if (t.length() <= TEMPLATE_PREVIEW) {
            h.text(t);
            return;
        }
        int cut = t.lastIndexOf(' ', TEMPLATE_PREVIEW);
        String preview = t.substring(0, cut > TEMPLATE_PREVIEW / 2 ? cut : TEMPLATE_PREVIEW).strip();
        h.raw("<details><summary>").text(preview).raw("<span class=\"more\"> \u2026 (show all)</span></summary>")
                .raw("<p class=\"full\">").text(text.strip()).raw("</p></details>");
    }

    static void themes(Html h, ConsultationAnalysis.Result r, String scenario) {
        if (r.codebook().isEmpty()) {
            return;
        }
        h.raw("<section id=\"themes\">\n");
        h.element("h2", "Themes: " + r.codebook().get()).newline();
        h.element("p class=\"intro\"", "Each response is read for the themes of the codebook, found by their phrases"
                + " (matched on word stems, so \u201ctravel\u201d also finds \u201ctravelling\u201d). A response can"
                + " raise several themes. \u201cCounted once per campaign\u201d counts each organised campaign as one"
                + " response. Quotes are from responses in no campaign where there are any, personal data removed. "
                + Display.count(r.responsesWithNoTheme()) + " of " + Display.count(r.responses()) + " responses ("
                + Display.percent(share(r.responsesWithNoTheme(), r.responses())) + ") raise none of these themes;"
                + " the next section looks for themes among them.").newline();
        h.raw("<table class=\"figures\">\n<thead><tr><th scope=\"col\">Theme</th>"
                + "<th scope=\"col\" class=\"num\">Responses</th><th scope=\"col\" class=\"num\">Counted once per"
                + " campaign</th><th scope=\"col\">What people said</th></tr></thead>\n<tbody>\n");
        for (ConsultationAnalysis.ThemeResult t : r.themes()) {
            h.raw("<tr><th scope=\"row\">").text(t.name());
            if (!t.description().isBlank()) {
                h.raw("<span class=\"description\">").text(t.description()).raw("</span>");
            }
            h.raw("</th><td class=\"num\">").text(Display.count(t.count())).raw("<span class=\"description\">")
                    .text(Display.percent(t.share())).raw("</span></td><td class=\"num\">")
                    .text(Display.count(t.countedOnce())).raw("</td><td>");
            quotes(h, t.quotes());
            h.raw("</td></tr>\n");
        }
        h.raw("</tbody>\n</table>\n");
        weDid(h, r.themes(), scenario);
        h.raw("</section>\n");
    }

    private static void weDid(Html h, List<ConsultationAnalysis.ThemeResult> themes, String scenario) {
        List<ConsultationAnalysis.ThemeResult> answered = themes.stream()
                .filter(t -> !t.weDid().isBlank() || !t.evidence().isBlank()).toList();
        h.raw("<h3 id=\"you-said-we-did\">").text("You said, we did").raw("</h3>\n");
        if (answered.isEmpty()) {
            h.element("p class=\"note\"", "The codebook records no response to any theme yet.").newline();
            return;
        }
        h.element("p class=\"intro\"", "What the proposal does about each concern raised"
                + (scenario.isBlank() ? "" : ", with evidence from the appraisal of the scenario \u201c" + scenario
                + "\u201d") + ". Themes the proposal does not yet answer are left out here, not hidden: they are in"
                + " the table above.").newline();
        h.raw("<dl class=\"wedid\">\n");
        for (ConsultationAnalysis.ThemeResult t : answered) {
            h.element("dt", capitalise(t.name())).newline().raw("<dd>");
            h.raw("<p><strong>You said:</strong> ").text((t.description().isBlank() ? t.name() : t.description())
                    + " (" + Display.count(t.count()) + " " + plural(t.count(), "response") + ", "
                    + Display.count(t.countedOnce()) + " counting each campaign once)").raw("</p>");
            if (!t.weDid().isBlank()) {
                h.raw("<p><strong>We did:</strong> ").text(t.weDid()).raw("</p>");
            }
            if (!t.evidence().isBlank()) {
                h.raw("<p><strong>Evidence:</strong> ").text(t.evidence()).raw("</p>");
            }
            h.raw("</dd>\n");
        }
        h.raw("</dl>\n");
    }

    static void discovered(Html h, ConsultationAnalysis.Result r, int clusters, long seed) {
        if (r.discovered().isEmpty() && clusters <= 0) {
            return;
        }
        h.raw("<section id=\"discovered\">\n");
        h.element("h2", "Themes found outside the codebook").newline();
        h.element("p class=\"intro\"", "Responses that raise no codebook theme (and have at least five words) were"
                + " grouped by the words they use: TF-IDF vectors over word stems (Lucene's English stemmer, stop words"
                + " dropped), clustered by spherical k-means into up to " + clusters + " groups (k-means++ seeding,"
                + " seed " + seed + ", so the same responses give the same groups). Each group is named by its"
                + " commonest distinctive words; read its quotes before giving it a name. Such groups are prompts for"
                + " the codebook, not findings.").newline();
        if (r.discovered().isEmpty()) {
            h.element("p class=\"note\"", "Too few responses outside the codebook to group.").newline();
            h.raw("</section>\n");
            return;
        }
        h.raw("<table class=\"figures\">\n<thead><tr><th scope=\"col\">Group (top words)</th>"
                + "<th scope=\"col\">Words</th><th scope=\"col\" class=\"num\">Responses</th>"
                + "<th scope=\"col\" class=\"num\">Distinct voices</th><th scope=\"col\">Quotes</th></tr></thead>\n"
                + "<tbody>\n");
        for (ConsultationAnalysis.DiscoveredTheme d : r.discovered()) {
            h.raw("<tr><th scope=\"row\">").text(d.name()).raw("</th><td class=\"terms\">")
                    .text(String.join(", ", d.terms())).raw("</td><td class=\"num\">").text(Display.count(d.count()))
                    .raw("</td><td class=\"num\">").text(Display.count(d.countedOnce())).raw("</td><td>");
            quotes(h, d.quotes());
            h.raw("</td></tr>\n");
        }
        h.raw("</tbody>\n</table>\n");
        h.element("p class=\"note\"", "Responses: every response in the group, a campaign counting all its copies."
                + " Distinct voices: each campaign counted once.").newline();
        h.raw("</section>\n");
    }

    private static void quotes(Html h, List<String> quotes) {
        if (quotes.isEmpty()) {
            return;
        }
        h.raw("<ul class=\"quotes\">");
        for (String q : quotes) {
            h.raw("<li>").text("\u201c" + q + "\u201d").raw("</li>");
        }
        h.raw("</ul>");
    }

    static double share(int part, int whole) {
        return whole == 0 ? Double.NaN : (double) part / whole;
    }

    static String plural(long n, String word) {
        return n == 1 ? word : word + "s";
    }

    private static String capitalise(String text) {
        return ConsultationSupport.capitalise(text);
    }
}
