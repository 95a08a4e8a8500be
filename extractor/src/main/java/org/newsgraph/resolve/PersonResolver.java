package org.newsgraph.resolve;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import org.newsgraph.extract.Extraction;
import org.newsgraph.fact.Fact;
import org.newsgraph.fact.PositionFact;
import org.newsgraph.mention.EntityRef;
import org.newsgraph.mention.PersonEntity;
import org.newsgraph.rdf.IriScheme;

/**
 * Finds the real persons behind the article-local persons of a corpus: one {@link ResolvedPerson} per real person.
 * Immutable and thread-safe.
 *
 * <p>The rules, in order; each sees the clusters the previous one left:
 * <ol>
 * <li><b>Same name.</b> Persons whose names (or full aliases sharing the surname) have the same content words
 *     ({@link PersonName#exactKey}: accents, case, punctuation, titles, initials and particles ignored) are one:
 *     "Anthony J. Blinken" and "Anthony Blinken"; "Pak Ui Chun" and "Pak Ui-chun". Where names with different
 *     initials share the key ("George W. Bush", "George H. W. Bush") they stay apart, and the bare form joins them
 *     only when there is one such group. Lone surnames that differ in their office countries stay apart the
 *     same way.</li>
 * <li><b>Spelling variant.</b> Full names with the same number of words and the same spelling skeletons
 *     ({@link PersonName#skeleton}), where every differing word has four letters or more, are one when the surname
 *     is written the same ("Antony"/"Anthony Blinken") or, when the surname differs too ("Sargsian"/"Sargsyan"),
 *     when the two share an office or an office country.</li>
 * <li><b>Shorter full name.</b> A full name whose words appear, in order, in exactly one other person's longer
 *     name with the same surname joins it ("Tayyip Erdogan" joins "Recep Tayyip Erdogan").</li>
 * <li><b>Lone surname.</b> A person known only by one word ("Erdogan") joins the one person whose full name ends
 *     with it; when several do ("Assad": Bashar and Hafez) it joins only the one that shares its office, else stays
 *     alone.</li>
 * </ol>
 * No merge ever joins two persons that one article names apart by full name ("Jomo Kenyatta" and "Uhuru Kenyatta"),
 * whose office countries are known and disjoint, or whose initials differ. So "Gotabaya Rajapaksa" and "Mahinda
 * Rajapaksa", or "Bashar al-Assad" and "Hafez al-Assad", never merge: their given names differ. Merges are applied
 * in an order fixed by content, so the result does not depend on the order of the articles.
 */
public final class PersonResolver {
    private final Function<EntityRef, Optional<String>> countryOf;

    /**
     * @param countryOf the country key an office's country or body belongs to ({@code country/tr} for Turkey itself,
     *                  {@code country/us} for the State Department), if known
     */
    public PersonResolver(Function<EntityRef, Optional<String>> countryOf) {
        this.countryOf = countryOf;
    }

    /** The result: the person key of each article-local person, and the persons by key. */
    public record Result(Map<ArticlePerson, String> keys, Map<String, ResolvedPerson> persons) {
    }

    private record Office(String roleKey, Optional<String> orgKey) {
        boolean agrees(Office o) {
            return roleKey.equals(o.roleKey)
                    && (orgKey.isEmpty() || o.orgKey.isEmpty() || orgKey.equals(o.orgKey));
        }
    }

    private record Member(ArticlePerson ref, PersonName name, List<PersonName> forms, Set<String> countries,
                          Set<Office> offices) {
    }

    /** The features of a cluster that the merge rules look at; merged when clusters merge. */
    private static final class Cluster {
        final ArticlePerson first;
        final Set<String> countries = new TreeSet<>();
        final Set<String> initials = new TreeSet<>();
        final Set<Office> offices = new HashSet<>();
        final Set<String> fullArticles = new TreeSet<>();
        // a set: the same name from many articles is one form to compare
        final Set<PersonName> forms = new LinkedHashSet<>();

        Cluster(Member m) {
            first = m.ref();
            countries.addAll(m.countries());
            offices.addAll(m.offices());
            forms.addAll(m.forms());
            if (m.name().isFull()) {
                fullArticles.add(m.ref().articleId());
            }
            for (PersonName f : m.forms()) {
                if (f.isFull() && !f.initials().isEmpty()) {
                    initials.add(f.initials());
                }
            }
        }

        Cluster(Cluster a, Cluster b) {
            first = a.first.compareTo(b.first) <= 0 ? a.first : b.first;
            for (Cluster c : List.of(a, b)) {
                countries.addAll(c.countries);
                initials.addAll(c.initials);
                offices.addAll(c.offices);
                fullArticles.addAll(c.fullArticles);
                forms.addAll(c.forms);
            }
        }

