package org.nhsblueprint.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class CsvTableTest {
    @Test
    void fieldsWithCommasQuotesOrLineBreaksAreQuotedWithQuotesDoubled() {
        assertEquals("plain", CsvTable.field("plain"));
        assertEquals("\"Barking, Havering\"", CsvTable.field("Barking, Havering"));
        assertEquals("\"St \"\"Mary\"\"\"", CsvTable.field("St \"Mary\""));
        assertEquals("\"two\nlines\"", CsvTable.field("two\nlines"));
        assertEquals("\"cr\rhere\"", CsvTable.field("cr\rhere"));
    }

    @Test
    void aTableIsItsHeaderThenItsRowsEachEndingInCrLf() {
        CsvTable t = new CsvTable("a", "b", "c").row("x, y", 2, null);
        assertEquals("a,b,c\r\n\"x, y\",2,\r\n", t.text());
        assertEquals(1, t.rowCount());
    }

    @Test
    void decimalsAreFixedAndRoundHalfUpAndNotApplicableIsEmpty() {
        assertEquals("12.35", CsvTable.decimal(12.345000001, 2));
        assertEquals("0.9500", CsvTable.decimal(0.95, 4));
        assertEquals("", CsvTable.decimal(Double.NaN, 2));
    }

    @Test
    void aRowOfTheWrongLengthIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new CsvTable("a", "b").row("only one"));
        assertEquals("row has 1 fields but the header has 2 [a, b]", e.getMessage());
    }
}
