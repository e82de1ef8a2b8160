package org.nhsblueprint.report;

import org.nhsblueprint.model.DataSource;
import org.nhsblueprint.model.RegionModel;

/**
 * The "Data sources" section: every table the model was built from (title, file, publisher, vintage, licence) and
 * the attribution its licences require. The notes made while loading the data are caveats, so they are in the
 * "Method" section ({@link Caveats}). Stateless, so thread-safe.
 */
final class SourcesSection {
    private SourcesSection() {
    }

    static void render(Html h, RegionModel model) {
        h.raw("<section class=\"sources\" id=\"sources\">\n<h2>Data sources</h2>\n");
        if (!model.sources().isEmpty()) {
            h.raw("<table class=\"figures\">\n<thead><tr><th scope=\"col\">Data</th><th scope=\"col\">File</th>")
                    .raw("<th scope=\"col\">Publisher</th><th scope=\"col\">Vintage</th>")
                    .raw("<th scope=\"col\">Licence</th></tr></thead>\n<tbody>\n");
            for (DataSource s : model.sources()) {
                h.raw("<tr>").element("td", s.title()).raw("<td class=\"file\"><code>").text(s.file()).raw("</code></td>")
                        .element("td", s.publisher()).element("td", s.vintage()).element("td", s.licence())
                        .raw("</tr>\n");
            }
            h.raw("</tbody>\n</table>\n");
        }
        if (!model.attribution().isEmpty()) {
            h.element("p class=\"attribution\"", model.attribution()).newline();
        }
        h.raw("</section>\n");
    }
}