        boolean hasFull() {
            return forms.stream().anyMatch(PersonName::isFull);
        }

        boolean conflicts(Cluster o) {
            if (fullArticles.stream().anyMatch(o.fullArticles::contains)) {
                return true;
            }
            if (!countries.isEmpty() && !o.countries.isEmpty() && countries.stream().noneMatch(o.countries::contains)) {
                return true;
            }
            return !initials.isEmpty() && !o.initials.isEmpty() && initials.stream().noneMatch(o.initials::contains);
        }

        boolean sharesOfficeOrCountry(Cluster o) {
            return countries.stream().anyMatch(o.countries::contains)
                    || offices.stream().anyMatch(a -> o.offices.stream().anyMatch(a::agrees));
        }

        boolean sharesOffice(Cluster o) {
            return offices.stream().anyMatch(a -> o.offices.stream().anyMatch(a::agrees));
        }
    }

    /** Union-find over members, with the merged features of each root. */
    private static final class Clusters {
        final int[] parent;
        final Map<Integer, Cluster> byRoot = new HashMap<>();

        Clusters(List<Member> members) {
            parent = new int[members.size()];
            for (int i = 0; i < parent.length; i++) {
                parent[i] = i;
                byRoot.put(i, new Cluster(members.get(i)));
            }
        }

        int find(int i) {
            while (parent[i] != i) {
                parent[i] = parent[parent[i]];
                i = parent[i];
            }
            return i;
        }

        Cluster of(int i) {
            return byRoot.get(find(i));
        }

        void union(int a, int b) {
            int ra = find(a);
            int rb = find(b);
            if (ra == rb) {
                return;
            }
            int root = Math.min(ra, rb);
            int other = Math.max(ra, rb);
            Cluster merged = new Cluster(byRoot.remove(ra), byRoot.remove(rb));
            parent[other] = root;
            byRoot.put(root, merged);
        }

        /** Merges if the two are apart and do not conflict; true when merged. */
        boolean unionIfCompatible(int a, int b) {
            if (find(a) == find(b) || of(a).conflicts(of(b))) {
                return false;
            }
            union(a, b);
            return true;
        }

        Collection<Integer> roots() {
            return new TreeSet<>(byRoot.keySet());
        }
    }

    public Result resolve(List<Extraction> corpus) {
        List<Member> members = members(corpus);
        Clusters clusters = new Clusters(members);
        sameName(members, clusters);
        spellingVariants(clusters);
        shorterFullNames(clusters);
        loneSurnames(clusters);
        return result(members, clusters);
    }

    private List<Member> members(List<Extraction> corpus) {
        List<Member> members = new ArrayList<>();
        for (Extraction x : corpus) {
            Map<String, List<PositionFact>> positions = new HashMap<>();
            for (Fact f : x.facts()) {
                if (f instanceof PositionFact p) {
                    positions.computeIfAbsent(p.person(), k -> new ArrayList<>()).add(p);
                }
            }
            for (PersonEntity p : x.persons()) {
                PersonName name = PersonName.parse(p.name());
                List<PersonName> forms = new ArrayList<>(List.of(name));
                for (String alias : p.aliases()) {
                    PersonName a = PersonName.parse(alias);
                    // a full alias with the same surname ("Anthony J. Blinken" beside "Antony Blinken") is a name of
                    // the same person; any other full alias would be a coreference slip, not evidence
                    if (a.isFull() && a.surname().equals(name.surname())) {
                        forms.add(a);
                    }
                }
                Set<String> countries = new TreeSet<>();
                Set<Office> offices = new HashSet<>();
                for (PositionFact pf : positions.getOrDefault(p.localId(), List.of())) {
                    pf.of().flatMap(countryOf).ifPresent(countries::add);
                    offices.add(new Office(roleKey(pf.role()), pf.of().map(EntityRef::key)));
                }
                members.add(new Member(new ArticlePerson(x.article().id(), p.localId()), name, forms, countries,
                        offices));
            }
        }
        members.sort(Comparator.comparing(Member::ref));
        return members;
    }

    static String roleKey(String role) {
        return IriScheme.slug(role);
    }

