package org.nhsblueprint.model;

import java.util.Map;
import java.util.Objects;

/**
 * One consultation response as received: its id, free text, respondent type and area (each may be empty), the
 * answers to closed questions by question, and the line of the file it came from. Holds personal data as written:
 * anything published goes through redaction first. Immutable.
 */
public record ConsultationResponse(String id, String text, String respondentType, String area,
                                   Map<String, String> answers, long line) {
    public ConsultationResponse {
        Objects.requireNonNull(id, "id");
        text = text == null ? "" : text;
        respondentType = respondentType == null ? "" : respondentType;
        area = area == null ? "" : area;
        answers = Map.copyOf(answers);
    }
}
