package org.nhsblueprint.report;

import org.nhsblueprint.model.DataSource;
import org.nhsblueprint.model.RegionModel;

/**
 * The "Data sources" section: every table the model was built from (title, file, publisher, vintage, licence), the
 * notes made while loading it, and the attribution its licences require. Stateless.
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
        if (!model.notes().isEmpty()) {
            h.element("h3", "Notes on the data").raw("\n<ul class=\"notes\">\n");
            model.notes().forEach(n -> h.element("li", n).newline());
            h.raw("</ul>\n");
        }
        if (!model.attribution().isEmpty()) {
            h.element("p class=\"attribution\"", model.attribution()).newline();
        }
        h.raw("</section>\n");
    }
}
