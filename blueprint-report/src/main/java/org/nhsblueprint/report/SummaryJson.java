package org.nhsblueprint.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.nhsblueprint.access.AccessResult;
import org.nhsblueprint.model.DataSource;
import org.nhsblueprint.model.RegionModel;

/**
 * The {@code summary.json} document: how the report was made ({@code report}), the dataset with its sources and notes
 * ({@code dataset}), and each service's {@link AccessJson} form ({@code services}), fields in a fixed order.
 * Immutable and thread-safe if its {@link ObjectMapper} is not reconfigured.
 */
final class SummaryJson {
    private final ObjectMapper mapper;
    private final AccessJson access;

    SummaryJson(ObjectMapper mapper) {
        this.mapper = mapper;
        this.access = new AccessJson(mapper);
    }

    ObjectNode toJson(RegionModel model, List<AccessResult> results, ReportInfo info) {
        ObjectNode root = mapper.createObjectNode();
        ObjectNode report = root.putObject("report");
        report.put("title", info.title());
        report.put("blueprint_version", info.blueprintVersion());
        report.put("dataset_folder", info.datasetFolder());
        report.put("command_line", info.commandLine());
        ObjectNode dataset = root.putObject("dataset");
        dataset.put("name", model.name());
        dataset.put("vintage", model.vintage());
        dataset.put("attribution", model.attribution());
        ArrayNode sources = dataset.putArray("sources");
        for (DataSource s : model.sources()) {
            ObjectNode o = sources.addObject();
            o.put("title", s.title());
            o.put("file", s.file());
            o.put("publisher", s.publisher());
            o.put("vintage", s.vintage());
            o.put("licence", s.licence());
        }
        ArrayNode notes = dataset.putArray("notes");
        model.notes().forEach(notes::add);
        ArrayNode services = root.putArray("services");
        results.forEach(r -> services.add(access.toJson(r)));
        return root;
    }
}
