package org.nhsblueprint.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
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
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code blueprint consult campaigns RESPONSES.csv}: the organised campaigns among consultation responses (template
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

    @Parameters(index = "0", paramLabel = "RESPONSES.csv", description = "Responses, one per row (CSV, header row).")
    private Path file;

    @Option(names = "--id-column", required = true, paramLabel = "COLUMN", description = "Column with the response id.")
    private String idColumn;

    @Option(names = "--text-column", required = true, paramLabel = "COLUMN", description = "Column with the free text.")
    private String textColumn;

    @Option(names = "--threshold", paramLabel = "J", defaultValue = "0.5",
            description = "Jaccard similarity of word 3-shingles that joins two responses (default ${DEFAULT-VALUE}).")
    private double threshold;

    @Option(names = "--json", description = "Print one JSON object instead of text.")
    private boolean json;

    ConsultCampaignsCommand(Application app) {
        this.app = app;
    }

    @Override
    public Integer call() throws Exception {
        if (!Files.isRegularFile(file)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "RESPONSES.csv: file not found: " + file);
        }
        if (!(threshold > 0 && threshold <= 1)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--threshold must be in (0, 1]");
        }
        List<ConsultationResponse> responses = new ResponsesFile().read(file,
                new ResponsesFile.Mapping(idColumn, textColumn, null, null, List.of()));
        List<Campaigns.Campaign> found = new Campaigns(threshold).find(responses.stream()
                .map(ConsultationResponse::text).toList());
        int inCampaigns = found.stream().mapToInt(Campaigns.Campaign::size).sum();
        int countedOnce = responses.size() - inCampaigns + found.size();
        PrintWriter o = spec.commandLine().getOut();
        if (json) {
            ObjectNode n = app.json().createObjectNode();
            n.put("responses", responses.size());
            n.put("campaigns", found.size());
            n.put("responses_in_campaigns", inCampaigns);
            n.put("counted_once_per_campaign", countedOnce);
            n.put("threshold", threshold);
            ArrayNode list = n.putArray("campaign_list");
            for (Campaigns.Campaign c : found) {
                ObjectNode cn = list.addObject();
                cn.put("size", c.size());
                cn.put("exact_copies", c.exactCopies());
                cn.put("template", PersonalData.redact(responses.get(c.members().get(0)).text()).text());
                ArrayNode ids = cn.putArray("ids");
                c.members().forEach(i -> ids.add(responses.get(i).id()));
            }
            o.println(app.json().writeValueAsString(n));
        } else {
            o.printf(Locale.ROOT, "%,d responses; %,d campaigns hold %,d of them; counting each campaign once: %,d%n",
                    responses.size(), found.size(), inCampaigns, countedOnce);
            for (Campaigns.Campaign c : found) {
                String template = PersonalData.redact(responses.get(c.members().get(0)).text()).text()
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
