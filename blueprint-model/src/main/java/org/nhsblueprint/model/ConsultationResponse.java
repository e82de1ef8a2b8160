package org.nhsblueprint.model;

import java.util.Map;
import java.util.Objects;

/**
 * One consultation response as received: its id, free text, respondent type, area (a borough or LSOA code, a borough
 * name) and age band (each may be empty), the answers to closed questions by question (in the file's order), and the line of the file it
 * came from. Holds personal data as written: anything published goes through redaction first. Immutable.
 */
public record ConsultationResponse(String id, String text, String respondentType, String area, String ageBand,
                                   Map<String, String> answers, long line) {
    public ConsultationResponse {
        Objects.requireNonNull(id, "id");
        text = text == null ? "" : text;
        respondentType = respondentType == null ? "" : respondentType.trim();
        area = area == null ? "" : area.trim();
        ageBand = ageBand == null ? "" : ageBand.trim();
        answers = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(answers));
    }
}
