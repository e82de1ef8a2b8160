package org.nhsblueprint.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.nhsblueprint.consultation.Campaigns;
import org.nhsblueprint.consultation.PersonalData;
import org.nhsblueprint.dataset.ResponsesFile;
import org.nhsblueprint.model.ConsultationResponse;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code blueprint consult campaigns RESPONSES}: the organised campaigns among consultation responses (template
 * letters and exact copies), counted both ways: every response, and every campaign once. Templates are shown with
 * personal data replaced. One instance per command line.
 */
@Command(name = "campaigns", mixinStandardHelpOptions = true, version = "Blueprint " + BlueprintCommand.VERSION,
        description = "Find organised campaigns (template letters with personal edits, exact copies) among "
                + "consultation responses; templates are shown with personal data replaced.")
final class ConsultCampaignsCommand implements Callable<Integer> {
    private final Application app;

    @Spec
    private CommandSpec spec;

    @CommandLine.Mixin
    private ResponsesOptions input = new ResponsesOptions();

    @Option(names = "--all-pairs", description = "Verify every pair of distinct texts instead of the pairs"
            + " locality-sensitive hashing proposes: the slow reference, for checking and benchmarks.")
    private boolean allPairs;

    @Option(names = "--json", description = "Print one JSON object instead of text.")
    private boolean json;

    ConsultCampaignsCommand(Application app) {
        this.app = app;
    }

    @Override
    public Integer call() throws Exception {
        input.check(spec);
        List<ConsultationResponse> responses = new ResponsesFile().read(input.file,
                new ResponsesFile.Mapping(input.idColumn, input.textColumn, null, null, List.of()));
        List<String> texts = responses.stream().map(ConsultationResponse::text).toList();
        long start = System.nanoTime();
        List<Campaigns.Campaign> found = allPairs ? new Campaigns(input.threshold).allPairs(texts)
                : new Campaigns(input.threshold).find(texts);
        long millis = (System.nanoTime() - start) / 1_000_000;
        int inCampaigns = found.stream().mapToInt(Campaigns.Campaign::size).sum();
        int countedOnce = responses.size() - inCampaigns + found.size();
        PrintWriter o = spec.commandLine().getOut();
        if (json) {
            ObjectNode n = app.json().createObjectNode();
            n.put("responses", responses.size());
            n.put("exact_duplicate_groups", Campaigns.exactDuplicateGroups(texts));
            n.put("campaign_count", found.size());
            n.put("responses_in_campaigns", inCampaigns);
            n.put("counted_once_per_campaign", countedOnce);
            n.put("threshold", input.threshold);
            n.put("method", allPairs ? "all pairs" : "minhash-lsh");
            n.put("detection_ms", millis);
            ArrayNode list = n.putArray("campaigns");
            for (int k = 0; k < found.size(); k++) {
                Campaigns.Campaign c = found.get(k);
                ObjectNode cn = list.addObject();
                cn.put("id", "C" + (k + 1));
                cn.put("size", c.size());
                cn.put("exact_copies", c.exactCopies());
                cn.put("template", PersonalData.redact(responses.get(c.template()).text()).text());
                ArrayNode ids = cn.putArray("response_ids");
                c.members().forEach(i -> ids.add(responses.get(i).id()));
            }
            o.println(app.json().writeValueAsString(n));
        } else {
            o.printf(Locale.ROOT, "%,d responses; %,d campaigns hold %,d of them; counting each campaign once: %,d"
                    + " (found in %,d ms by %s)%n", responses.size(), found.size(), inCampaigns, countedOnce, millis,
                    allPairs ? "checking all pairs" : "MinHash/LSH");
            for (Campaigns.Campaign c : found.subList(0, Math.min(found.size(), 50))) {
                String template = PersonalData.redact(responses.get(c.template()).text()).text()
                        .replaceAll("\\s+", " ").trim();
                o.printf(Locale.ROOT, "%6d responses (%s): %s%n", c.size(), c.exactCopies() > 1
                                ? c.exactCopies() + " word for word the same" : "no two word for word the same",
                        template.length() > 100 ? template.substring(0, 99) + "…" : template);
            }
        }
        o.flush();
        return 0;
    }
}
