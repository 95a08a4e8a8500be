package org.newsgraph.evaluation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * score.py's {@code read_csv}: Python's {@code csv.DictReader} with the default (excel) dialect over a file opened
 * with {@code newline=""}, then every key stripped of leading {@code ?} and every value stripped of white space (a
 * missing value becomes {@code ""}). The parser is a port of the state machine of CPython's {@code _csv.c}
 * (non-strict), fed line by line as a text file yields lines (ends {@code \n}, {@code \r\n} or a lone {@code \r}).
 * Not API; stateless, thread-safe.
 */
final class PyCsv {
    private PyCsv() {
    }

    private enum State {
        START_RECORD, START_FIELD, IN_FIELD, IN_QUOTED_FIELD, QUOTE_IN_QUOTED_FIELD, EAT_CRNL
    }

    private static final int EOL = -2;

    /** {@code read_csv}: the rows as maps from column (without leading {@code ?}) to stripped value. */
    static List<Map<String, String>> readDicts(String text, String source) {
        List<List<String>> records = records(text, source);
        List<Map<String, String>> rows = new ArrayList<>();
        if (records.isEmpty()) {
            return rows;
        }
        List<String> fieldnames = records.get(0);
        for (int r = 1; r < records.size(); r++) {
            List<String> row = records.get(r);
            if (row.isEmpty()) {
                continue;
            }
            if (row.size() > fieldnames.size()) {
                // DictReader files the extra values under the key None; score.py then fails on None.lstrip
                throw new EvaluationException(source + ": record " + (r + 1) + " has " + row.size()
                        + " fields, the header only " + fieldnames.size());
            }
            Map<String, String> d = new LinkedHashMap<>();
            for (int i = 0; i < row.size(); i++) {
                d.put(fieldnames.get(i), row.get(i));
            }
            for (int i = row.size(); i < fieldnames.size(); i++) {
                d.put(fieldnames.get(i), null);
            }
            Map<String, String> out = new LinkedHashMap<>();
            d.forEach((k, v) -> out.put(lstripQuestionMarks(k), v == null ? "" : PyText.strip(v)));
            rows.add(out);
        }
        return rows;
    }

    private static String lstripQuestionMarks(String k) {
        int i = 0;
        while (i < k.length() && k.charAt(i) == '?') {
            i++;
        }
        return k.substring(i);
    }

    /** {@code list(csv.reader(lines))}: records as lists of fields; an empty line gives an empty record. */
    static List<List<String>> records(String text, String source) {
        Parser p = new Parser(source);
        List<List<String>> out = new ArrayList<>();
        int pos = 0;
        while (pos < text.length()) {
            int end = lineEnd(text, pos);
            for (int i = pos; i < end; ) {
                int c = text.codePointAt(i);
                p.process(c);
                i += Character.charCount(c);
            }
            p.process(EOL);
            pos = end;
            if (p.state == State.START_RECORD) {
                out.add(p.takeFields());
            }
        }
        // end of input inside a record: CPython saves the pending field and returns the record
        if (p.fieldLength() != 0 || p.state == State.IN_QUOTED_FIELD) {
            p.saveField();
            out.add(p.takeFields());
        }
        return out;
    }

    /** The end (exclusive) of the line starting at pos, its line break included. */
    private static int lineEnd(String text, int pos) {
        for (int i = pos; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                return i + 1;
            }
            if (c == '\r') {
                return i + 1 < text.length() && text.charAt(i + 1) == '\n' ? i + 2 : i + 1;
            }
        }
        return text.length();
    }

    private static final class Parser {
        final String source;
        State state = State.START_RECORD;
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();

        Parser(String source) {
            this.source = source;
        }

        int fieldLength() {
            return field.length();
        }

        void saveField() {
            fields.add(field.toString());
            field.setLength(0);
        }

        List<String> takeFields() {
            List<String> f = fields;
            fields = new ArrayList<>();
            return f;
        }

        void add(int c) {
            field.appendCodePoint(c);
        }

        void process(int c) {
            switch (state) {
                case START_RECORD -> {
                    if (c == EOL) {
                        return;
                    }
                    if (c == '\n' || c == '\r') {
                        state = State.EAT_CRNL;
                        return;
                    }
                    state = State.START_FIELD;
                    startField(c);
                }
                case START_FIELD -> startField(c);
                case IN_FIELD -> {
                    if (c == '\n' || c == '\r' || c == EOL) {
                        saveField();
                        state = c == EOL ? State.START_RECORD : State.EAT_CRNL;
                    } else if (c == ',') {
                        saveField();
                        state = State.START_FIELD;
                    } else {
                        add(c);
                    }
                }
                case IN_QUOTED_FIELD -> {
                    if (c == EOL) {
                        return;
                    }
                    if (c == '"') {
                        state = State.QUOTE_IN_QUOTED_FIELD;
                    } else {
                        add(c);
                    }
                }
                case QUOTE_IN_QUOTED_FIELD -> {
                    if (c == '"') {
                        add(c);
                        state = State.IN_QUOTED_FIELD;
                    } else if (c == ',') {
                        saveField();
                        state = State.START_FIELD;
                    } else if (c == '\n' || c == '\r' || c == EOL) {
                        saveField();
                        state = c == EOL ? State.START_RECORD : State.EAT_CRNL;
                    } else {
                        add(c);
                        state = State.IN_FIELD;
                    }
                }
                case EAT_CRNL -> {
                    if (c == EOL) {
                        state = State.START_RECORD;
                    } else if (c != '\n' && c != '\r') {
                        throw new EvaluationException(source + ": new-line character seen in unquoted field");
                    }
                }
            }
        }

        private void startField(int c) {
            if (c == '\n' || c == '\r' || c == EOL) {
                saveField();
                state = c == EOL ? State.START_RECORD : State.EAT_CRNL;
            } else if (c == '"') {
                state = State.IN_QUOTED_FIELD;
            } else if (c == ',') {
                saveField();
            } else {
                add(c);
                state = State.IN_FIELD;
            }
        }
    }
}
