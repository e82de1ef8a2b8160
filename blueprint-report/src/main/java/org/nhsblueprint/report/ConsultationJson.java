package org.nhsblueprint.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import org.nhsblueprint.consultation.ConsultationAnalysis;
import org.nhsblueprint.consultation.Representativeness;
import org.nhsblueprint.consultation.Support;

/**
 * A consultation analysis as JSON (the command line's {@code --json} and the web API give the same object) and as text
 * for the terminal. Holds only the shared mapper.
 */
public final class ConsultationJson {
    private final ObjectMapper mapper;

    public ConsultationJson(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    public ObjectNode json(ConsultationAnalysis.Result r, String file, double threshold) {
        ObjectNode n = mapper.createObjectNode();
        n.put("file", file);
        n.put("responses", r.responses());
        n.put("exact_duplicate_groups", r.exactDuplicateGroups());
        n.put("responses_in_campaigns", r.responsesInCampaigns());
        n.put("counted_once_per_campaign", r.countedOnce());
        n.put("threshold", threshold);
        ArrayNode campaigns = n.putArray("campaigns");
        for (ConsultationAnalysis.CampaignResult c : r.campaigns()) {
            ObjectNode cn = campaigns.addObject();
            cn.put("id", c.id());
            cn.put("size", c.size());
            cn.put("exact_copies", c.exactCopies());
            cn.put("template", c.template());
            c.responseIds().forEach(cn.putArray("response_ids")::add);
        }
        ArrayNode questions = n.putArray("questions");
        for (ConsultationAnalysis.QuestionResult q : r.questions()) {
            ObjectNode qn = questions.addObject();
            qn.put("question", q.question());
            shares(qn.putArray("every_response"), q.overall(), false);
            shares(qn.putArray("each_campaign_once"), q.campaignsOnce(), false);
            ObjectNode groups = qn.putObject("by_group");
            q.byGroup().forEach((kind, list) -> shares(groups.putArray(kind), list, true));
            if (!q.reweighted().isEmpty()) {
                shares(qn.putArray("reweighted_estimate"), q.reweighted(), false);
            }
        }
        n.put("codebook", r.codebook().orElse(null));
        ArrayNode themes = n.putArray("themes");
        for (ConsultationAnalysis.ThemeResult t : r.themes()) {
            ObjectNode tn = themes.addObject();
            tn.put("name", t.name());
            tn.put("count", t.count());
            tn.put("counted_once_per_campaign", t.countedOnce());
            tn.put("share", t.share());
            t.quotes().forEach(tn.putArray("quotes")::add);
            tn.put("we_did", t.weDid());
            tn.put("evidence", t.evidence());
        }
        n.put("responses_with_no_theme", r.responsesWithNoTheme());
        ArrayNode discovered = n.putArray("discovered_themes");
        for (ConsultationAnalysis.DiscoveredTheme d : r.discovered()) {
            ObjectNode dn = discovered.addObject();
            dn.put("name", d.name());
            d.terms().forEach(dn.putArray("terms")::add);
            dn.put("count", d.count());
            dn.put("counted_once_per_campaign", d.countedOnce());
            d.quotes().forEach(dn.putArray("quotes")::add);
        }
        ArrayNode profile = n.putArray("profile");
        for (Representativeness.Row p : r.profile()) {
            ObjectNode pn = profile.addObject();
            pn.put("dimension", p.dimension());
            pn.put("category", p.category());
            pn.put("respondents", p.respondents());
            pn.put("respondent_share", p.respondentShare());
            pn.put("population_share", p.populationShare());
            if (Double.isFinite(p.ratio())) {
                pn.put("ratio", p.ratio());
            }
        }
        r.weights().ifPresent(w -> {
            ObjectNode wn = n.putObject("reweighting");
            wn.put("method", "raking to the population's age, deprivation quintile and borough; weights capped at 5"
                    + " times the mean; a model estimate, not a count");
            wn.put("respondents_used", w.used());
            wn.put("effective_sample_size", w.effectiveSize());
            wn.put("iterations", w.iterations());
            wn.put("largest_margin_error", w.largestMarginError());
        });
        ObjectNode personal = n.putObject("personal_data");
        personal.put("responses_with_personal_data", r.responsesWithPersonalData());
        ObjectNode redacted = personal.putObject("redacted");
        r.redactions().forEach((k, v) -> redacted.put(k.name().toLowerCase(Locale.ROOT), v));
        r.notes().forEach(n.putArray("notes")::add);
        ObjectNode timings = n.putObject("timings_ms");
        r.timingsMillis().forEach(timings::put);
        return n;
    }

    private static void shares(ArrayNode out, List<Support.Share> shares, boolean withGroup) {
        for (Support.Share s : shares) {
            ObjectNode sn = out.addObject();
            if (withGroup) {
                sn.put("group", s.group());
            }
            sn.put("answer", s.answer());
            sn.put("count", s.count());
            sn.put("total", s.total());
            sn.put("share", s.share());
            sn.put("low", s.low());
            sn.put("high", s.high());
        }
    }

    public static void text(PrintWriter o, ConsultationAnalysis.Result r) {
        o.printf(Locale.ROOT, "%,d responses; %,d in %,d organised campaigns; counting each campaign once: %,d;"
                        + " %,d groups of identical texts%n", r.responses(), r.responsesInCampaigns(),
                r.campaigns().size(), r.countedOnce(), r.exactDuplicateGroups());
        for (ConsultationAnalysis.QuestionResult q : r.questions()) {
            o.println(q.question() + ":");
            for (Support.Share s : q.overall()) {
                Support.Share once = q.campaignsOnce().stream().filter(x -> x.answer().equals(s.answer())).findFirst()
                        .orElse(null);
                o.printf(Locale.ROOT, "  %-12s %5.1f%% (95%% CI %.1f-%.1f)%s%n", s.answer(), 100 * s.share(),
                        100 * s.low(), 100 * s.high(), once == null ? "" : String.format(Locale.ROOT,
                                "   each campaign once: %.1f%%", 100 * once.share()));
            }
            if (!q.reweighted().isEmpty()) {
                o.print("  reweighted estimate (a model, not a count):");
                q.reweighted().forEach(s -> o.printf(Locale.ROOT, " %s %.1f%%", s.answer(), 100 * s.share()));
                o.println();
            }
        }
        for (ConsultationAnalysis.CampaignResult c : r.campaigns().subList(0, Math.min(10, r.campaigns().size()))) {
            String t = c.template().replaceAll("\\s+", " ").strip();
            o.printf(Locale.ROOT, "%s %,6d responses: %s%n", c.id(), c.size(),
                    t.length() > 90 ? t.substring(0, 89) + "…" : t);
        }
        if (!r.themes().isEmpty()) {
            o.println("Themes (" + r.codebook().orElse("") + "):");
            r.themes().forEach(t -> o.printf(Locale.ROOT, "  %-32s %,6d responses (%.1f%%), %,d counting each"
                    + " campaign once%n", t.name(), t.count(), 100 * t.share(), t.countedOnce()));
        }
        if (!r.discovered().isEmpty()) {
            o.println("Themes found outside the codebook:");
            r.discovered().forEach(d -> o.printf(Locale.ROOT, "  %-32s %,6d responses%n", d.name(), d.count()));
        }
        o.printf(Locale.ROOT, "Personal data replaced in %,d responses: %s%n", r.responsesWithPersonalData(),
                r.redactions());
        r.notes().forEach(o::println);
    }
}
