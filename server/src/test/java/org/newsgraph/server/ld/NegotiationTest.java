package org.newsgraph.server.ld;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NegotiationTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8 | HTML",
            "*/* | HTML",
            "'' | HTML",
            "text/turtle | TURTLE",
            "application/ld+json | JSONLD",
            "application/json | JSONLD",
            "application/n-triples | NTRIPLES",
            "application/rdf+xml | RDFXML",
            "text/turtle;q=0.5, application/ld+json | JSONLD",
            "text/turtle;q=0.9, application/ld+json;q=0.8, text/html;q=0.1 | TURTLE",
            "text/*;q=0.3, text/turtle | TURTLE",
            "text/* | HTML",
            "application/*, text/html;q=0.1 | JSONLD",
            "TEXT/Turtle | TURTLE",
            "text/turtle;q=abc, application/n-triples | NTRIPLES",
            "text/turtle;q=2, application/n-triples | NTRIPLES",
            "*/*;q=0.1, text/turtle;q=0 | HTML",
    })
    void choosesTheBestFormat(String accept, Format expected) {
        assertEquals(Optional.of(expected), Negotiation.choose(accept));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"image/png", "text/turtle;q=0", "application/pdf, image/*", "garbage", ";;;,,,",
            "*/*;q=0"})
    void nothingAcceptableIsEmpty(String accept) {
        assertEquals(Optional.empty(), Negotiation.choose(accept));
    }

    @Test
    void aHugeHeaderIsRefusedAndManyRangesAreCut() {
        assertThrows(IllegalArgumentException.class, () -> Negotiation.choose("a/b,".repeat(2000)));
        String many = "image/png,".repeat(Negotiation.MAX_RANGES) + "text/turtle";
        assertEquals(Optional.empty(), Negotiation.choose(many), "ranges after the first 64 are ignored");
    }

    @Test
    void formatsByName() {
        assertEquals(Optional.of(Format.TURTLE), Format.named("ttl"));
        assertEquals(Optional.of(Format.JSONLD), Format.named("JSON-LD"));
        assertEquals(Optional.of(Format.NTRIPLES), Format.named("application/n-triples"));
        assertEquals(Optional.empty(), Format.named("xyz"));
    }
}
