package org.newsgraph.fact;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.newsgraph.extract.Extraction;
import org.newsgraph.extract.PipelineExtractor;
import org.newsgraph.mention.EntityRef;
import org.newsgraph.mention.PersonEntity;
import org.newsgraph.source.Article;
import org.newsgraph.source.ArticleMeta;

/**
 * Test fixture: runs the standard pipeline on an inline text and reads its facts back as short strings, so a test
 * states the facts it expects in one line. {@code "Blinken|Foreign Minister|Turkey"} etc.
 */
final class Extracted {
    final Extraction e;

    private Extracted(Extraction e) {
        this.e = e;
    }

    static Extracted of(String text) {
        return of(text, null);
    }

    static Extracted of(String text, String published) {
        ArticleMeta meta = new ArticleMeta(Optional.ofNullable(published).map(LocalDate::parse), Optional.empty(),
                Optional.empty(), Optional.empty());
        return new Extracted(PipelineExtractor.standard().extract(new Article("t", "t.txt", text, meta, "h")));
    }

    String name(String localId) {
        return e.persons().stream().filter(p -> p.localId().equals(localId)).map(PersonEntity::name).findFirst()
                .orElseThrow();
    }

    Set<String> persons() {
        return e.persons().stream().map(PersonEntity::name).collect(Collectors.toCollection(TreeSet::new));
    }

    /** "Hakan Fidan|Foreign Minister|Turkey", with "-" for no body and " (former)" when former. */
    Set<String> positions() {
        return facts(PositionFact.class).stream().map(p -> name(p.person()) + "|" + p.role() + "|"
                + p.of().map(EntityRef::label).orElse("-") + (p.former() ? " (former)" : ""))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /** "occurred Antony Blinken+Mahmoud Abbas 2023-11-05 Ramallah", participants sorted, "-" for unknown. */
    Set<String> meetings() {
        return facts(MeetingFact.class).stream().map(m -> m.status().notation() + " "
                + m.participants().stream().map(this::name).sorted().collect(Collectors.joining("+")) + " "
                + m.date().map(d -> d.value().lexicalForm()).orElse("-") + " "
                + m.place().map(EntityRef::label).orElse("-")).collect(Collectors.toCollection(TreeSet::new));
    }

    /** "Benjamin Netanyahu opposes ceasefire". */
    Set<String> stances() {
        return facts(StanceFact.class).stream().map(s -> name(s.holder()) + " " + s.polarity().notation() + " "
                + s.topic()).collect(Collectors.toCollection(TreeSet::new));
    }

    List<MeetingFact> meetingFacts() {
        return facts(MeetingFact.class);
    }

    private <T extends Fact> List<T> facts(Class<T> type) {
        return e.facts().stream().filter(type::isInstance).map(type::cast).toList();
    }
}
