package org.newsgraph.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The result tables are read as Python's csv.DictReader reads them, then stripped as score.py's read_csv does. */
class PyCsvTest {
    private static List<Map<String, String>> read(String csv) {
        return ResultRows.parseCsv(csv, "test.csv");
    }

    @Test
    void quotedFieldsHoldCommasQuotesAndLineBreaks() {
        List<Map<String, String>> rows = read("name,alias\r\n\"Smith, John\",\"say \"\"hi\"\"\"\r\n\"Madeleine\nAlbright\",x\r\n");
        assertEquals("Smith, John", rows.get(0).get("name"));
        assertEquals("say \"hi\"", rows.get(0).get("alias"));
        assertEquals("Madeleine\nAlbright", rows.get(1).get("name"));
    }

    @Test
    void keysLoseLeadingQuestionMarksAndValuesTheirWhiteSpace() {
        Map<String, String> row = read("?person,??name\n  p1 ,\u00a0Abbas\u2003\n").get(0);
        assertEquals(Map.of("person", "p1", "name", "Abbas"), row);
    }

    @Test
    void aMissingColumnIsAbsentButAMissingValueIsEmpty() {
        Map<String, String> row = read("person,name\np1\n").get(0);
        assertEquals("", row.get("name"));
        assertNull(row.get("alias"));
        assertTrue(row.containsKey("name"));
    }

    @Test
    void anyLineEndEndsARecordAndEmptyLinesAreSkipped() {
        assertEquals(3, read("a\rx\n\ny\r\n\r\nz").size());
        assertEquals("z", read("a\rx\n\ny\r\n\r\nz").get(2).get("a"));
    }

    @Test
    void aByteOrderMarkBelongsToTheFirstColumnName() {
        Map<String, String> row = read("\uFEFFperson,name\np1,Abbas\n").get(0);
        assertNull(row.get("person"));
        assertEquals("p1", row.get("\uFEFFperson"));
    }

    @Test
    void textAfterAClosingQuoteIsKeptAsPythonDoes() {
        assertEquals("abc", read("a\n\"ab\"c\n").get(0).get("a"));
    }

    @Test
    void anUnclosedQuoteRunsToTheEnd() {
        assertEquals("x\ny", read("a,b\n1,\"x\ny").get(0).get("b"));
    }

    @Test
    void aRepeatedColumnKeepsItsLastValue() {
        assertEquals("2", read("a,?a\n1,2\n").get(0).get("a"));
    }

    @Test
    void moreFieldsThanColumnsIsAnError() {
        EvaluationException e = assertThrows(EvaluationException.class, () -> read("a\n1,2\n"));
        assertTrue(e.getMessage().startsWith("test.csv: record 2 has 2 fields"), e.getMessage());
    }

    @Test
    void anEmptyFileHasNoRows() {
        assertEquals(List.of(), read(""));
        assertEquals(List.of(), read("person,name\r\n"));
    }
}
