package org.newsgraph.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TextNormalizerTest {
    @Test
    void curlyQuotesSpacesAndLineBreaksBecomePlainWithTheSameLength() {
        String original = "\u201cBlinken\u2019s\u00a0visit,\u201d\r\nal\u2011Sudani said";
        String norm = TextNormalizer.normalize(original);
        assertEquals("\"Blinken's visit,\"  al-Sudani said", norm);
        assertEquals(original.length(), norm.length());
    }

    @Test
    void dashesAndLettersAreKept() {
        assertEquals("Oct 11 \u2013 talks \u2014 \u00e9t\u00e9", TextNormalizer.normalize("Oct 11 \u2013 talks \u2014 \u00e9t\u00e9"));
    }
}