    /** Rule 1. */
    private static void sameName(List<Member> members, Clusters clusters) {
        record Form(int member, String discriminator) {
        }
        Map<String, List<Form>> byKey = new TreeMap<>();
        for (int i = 0; i < members.size(); i++) {
            Member m = members.get(i);
            for (PersonName f : m.forms()) {
                if (f.exactKey().isEmpty()) {
                    continue;
                }
                String d = f.isFull() ? f.initials() : String.join(",", m.countries());
                byKey.computeIfAbsent(f.exactKey(), k -> new ArrayList<>()).add(new Form(i, d));
            }
        }
        for (List<Form> group : byKey.values()) {
            Map<String, List<Integer>> bySub = new TreeMap<>();
            List<Integer> plain = new ArrayList<>();
            for (Form f : group) {
                if (f.discriminator().isEmpty()) {
                    plain.add(f.member());
                } else {
                    bySub.computeIfAbsent(f.discriminator(), k -> new ArrayList<>()).add(f.member());
                }
            }
            if (bySub.size() == 1) {
                plain.addAll(bySub.values().iterator().next());
                bySub.clear();
            }
            unionAll(clusters, plain);
            bySub.values().forEach(sub -> unionAll(clusters, sub));
        }
    }

    private static void unionAll(Clusters clusters, List<Integer> ids) {
        for (int i = 1; i < ids.size(); i++) {
            clusters.union(ids.get(0), ids.get(i));
        }
    }

    private record Proposal(int a, int b, ArticlePerson firstA, ArticlePerson firstB) {
        static final Comparator<Proposal> ORDER =
                Comparator.comparing(Proposal::firstA).thenComparing(Proposal::firstB);

        static Proposal of(Clusters c, int x, int y) {
            ArticlePerson fx = c.of(x).first;
            ArticlePerson fy = c.of(y).first;
            return fx.compareTo(fy) <= 0 ? new Proposal(x, y, fx, fy) : new Proposal(y, x, fy, fx);
        }
    }

    private static void apply(Clusters clusters, Collection<Proposal> proposals) {
        proposals.stream().distinct().sorted(Proposal.ORDER).forEach(p -> clusters.unionIfCompatible(p.a(), p.b()));
    }

    /** Rule 2. */
    private static void spellingVariants(Clusters clusters) {
        Map<String, Set<Integer>> bySkeleton = new TreeMap<>();
        for (int root : clusters.roots()) {
            for (PersonName f : clusters.of(root).forms) {
                if (f.isFull()) {
                    bySkeleton.computeIfAbsent(f.skeletonKey(), k -> new TreeSet<>()).add(root);
                }
            }
        }
        List<Proposal> proposals = new ArrayList<>();
        for (Map.Entry<String, Set<Integer>> e : bySkeleton.entrySet()) {
            List<Integer> roots = new ArrayList<>(e.getValue());
            for (int i = 0; i < roots.size(); i++) {
                for (int j = i + 1; j < roots.size(); j++) {
                    Cluster x = clusters.of(roots.get(i));
                    Cluster y = clusters.of(roots.get(j));
                    if (isVariant(x, y, e.getKey())) {
                        proposals.add(Proposal.of(clusters, roots.get(i), roots.get(j)));
                    }
                }
            }
        }
        apply(clusters, proposals);
    }

