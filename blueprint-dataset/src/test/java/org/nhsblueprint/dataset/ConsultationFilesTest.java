package org.nhsblueprint.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nhsblueprint.model.Codebook;
import org.nhsblueprint.model.ConsultationResponse;

/** Responses from CSV, JSON and JSON lines through one mapping; codebooks; and their errors by line and field. */
class ConsultationFilesTest {
    @TempDir
    Path dir;

    private static final ResponsesFile.Mapping MAPPING = new ResponsesFile.Mapping("id", "text", "type", "area",
            "age", List.of("q1"));

    private Path write(String name, String content) throws IOException {
        Path f = dir.resolve(name);
        Files.writeString(f, content);
        return f;
    }

    @Test
    void theSameResponsesReadFromCsvJsonAndJsonLines() throws IOException {
        Path csv = write("r.csv", "id,text,type,area,age,q1\n1,\"Hello, \"\"there\"\"\nsecond line\",individual,"
                + "E09000007,65-74,support\n2,Short,,,,oppose\n");
        Path json = write("r.json", "[\n  {\"id\": 1, \"text\": \"Hello, \\\"there\\\"\\nsecond line\", \"type\":"
                + " \"individual\", \"area\": \"E09000007\", \"age\": \"65-74\", \"q1\": \"support\"},\n"
                + "  {\"id\": \"2\", \"text\": \"Short\", \"type\": null, \"area\": \"\", \"age\": \"\", \"q1\":"
                + " \"oppose\"}\n]\n");
        Path jsonl = write("r.jsonl", "{\"id\": 1, \"text\": \"Hello, \\\"there\\\"\\nsecond line\", \"type\":"
                + " \"individual\", \"area\": \"E09000007\", \"age\": \"65-74\", \"q1\": \"support\"}\n\n"
                + "{\"id\": \"2\", \"text\": \"Short\", \"type\": \"\", \"area\": \"\", \"age\": null, \"q1\":"
                + " \"oppose\"}\n");
        List<ConsultationResponse> fromCsv = new ResponsesFile().read(csv, MAPPING);
        List<ConsultationResponse> fromJson = new ResponsesFile().read(json, MAPPING);
        List<ConsultationResponse> fromLines = new ResponsesFile().read(jsonl, MAPPING);
        assertEquals(2, fromCsv.size());
        for (List<ConsultationResponse> other : List.of(fromJson, fromLines)) {
            for (int i = 0; i < 2; i++) {
                ConsultationResponse a = fromCsv.get(i);
                ConsultationResponse b = other.get(i);
                assertEquals(List.of(a.id(), a.text(), a.respondentType(), a.area(), a.ageBand(), a.answers()),
                        List.of(b.id(), b.text(), b.respondentType(), b.area(), b.ageBand(), b.answers()));
            }
        }
        assertEquals(2, fromJson.get(0).line(), "JSON lines are where each object starts");
        assertEquals(3, fromLines.get(1).line(), "blank lines count");
    }

    @Test
    void jsonProblemsNameTheLineAndField() throws IOException {
        Path json = write("bad.json", "[\n {\"id\": \"a\", \"text\": \"x\", \"type\": \"\", \"area\": \"\", \"age\": \"\","
                + " \"q1\": \"yes\"},\n {\"id\": \"a\", \"text\": {\"nested\": 1}, \"type\": \"\", \"area\": \"\","
                + " \"age\": \"\"}\n]");
        DatasetException e = assertThrows(DatasetException.class, () -> new ResponsesFile().read(json, MAPPING));
        String m = e.getMessage();
        assertTrue(m.contains("bad.json:3: text"), m);
        assertTrue(m.contains("must be text"), m);
        assertTrue(m.contains("bad.json:3: q1") && m.contains("is missing"), m);
        assertTrue(m.contains("repeats the id on line 2"), m);
        Path broken = write("broken.jsonl", "{\"id\": \"a\", \"text\": \"x\", \"type\": \"\", \"area\": \"\","
                + " \"age\": \"\", \"q1\": \"\"}\n{\"id\": oops}\n");
        String m2 = assertThrows(DatasetException.class, () -> new ResponsesFile().read(broken, MAPPING)).getMessage();
        assertTrue(m2.contains("broken.jsonl:2:") && m2.contains("not valid JSON"), m2);
        Path notArray = write("object.json", "{\"id\": 1}");
        assertTrue(assertThrows(DatasetException.class, () -> new ResponsesFile().read(notArray, MAPPING))
                .getMessage().contains("must be a JSON array"));
    }

    @Test
    void theShippedCodebookReads() {
        Codebook book = new CodebookFile().read(Path.of("../codebooks/london-polyclinics-2008.yaml"));
        assertEquals(List.of("extra travel", "loss of the GP relationship", "impersonal care", "privatisation", "cost",
                "staffing and skills", "support for extended hours", "more services in one place"),
                book.themes().stream().map(Codebook.Theme::name).toList());
        assertTrue(book.themes().get(0).evidence().isPresent());
    }

    @Test
    void codebookProblemsNameTheLineAndField() throws IOException {
        Path f = write("book.yaml", "name: test\nthemes:\n  - name: travel\n    phrases: [bus]\n  - name: travel\n"
                + "    phrases: [train]\n  - name: cost\n    phrases: []\n    colour: red\n  - name: x\n"
                + "    phrases: [a]\n    evidence: {service: 'Not A Service'}\n");
        String m = assertThrows(DatasetException.class, () -> new CodebookFile().read(f)).getMessage();
        assertTrue(m.contains("book.yaml:5:") && m.contains("repeats the theme on line 3"), m);
        assertTrue(m.contains("book.yaml:7:") && m.contains("at least one phrase"), m);
        assertTrue(m.contains("themes.colour"), m);
        assertTrue(m.contains("book.yaml:10: themes.evidence.service"), m);
    }
}
