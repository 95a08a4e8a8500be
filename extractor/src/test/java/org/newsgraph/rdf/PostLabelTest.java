package org.newsgraph.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Office labels read as English: "Secretary of State of the United States", "President of Syria". */
class PostLabelTest {
    @Test
    void statesAndBodiesThatTakeTheGetIt() {
        assertEquals("the United States", RdfGraphMapper.withArticle("United States"));
        assertEquals("the Netherlands", RdfGraphMapper.withArticle("Netherlands"));
        assertEquals("the Palestine Liberation Organization", RdfGraphMapper.withArticle("Palestine Liberation Organization"));
        assertEquals("the European Central Bank", RdfGraphMapper.withArticle("European Central Bank"));
        assertEquals("the US State Department", RdfGraphMapper.withArticle("US State Department"));
    }

    @Test
    void plainNamesDoNot() {
        assertEquals("Syria", RdfGraphMapper.withArticle("Syria"));
        assertEquals("Turkey", RdfGraphMapper.withArticle("Turkey"));
        assertEquals("UNRWA", RdfGraphMapper.withArticle("UNRWA"));
        assertEquals("The Hague Tribunal", RdfGraphMapper.withArticle("The Hague Tribunal"));
    }
}
