package org.newsgraph.resolve;

import java.time.LocalDate;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What resolution decided for a whole corpus: one node per real person, place, organisation, post, tenure,
 * meeting and stance, with labels and chosen values. Keys are slugs or {@code EntityRef} keys, never counters, so
 * the same corpus in any order resolves to equal Resolutions. Immutable (unmodifiable maps, sorted by key).
 *
 * @param personKeys     the person key of every article-local person
 * @param entities       countries, places and organisations by {@code EntityRef} key
 * @param roleLabels     role slug to label ("foreign-minister" to "Foreign Minister")
 * @param topicLabels    topic slug to label
 * @param outletLabels   outlet slug to label
 * @param referenceDates each article's reference date (see {@link ReferenceDates})
 */
public record Resolution(Map<ArticlePerson, String> personKeys, SortedMap<String, ResolvedPerson> persons,
                         SortedMap<String, ResolvedEntity> entities, SortedMap<String, String> roleLabels,
                         SortedMap<String, ResolvedPost> posts, SortedMap<String, ResolvedTenure> tenures,
                         SortedMap<String, ResolvedMeeting> meetings, SortedMap<String, ResolvedStance> stances,
                         SortedMap<String, String> topicLabels, SortedMap<String, String> outletLabels,
                         Map<String, Optional<LocalDate>> referenceDates) {
    public Resolution {
        personKeys = Map.copyOf(personKeys);
        persons = sorted(persons);
        entities = sorted(entities);
        roleLabels = sorted(roleLabels);
        posts = sorted(posts);
        tenures = sorted(tenures);
        meetings = sorted(meetings);
        stances = sorted(stances);
        topicLabels = sorted(topicLabels);
        outletLabels = sorted(outletLabels);
        referenceDates = Map.copyOf(referenceDates);
    }

    private static <V> SortedMap<String, V> sorted(Map<String, V> m) {
        return Collections.unmodifiableSortedMap(new TreeMap<>(m));
    }

    /** The person key of an article-local person, if that person was resolved. */
    public Optional<String> personKey(String articleId, String localId) {
        return Optional.ofNullable(personKeys.get(new ArticlePerson(articleId, localId)));
    }
}