    private static boolean isVariant(Cluster x, Cluster y, String skeleton) {
        for (PersonName fx : x.forms) {
            if (!fx.isFull() || !fx.skeletonKey().equals(skeleton)) {
                continue;
            }
            for (PersonName fy : y.forms) {
                // equal names were settled by rule 1, which may have kept them apart on purpose
                if (!fy.isFull() || !fy.skeletonKey().equals(skeleton) || fy.exactKey().equals(fx.exactKey())) {
                    continue;
                }
                boolean wordsOk = true;
                for (int k = 0; k < fx.content().size(); k++) {
                    String a = fx.content().get(k);
                    String b = fy.content().get(k);
                    if (!a.equals(b) && (a.length() < 4 || b.length() < 4)) {
                        wordsOk = false;
                        break;
                    }
                }
                if (wordsOk && (fx.surname().equals(fy.surname()) || x.sharesOfficeOrCountry(y))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Rule 3. */
    private static void shorterFullNames(Clusters clusters) {
        Map<String, Set<Integer>> bySurname = surnameIndex(clusters);
        List<Proposal> proposals = new ArrayList<>();
        for (int root : clusters.roots()) {
            Cluster x = clusters.of(root);
            for (PersonName f : x.forms) {
                if (f.core().size() < 2) {
                    continue;
                }
                Set<Integer> candidates = new TreeSet<>();
                for (int other : bySurname.getOrDefault(f.surname(), Set.of())) {
                    if (other != root && clusters.of(other).forms.stream().anyMatch(g ->
                            g.surname().equals(f.surname()) && g.core().size() > f.core().size()
                                    && isSubsequence(f.core(), g.core()))) {
                        candidates.add(other);
                    }
                }
                if (candidates.size() == 1) {
                    proposals.add(Proposal.of(clusters, root, candidates.iterator().next()));
                }
            }
        }
        apply(clusters, proposals);
    }

    private static boolean isSubsequence(List<String> shorter, List<String> longer) {
        int j = 0;
        for (String w : longer) {
            if (j < shorter.size() && shorter.get(j).equals(w)) {
                j++;
            }
        }
        return j == shorter.size();
    }

    /** Rule 4. */
    private static void loneSurnames(Clusters clusters) {
        Map<String, Set<Integer>> bySurname = surnameIndex(clusters);
        List<Proposal> proposals = new ArrayList<>();
        for (int root : clusters.roots()) {
            Cluster x = clusters.of(root);
            if (x.hasFull()) {
                continue;
            }
            Set<String> words = new TreeSet<>();
            x.forms.stream().filter(PersonName::isSingle).forEach(f -> words.add(f.content().get(0)));
            if (words.size() != 1) {
                continue;
            }
            List<Integer> candidates = new ArrayList<>(bySurname.getOrDefault(words.iterator().next(), Set.of()));
            candidates.remove(Integer.valueOf(root));
            if (candidates.size() > 1 && !x.offices.isEmpty()) {
                candidates.removeIf(c -> !x.sharesOffice(clusters.of(c)));
            }
            if (candidates.size() == 1) {
                proposals.add(Proposal.of(clusters, root, candidates.get(0)));
            }
        }
        apply(clusters, proposals);
    }

    private static Map<String, Set<Integer>> surnameIndex(Clusters clusters) {
        Map<String, Set<Integer>> bySurname = new HashMap<>();
        for (int root : clusters.roots()) {
            for (PersonName f : clusters.of(root).forms) {
                if (f.isFull()) {
                    bySurname.computeIfAbsent(f.surname(), k -> new TreeSet<>()).add(root);
                }
            }
        }
        return bySurname;
    }

    private static Result result(List<Member> members, Clusters clusters) {
        Map<Integer, List<Member>> byRoot = new TreeMap<>();
        for (int i = 0; i < members.size(); i++) {
            byRoot.computeIfAbsent(clusters.find(i), k -> new ArrayList<>()).add(members.get(i));
        }
        Map<String, List<List<Member>>> bySlug = new TreeMap<>();
        Map<List<Member>, String> names = new LinkedHashMap<>();
        for (List<Member> group : byRoot.values()) {
            String name = canonicalName(group);
            names.put(group, name);
            bySlug.computeIfAbsent(slugOf(name), k -> new ArrayList<>()).add(group);
        }
        Map<ArticlePerson, String> keys = new HashMap<>();
        Map<String, ResolvedPerson> persons = new TreeMap<>();
        for (Map.Entry<String, List<List<Member>>> e : bySlug.entrySet()) {
            for (List<Member> group : e.getValue()) {
                List<ArticlePerson> refs = group.stream().map(Member::ref).sorted().toList();
                // two real persons with one slug: each gets a suffix from its members, stable for the same corpus
                String key = e.getValue().size() == 1 ? e.getKey() : e.getKey() + "-" + shortHash(refs.toString());
                persons.put(key, new ResolvedPerson(key, names.get(group), refs));
                refs.forEach(r -> keys.put(r, key));
            }
        }
        return new Result(keys, persons);
    }

    /** The full form (two or more content words) most articles use, then the longest, then the first in order. */
    private static String canonicalName(List<Member> group) {
        Map<String, Set<String>> articlesByForm = new TreeMap<>();
        Map<String, Boolean> full = new HashMap<>();
        for (Member m : group) {
            String display = m.name().display();
            articlesByForm.computeIfAbsent(display, k -> new TreeSet<>()).add(m.ref().articleId());
            full.put(display, m.name().isFull());
        }
        return articlesByForm.keySet().stream()
                .min(Comparator.<String, Boolean>comparing(f -> !full.get(f))
                        .thenComparing(f -> -articlesByForm.get(f).size())
                        .thenComparing(f -> -f.length())
                        .thenComparing(Comparator.naturalOrder()))
                .orElseThrow();
    }

    private static String slugOf(String name) {
        try {
            return IriScheme.slug(name);
        } catch (IllegalArgumentException e) {
            return "person-" + shortHash(name);
        }
    }

    static String shortHash(String s) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
