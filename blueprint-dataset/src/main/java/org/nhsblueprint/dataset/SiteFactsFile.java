package org.nhsblueprint.dataset;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.nhsblueprint.model.DataSource;
import org.nhsblueprint.model.RegionModel;
import org.nhsblueprint.model.ServiceId;
import org.nhsblueprint.model.SiteCode;
import org.nhsblueprint.model.SiteFact;
import org.nhsblueprint.model.SiteFacts;

/**
 * Reads the optional {@code site_facts} section of a dataset's manifest: tables of published figures about sites
 * (stroke audit results, registered lists), each column named with the label and format to show it in. Every value
 * is checked against its format and every site code against the region; problems name the file, line and column.
 * Stateless.
 */
final class SiteFactsFile {
    /** How a column's values are read and shown. */
    static final List<String> FORMATS = List.of("count", "percent", "yes_no", "text");

    private SiteFactsFile() {
    }

    /** @throws DatasetException naming every problem found */
    static SiteFacts read(Path dir, RegionModel region) {
        Problems problems = new Problems();
        JsonNode tables = Manifest.section(dir, "site_facts");
        if (tables.isMissingNode()) {
            return SiteFacts.NONE;
        }
        if (!tables.isArray()) {
            problems.add(Manifest.FILE_NAME, 0, "site_facts", "", "must be a list of tables of site figures");
            throw new DatasetException(dir.toString(), problems.all());
        }
        Set<String> sites = region.sites().stream().map(s -> s.code().value()).collect(Collectors.toSet());
        Set<ServiceId> services = region.catalogue().all().stream().map(s -> s.id())
                .collect(Collectors.toSet());
        ManifestFields f = new ManifestFields(Manifest.FILE_NAME, problems);
        List<SiteFact> facts = new ArrayList<>();
        for (int i = 0; i < tables.size(); i++) {
            String at = "site_facts[" + i + "].";
            JsonNode t = tables.get(i);
            int before = problems.count();
            Manifest.Table table = f.tableAt(t, at);
            String codeColumn = f.text(t, at, "code_column");
            String service = f.text(t, at, "service");
            if (service != null && !services.contains(new ServiceId(service))) {
                problems.add(Manifest.FILE_NAME, 0, at + "service", service, "is not a service of the dataset");
            }
            List<Column> columns = columns(t.path("facts"), at, f, problems);
            if (problems.count() > before) {
                continue;
            }
            CsvTable csv = CsvTable.read(dir.resolve(table.file()), dir.resolve(table.file()).toString(), problems);
            List<String> required = new ArrayList<>(List.of(codeColumn));
            columns.forEach(c -> required.add(c.column()));
            if (!csv.requireColumns(problems, required)) {
                continue;
            }
            for (CsvTable.Row row : csv.rows()) {
                String code = row.get(codeColumn);
                if (code.isBlank()) {
                    continue;
                }
                if (!sites.contains(code)) {
                    problems.add(csv.name(), row.line(), codeColumn, code, "is not a site in the dataset");
                    continue;
                }
                for (Column c : columns) {
                    String value = shown(row.get(c.column()), c.format());
                    if (value == null) {
                        problems.add(csv.name(), row.line(), c.column(), row.get(c.column()),
                                "is not a valid " + c.format() + " value");
                    } else if (!value.isEmpty()) {
                        facts.add(new SiteFact(new SiteCode(code), new ServiceId(service), c.label(), value,
                                table.source()));
                    }
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new DatasetException(dir.toString(), problems.all());
        }
        return new SiteFacts(facts);
    }

    private record Column(String column, String label, String format) {
    }

    private static List<Column> columns(JsonNode node, String at, ManifestFields f, Problems problems) {
        List<Column> out = new ArrayList<>();
        if (!node.isArray() || node.isEmpty()) {
            problems.add(Manifest.FILE_NAME, 0, at + "facts", "",
                    "must be a non-empty list of {column, label, format}");
            return out;
        }
        for (int j = 0; j < node.size(); j++) {
            String cat = at + "facts[" + j + "].";
            String column = f.text(node.get(j), cat, "column");
            String label = f.text(node.get(j), cat, "label");
            String format = f.text(node.get(j), cat, "format");
            if (format != null && !FORMATS.contains(format)) {
                problems.add(Manifest.FILE_NAME, 0, cat + "format", format, "must be one of " + FORMATS);
            } else if (column != null && label != null && format != null) {
                out.add(new Column(column, label, format));
            }
        }
        return out;
    }

    /** The value as it is shown; empty for a blank cell (no figure); null when it does not fit the format. */
    static String shown(String raw, String format) {
        String v = raw.trim();
        if (v.isEmpty()) {
            return "";
        }
        switch (format) {
            case "count":
                if (!v.matches("\\d{1,12}")) {
                    return null;
                }
                return NumberFormat.getIntegerInstance(Locale.UK).format(Long.parseLong(v));
            case "percent":
                try {
                    double d = Double.parseDouble(v);
                    return d >= 0 && d <= 100 ? String.format(Locale.ROOT, "%.1f%%", d) : null;
                } catch (NumberFormatException e) {
                    return null;
                }
            case "yes_no":
                switch (v.toUpperCase(Locale.ROOT)) {
                    case "1": case "Y": case "YES": case "TRUE":
                        return "yes";
                    case "0": case "N": case "NO": case "FALSE":
                        return "no";
                    default:
                        return null;
                }
            default:
                return v;
        }
    }
}
