package org.nhsblueprint.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class ReportInfoTest {
    @Test
    void todaysReportIsTitledAfterTheRegion() {
        assertEquals("How well is Testshire served today?",
                ReportInfo.today(SyntheticRegion.model(), "d", "c", "v").title());
    }

    @Test
    void aReportNeedsATitleButTheRestMayBeUnknown() {
        assertThrows(IllegalArgumentException.class, () -> new ReportInfo(" ", "", "", ""));
        ReportInfo info = new ReportInfo("T", null, null, null);
        assertEquals("", info.datasetFolder() + info.commandLine() + info.blueprintVersion());
    }
}
