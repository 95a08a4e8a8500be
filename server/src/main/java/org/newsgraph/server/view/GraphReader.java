package org.newsgraph.server.view;

import static org.newsgraph.server.view.Terms.*;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.util.iterator.ExtendedIterator;

/**
 * Reads what the pages show from the union of the served graphs with the Graph API: every lookup is a triple
 * pattern with concrete nodes, so request input never becomes query text. One reader serves one request inside one
 * read transaction ({@link GraphView#read}); it caches labels and kinds for that request. Not thread-safe.
 *
 * <p>The resolution graph gives the chosen values (canonical names, a meeting's date, place and status, confidence,
 * source counts); the article graphs give the claims and their evidence (the sentence that states a claim and the
 * mentions in it, NIF offsets in code points).
 */
public final class GraphReader {
    /**
     * In a list of facts, each fact shows the first sentence of each article that states it, for at most this many
     * articles; the fact's own page shows every sentence.
     */
    public static final int EVIDENCE_IN_LISTS = 5;
    /** Meetings a place's page lists with their evidence (the newest); the others are on the list of meetings. */
    public static final int PLACE_MEETINGS_WITH_EVIDENCE = 20;
    /** Meetings shown per page of a person's page. */
    public static final int MEETINGS_PER_PAGE = 50;

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_ALNUM = Pattern.compile("[^\\p{L}\\p{N}]+");

    private final Graph g;
    private final DatasetGraph dataset;
    private final Graph ontology;
    private final Map<Node, Ref> refs = new HashMap<>();
    private final Map<Node, Kind> kinds = new HashMap<>();
    private final Map<Node, String> articleTitles = new HashMap<>();

    GraphReader(DatasetGraph dataset, Graph ontology) {
        this.dataset = dataset;
        this.g = dataset.getUnionGraph();
        this.ontology = ontology;
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Basic lookups

    /** Whether the graph says anything about {@code n} or links to it. */
    public boolean exists(Node n) {
        return g.contains(n, Node.ANY, Node.ANY) || g.contains(Node.ANY, Node.ANY, n);
    }

    /** How many triples the named graph {@code n} holds (0 when there is no such graph). */
    public long graphSize(Node n) {
        if (!n.isURI() || dataset == null) {
            return 0;
        }
        var it = dataset.find(n, Node.ANY, Node.ANY, Node.ANY);
        try {
            long count = 0;
            while (it.hasNext()) {
                it.next();
                count++;
            }
            return count;
        } finally {
            org.apache.jena.atlas.iterator.Iter.close(it);
        }
    }

    List<Node> objects(Node s, Node p) {
        List<Node> out = new ArrayList<>();
        ExtendedIterator<Triple> it = g.find(s, p, Node.ANY);
        try {
            it.forEachRemaining(t -> out.add(t.getObject()));
        } finally {
            it.close();
        }
        return out;
    }

    List<Node> subjects(Node p, Node o) {
        List<Node> out = new ArrayList<>();
        ExtendedIterator<Triple> it = g.find(Node.ANY, p, o);
        try {
            it.forEachRemaining(t -> out.add(t.getSubject()));
        } finally {
            it.close();
        }
        return out;
    }

    /** The subjects of {@code p o} that have the type {@code type}. */
    List<Node> subjects(Node p, Node o, Node type) {
        List<Node> out = new ArrayList<>();
        for (Node s : subjects(p, o)) {
            if (g.contains(s, TYPE, type)) {
                out.add(s);
            }
        }
        return out;
    }

    Optional<Node> one(Node s, Node p) {
        ExtendedIterator<Triple> it = g.find(s, p, Node.ANY);
        try {
            Node best = null;
            while (it.hasNext()) {
                Node o = it.next().getObject();
                if (best == null || o.toString().compareTo(best.toString()) < 0) {
                    best = o; // the smallest, so pages are stable when a property has several values
                }
            }
            return Optional.ofNullable(best);
        } finally {
            it.close();
        }
    }

    String string(Node s, Node p) {
        return one(s, p).filter(Node::isLiteral).map(Node::getLiteralLexicalForm).orElse(null);
    }

    int integer(Node s, Node p) {
        String v = string(s, p);
        if (v == null) {
            return 0;
        }
        try {
            return Integer.parseInt(v.strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    DateValue date(Node s, Node p) {
        return one(s, p).filter(Node::isLiteral).map(DateValue::of).orElse(null);
    }

    /** What kind of resource {@code n} is, from its types. */
    public Kind kind(Node n) {
        return kinds.computeIfAbsent(n, this::computeKind);
    }

    private Kind computeKind(Node n) {
        if (!n.isURI()) {
            return Kind.OTHER;
        }
        Set<Node> types = new LinkedHashSet<>(objects(n, TYPE));
        if (types.contains(PERSON)) {
            return Kind.PERSON;
        }
        if (types.contains(MEETING)) {
            return Kind.MEETING;
        }
        if (types.contains(COUNTRY) || types.contains(CITY) || types.contains(REGION)) {
            return Kind.PLACE;
        }
        if (types.contains(OUTLET)) {
            return Kind.OUTLET;
        }
        if (types.contains(ORGANIZATION)) {
            return Kind.ORGANIZATION;
        }
        if (types.contains(TENURE)) {
            return Kind.TENURE;
        }
        if (types.contains(ORG_POST)) {
            return Kind.POST;
        }
        if (types.contains(ORG_ROLE_CLASS)) {
            return Kind.ROLE;
        }
        if (types.contains(STANCE)) {
            return Kind.STANCE;
        }
        if (types.contains(TOPIC)) {
            return Kind.TOPIC;
        }
        if (types.contains(ARTICLE)) {
            return Kind.ARTICLE;
        }
        if (types.contains(CLAIM)) {
            return Kind.CLAIM;
        }
        return Kind.OTHER;
    }

    /** A link to {@code n} with its label and kind. */
    public Ref ref(Node n) {
        Ref r = refs.get(n);
        if (r == null) {
            r = new Ref(n.isURI() ? n.getURI() : n.toString(), label(n), kind(n));
            refs.put(n, r);
        }
        return r;
    }

    private Ref refOrNull(Optional<Node> n) {
        return n.filter(Node::isURI).map(this::ref).orElse(null);
    }

    /**
     * What to call {@code n}: its schema:name, rdfs:label or skos:prefLabel; for an article its headline or first
     * sentence; for a stretch of an article's text the words; else the last segment of its IRI.
     */
    public String label(Node n) {
        if (n.isLiteral()) {
            return n.getLiteralLexicalForm();
        }
        for (Node p : List.of(NAME, LABEL, PREF_LABEL)) {
            String s = string(n, p);
            if (s != null && !s.isBlank()) {
                return s;
            }
        }
        if (kind(n) == Kind.ARTICLE) {
            return articleTitle(n);
        }
        String described = describedLabel(n);
        if (described != null) {
            return described;
        }
        String words = string(n, ANCHOR_OF);
        if (words != null) {
            return "\u201C" + shorten(words, 80) + "\u201D";
        }
        if (!n.isURI()) {
            return n.toString();
        }
        String iri = n.getURI();
        int cut = Math.max(iri.lastIndexOf('/'), iri.lastIndexOf('#'));
        String local = cut >= 0 && cut < iri.length() - 1 ? iri.substring(cut + 1) : iri;
        return local.replace("--", " \u2013 ").replace('-', ' ');
    }

    /** A label made from what the graph says of the nodes that have none: participations, claims, choices, runs. */
    private String describedLabel(Node n) {
        if (g.contains(n, TYPE, PARTICIPATION)) {
            Optional<Node> person = one(n, PARTICIPANT);
            List<Node> meeting = subjects(HAS_PARTICIPATION, n);
            if (person.isPresent() && !meeting.isEmpty()) {
                return label(person.get()) + " in the " + lowerFirst(label(meeting.get(0)));
            }
        } else if (g.contains(n, TYPE, CLAIM)) {
            Optional<Node> fact = one(n, CLAIM_OF);
            Optional<Node> article = one(n, DERIVED_FROM);
            if (fact.isPresent() && article.isPresent()) {
                String id = string(article.get(), ARTICLE_ID);
                return "What article " + (id != null ? id : label(article.get())) + " says of the "
                        + lowerFirst(label(fact.get()));
            }
        } else if (g.contains(n, TYPE, CHOICE)) {
            Optional<Node> fact = one(n, CHOICE_FOR);
            Optional<Node> property = one(n, ON_PROPERTY);
            if (fact.isPresent() && property.isPresent() && property.get().isURI()) {
                return "The " + property.get().getLocalName() + " chosen for the " + lowerFirst(label(fact.get()));
            }
        } else if (g.contains(n, TYPE, NG_EXTRACTION)) {
            Optional<Node> used = one(n, PROV_USED);
            if (used.isPresent()) {
                return "The extraction of " + label(used.get());
            }
        }
        return null;
    }

    private static String lowerFirst(String s) {
        return s.startsWith("Meeting of ") ? "meeting of " + s.substring("Meeting of ".length()) : s;
    }

    /** An article's headline, else its first sentence (shortened), else "Article ID". */
    String articleTitle(Node article) {
        return articleTitles.computeIfAbsent(article, a -> {
            String headline = string(a, HEADLINE);
            if (headline != null && !headline.isBlank()) {
                return headline;
            }
            Optional<Node> ctx = context(a);
            if (ctx.isPresent()) {
                Node first = null;
                int firstBegin = Integer.MAX_VALUE;
                for (Node s : subjects(REFERENCE_CONTEXT, ctx.get())) {
                    if (g.contains(s, TYPE, NIF_SENTENCE)) {
                        int b = integer(s, BEGIN);
                        if (b < firstBegin) {
                            firstBegin = b;
                            first = s;
                        }
                    }
                }
                if (first != null) {
                    String text = string(first, ANCHOR_OF);
                    if (text != null && !text.isBlank()) {
                        return shorten(text, 120);
                    }
                }
            }
            String id = string(a, ARTICLE_ID);
            return "Article " + (id != null ? id : a.toString());
        });
    }

    private Optional<Node> context(Node article) {
        return subjects(SOURCE_URL, article).stream().filter(c -> g.contains(c, TYPE, NIF_CONTEXT)).findFirst();
    }

    static String shorten(String s, int max) {
        String t = s.strip().replaceAll("\\s+", " ");
        if (t.codePointCount(0, t.length()) <= max) {
            return t;
        }
        int end = t.offsetByCodePoints(0, max);
        int space = t.lastIndexOf(' ', end);
        return t.substring(0, space > max / 2 ? space : end) + "\u2026";
    }

    private List<Ref> sortedRefs(Collection<Node> nodes) {
        List<Ref> out = new ArrayList<>();
        for (Node n : new LinkedHashSet<>(nodes)) {
            if (n.isURI()) {
                out.add(ref(n));
            }
        }
        out.sort(Comparator.comparing((Ref r) -> r.label().toLowerCase(Locale.ROOT)).thenComparing(Ref::iri));
        return out;
    }

    /** The word for a concept node (a status, a kind, a polarity, a reason): its skos:prefLabel or rdfs:label. */
    private String conceptWord(Optional<Node> n) {
        if (n.isEmpty()) {
            return null;
        }
        String s = string(n.get(), PREF_LABEL);
        if (s == null) {
            s = string(n.get(), LABEL);
        }
        for (Node p : List.of(PREF_LABEL, LABEL)) {
            if (s == null) {
                ExtendedIterator<Triple> it = ontology.find(n.get(), p, Node.ANY);
                try {
                    if (it.hasNext() && it.next().getObject() instanceof Node o && o.isLiteral()) {
                        s = o.getLiteralLexicalForm();
                    }
                } finally {
                    it.close();
                }
            }
        }
        if (s == null && n.get().isURI()) {
            String iri = n.get().getURI();
            s = iri.substring(Math.max(iri.lastIndexOf('#'), iri.lastIndexOf('/')) + 1).toLowerCase(Locale.ROOT);
        }
        return s;
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Evidence

    /**
     * The claims that state {@code fact}: all of them when {@code limit} is negative; else the first claim (in text
     * order) of each article, for at most {@code limit} articles.
     */
    public Evidence evidence(Node fact, int limit) {
        List<Node> claims = subjects(CLAIM_OF, fact, CLAIM);
        if (claims.isEmpty()) {
            return Evidence.NONE;
        }
        record Keyed(Node claim, String article, int begin) {
        }
        List<Keyed> keyed = new ArrayList<>();
        for (Node c : claims) {
            Node article = one(c, DERIVED_FROM).orElse(c);
            int begin = one(c, STATED_IN).map(s -> integer(s, BEGIN)).orElse(0);
            keyed.add(new Keyed(c, article.toString(), begin));
        }
        keyed.sort(Comparator.comparing(Keyed::article).thenComparingInt(Keyed::begin));
        Map<String, Integer> rank = new HashMap<>();
        List<Map.Entry<Integer, Keyed>> ranked = new ArrayList<>();
        for (Keyed k : keyed) {
            int r = rank.merge(k.article(), 1, Integer::sum);
            ranked.add(Map.entry(r, k));
        }
        ranked.sort(Map.Entry.comparingByKey()); // stable: article order within a rank
        List<ClaimView> out = new ArrayList<>();
        for (Map.Entry<Integer, Keyed> e : ranked) {
            if (limit >= 0 && (out.size() >= limit || e.getKey() > 1)) {
                break;
            }
            out.add(claim(e.getValue().claim()));
        }
        out.sort(Comparator.comparing((ClaimView c) -> c.article() == null ? "" : c.article().iri()).thenComparingInt(
                c -> c.quote() == null ? 0 : c.quote().begin()));
        return new Evidence(out, claims.size(), rank.size());
    }

    /** The fact a claim is about, or null. */
    public Ref claimOf(Node claim) {
        return refOrNull(one(claim, CLAIM_OF));
    }

    /** What a resource is, in a word, from its ng: type (or its first type): "Participation", "Choice", "Resource". */
    public String typeWord(Node n) {
        String best = null;
        for (Node t : objects(n, TYPE)) {
            if (t.isURI() && (best == null || t.getURI().startsWith(org.newsgraph.vocab.NG.NS))) {
                best = t.getLocalName();
            }
        }
        return best == null || best.isEmpty() ? "Resource" : best;
    }

    /** One claim: its article, the sentence that states it with its evidence mentions, and the values it states. */
    public ClaimView claim(Node claim) {
        Node article = objects(claim, DERIVED_FROM).stream().filter(a -> kind(a) == Kind.ARTICLE).findFirst()
                .orElse(one(claim, DERIVED_FROM).orElse(null));
        Ref articleRef = article == null ? null : ref(article);
        Ref outlet = article == null ? null : refOrNull(one(article, PUBLISHER));
        DateValue published = article == null ? null : date(article, DATE_PUBLISHED);
        Quote quote = one(claim, STATED_IN).map(s -> quote(s, objects(claim, EVIDENCE))).orElse(null);
        List<Value> values = new ArrayList<>();
        one(claim, STATUS).ifPresent(s -> values.add(new Value("status", conceptWord(Optional.of(s)), null)));
        one(claim, DATE).filter(Node::isLiteral).ifPresent(d -> {
            String basis = string(claim, DATE_BASIS);
            values.add(new Value("date", DateValue.of(d).display() + (basis == null ? ""
                    : " (" + basis.replace('-', ' ') + ")"), null));
        });
        one(claim, PLACE).filter(Node::isURI).ifPresent(p -> values.add(new Value("place", label(p), ref(p))));
        one(claim, MEETING_KIND).ifPresent(k -> values.add(new Value("kind", conceptWord(Optional.of(k)), null)));
        one(claim, FORMER).filter(Node::isLiteral).ifPresent(f -> {
            if ("true".equals(f.getLiteralLexicalForm())) {
                values.add(new Value("office", "former", null));
            }
        });
        return new ClaimView(claim.getURI(), articleRef, outlet, published, date(claim, OBSERVED_ON), quote,
                string(claim, CONFIDENCE), values);
    }

    /** A sentence with the given mentions (those inside it, in text order). */
    Quote quote(Node sentence, Collection<Node> mentionNodes) {
        String text = string(sentence, ANCHOR_OF);
        int begin = integer(sentence, BEGIN);
        int end = integer(sentence, END);
        if (text == null) {
            return null;
        }
        List<Mention> mentions = new ArrayList<>();
        for (Node m : new LinkedHashSet<>(mentionNodes)) {
            Mention mention = mention(m);
            if (mention != null && mention.begin() >= begin && mention.end() <= end && mention.begin() < mention.end()) {
                mentions.add(mention);
            }
        }
        mentions.sort(Comparator.comparingInt(Mention::begin).thenComparing(Comparator.comparingInt(Mention::end).reversed()));
        return new Quote(sentence.getURI(), begin, end, text, mentions);
    }

    Mention mention(Node m) {
        if (!m.isURI()) {
            return null;
        }
        String words = string(m, ANCHOR_OF);
        Optional<Node> b = one(m, BEGIN);
        Optional<Node> e = one(m, END);
        if (b.isEmpty() || e.isEmpty()) {
            return null;
        }
        int begin = integer(m, BEGIN);
        int end = integer(m, END);
        return new Mention(m.getURI(), begin, end, words == null ? "" : words, string(m, MENTION_KIND),
                refOrNull(one(m, IDENT_REF)));
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Facts

    public MeetingView meeting(Node m, int evidenceLimit) {
        return new MeetingView(ref(m), conceptWord(one(m, STATUS)), date(m, DATE), refOrNull(one(m, PLACE)),
                conceptWord(one(m, MEETING_KIND)), sortedRefs(objects(m, PARTICIPANT)), string(m, CONFIDENCE),
                integer(m, SOURCE_COUNT), integer(m, OUTLET_COUNT),
                evidenceLimit == 0 ? Evidence.NONE : evidence(m, evidenceLimit));
    }

    public TenureView tenure(Node t, int evidenceLimit) {
        Optional<Node> current = one(t, CURRENT);
        return new TenureView(ref(t), refOrNull(one(t, ORG_MEMBER)), refOrNull(one(t, POST)), refOrNull(one(t, ORG_ROLE)),
                refOrNull(one(t, ORG_ORGANIZATION)),
                current.filter(Node::isLiteral).map(c -> c.getLiteralLexicalForm().equals("true")).orElse(false),
                date(t, FIRST_OBSERVED), date(t, LAST_OBSERVED), string(t, CONFIDENCE), integer(t, SOURCE_COUNT),
                evidenceLimit == 0 ? Evidence.NONE : evidence(t, evidenceLimit));
    }

    public StanceView stance(Node s, int evidenceLimit) {
        return new StanceView(ref(s), refOrNull(one(s, HOLDER)), conceptWord(one(s, POLARITY)),
                refOrNull(one(s, TOPIC_PROPERTY)), string(s, CONFIDENCE), integer(s, SOURCE_COUNT),
                evidenceLimit == 0 ? Evidence.NONE : evidence(s, evidenceLimit));
    }

    /** Meetings newest first; undated ones last, by label. */
    static final Comparator<MeetingView> NEWEST_FIRST = Comparator
            .comparing((MeetingView m) -> m.date() == null || !m.date().placed() ? 1 : 0)
            .thenComparing((MeetingView m) -> m.date(), Comparator.nullsLast(Comparator.reverseOrder()))
            .thenComparing(m -> m.meeting().label());

    private static final Comparator<TenureView> TENURE_ORDER = Comparator
            .comparing((TenureView t) -> t.current() ? 0 : 1)
            .thenComparing(TenureView::lastObserved, Comparator.nullsLast(Comparator.reverseOrder()))
            .thenComparing(t -> t.tenure().label());

    // ---------------------------------------------------------------------------------------------------------------
    // Pages

    /** A person's page; {@code page} (from 0) selects which meetings get their evidence listed. */
    public PersonView person(Node p, int page) {
        List<String> aliases = new ArrayList<>();
        String name = label(p);
        for (Node a : objects(p, ALTERNATE_NAME)) {
            if (a.isLiteral() && !a.getLiteralLexicalForm().equals(name) && !aliases.contains(a.getLiteralLexicalForm())) {
                aliases.add(a.getLiteralLexicalForm());
            }
        }
        for (Node l : objects(p, LABEL)) {
            if (l.isLiteral() && !l.getLiteralLexicalForm().equals(name) && !aliases.contains(l.getLiteralLexicalForm())) {
                aliases.add(l.getLiteralLexicalForm());
            }
        }
        aliases.sort(String.CASE_INSENSITIVE_ORDER);

        List<TenureView> offices = new ArrayList<>();
        for (Node t : subjects(ORG_MEMBER, p, TENURE)) {
            offices.add(tenure(t, EVIDENCE_IN_LISTS));
        }
        offices.sort(TENURE_ORDER);

        List<MeetingView> all = new ArrayList<>();
        for (Node m : subjects(PARTICIPANT, p, MEETING)) {
            all.add(meeting(m, 0));
        }
        all.sort(NEWEST_FIRST);
        int from = Math.min(page * MEETINGS_PER_PAGE, all.size());
        List<MeetingView> shown = new ArrayList<>();
        for (MeetingView m : all.subList(from, Math.min(from + MEETINGS_PER_PAGE, all.size()))) {
            shown.add(meeting(nodeOf(m.meeting()), EVIDENCE_IN_LISTS));
        }

        List<StanceView> stances = new ArrayList<>();
        for (Node s : subjects(HOLDER, p, STANCE)) {
            stances.add(stance(s, EVIDENCE_IN_LISTS));
        }
        stances.sort(Comparator.comparing((StanceView s) -> s.topic() == null ? "" : s.topic().label())
                .thenComparing(s -> String.valueOf(s.polarity())));
        return new PersonView(ref(p), name, aliases, integer(p, SOURCE_COUNT), offices, shown, all.size(), all,
                stances, mentionedIn(p, 50));
    }

    private static Node nodeOf(Ref r) {
        return NodeFactory.createURI(r.iri());
    }

    /**
     * The articles whose mentions name {@code n}, most mentions first (at most {@code limit}). A mention's IRI is its
     * article's IRI plus {@code #char=b,e} (see IriScheme.textSpan), so the article comes from the IRI itself.
     */
    public List<ArticleCount> mentionedIn(Node n, int limit) {
        Map<String, Integer> counts = new HashMap<>();
        ExtendedIterator<Triple> it = g.find(Node.ANY, IDENT_REF, n);
        try {
            it.forEachRemaining(t -> {
                Node m = t.getSubject();
                if (m.isURI() && m.getURI().contains("#")) {
                    counts.merge(m.getURI().substring(0, m.getURI().indexOf('#')), 1, Integer::sum);
                }
            });
        } finally {
            it.close();
        }
        List<ArticleCount> out = new ArrayList<>();
        counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(limit)
                .forEach(e -> out.add(new ArticleCount(ref(NodeFactory.createURI(e.getKey())), e.getValue())));
        return out;
    }

    /**
     * The meetings with {@code person} (if given) at {@code place} or a place inside it (if given) whose date falls
     * in [{@code from}, {@code to}] (either may be null; a month-precise date counts when it overlaps), newest first,
     * with {@code evidence} claims each for those on the page {@code page} of {@code perPage}. Returns the page and
     * the total.
     */
    public Map.Entry<List<MeetingView>, Integer> meetings(Node person, Node place, java.time.LocalDate from,
                                                         java.time.LocalDate to, int page, int perPage, int evidence) {
        Set<Node> candidates = new LinkedHashSet<>();
        if (person != null) {
            candidates.addAll(subjects(PARTICIPANT, person, MEETING));
        } else if (place != null) {
            candidates.addAll(subjects(PLACE, place, MEETING));
            for (Node sub : subjects(CONTAINED_IN_PLACE, place)) {
                candidates.addAll(subjects(PLACE, sub, MEETING));
            }
        } else {
            candidates.addAll(subjects(TYPE, MEETING));
        }
        List<Node> kept = new ArrayList<>();
        Map<Node, DateValue> dates = new HashMap<>();
        for (Node m : candidates) {
            if (place != null && person != null && !g.contains(m, PLACE, place)) {
                boolean inside = false;
                for (Node p : objects(m, PLACE)) {
                    inside |= g.contains(p, CONTAINED_IN_PLACE, place);
                }
                if (!inside) {
                    continue;
                }
            }
            DateValue d = date(m, DATE);
            if (from != null || to != null) {
                if (d == null || !d.placed() || (from != null && d.last().isBefore(from))
                        || (to != null && d.first().isAfter(to))) {
                    continue;
                }
            }
            kept.add(m);
            dates.put(m, d);
        }
        kept.sort(Comparator.comparing((Node m) -> dates.get(m) == null || !dates.get(m).placed() ? 1 : 0)
                .thenComparing((Node m) -> dates.get(m), Comparator.nullsLast(Comparator.reverseOrder()))
                .thenComparing((Node m) -> m.toString()));
        int fromIndex = Math.min(page * perPage, kept.size());
        List<MeetingView> out = new ArrayList<>();
        for (Node m : kept.subList(fromIndex, Math.min(fromIndex + perPage, kept.size()))) {
            out.add(meeting(m, evidence));
        }
        return Map.entry(out, kept.size());
    }

    public MeetingDetail meetingDetail(Node m) {
        MeetingView view = meeting(m, -1);
        List<ParticipantView> participants = new ArrayList<>();
        Map<Node, Node> participation = new HashMap<>();
        for (Node pn : objects(m, HAS_PARTICIPATION)) {
            one(pn, PARTICIPANT).ifPresent(person -> participation.put(person, pn));
        }
        for (Ref r : view.participants()) {
            Node person = nodeOf(r);
            List<Ref> offices = new ArrayList<>();
            for (Node t : subjects(ORG_MEMBER, person, TENURE)) {
                if (one(t, CURRENT).map(c -> c.isLiteral() && c.getLiteralLexicalForm().equals("true")).orElse(false)) {
                    one(t, POST).filter(Node::isURI).ifPresent(post -> offices.add(ref(post)));
                }
            }
            offices.sort(Comparator.comparing(Ref::label));
            Node pn = participation.get(person);
            participants.add(new ParticipantView(r, offices, pn == null ? null : string(pn, CONFIDENCE),
                    pn == null ? 0 : integer(pn, SOURCE_COUNT)));
        }
        List<ChoiceView> choices = new ArrayList<>();
        for (Node c : subjects(CHOICE_FOR, m, CHOICE)) {
            Node property = one(c, ON_PROPERTY).orElse(null);
            if (property == null) {
                continue;
            }
            String propertyName = property.isURI() ? property.getLocalName() : property.toString();
            Value chosen = value(propertyName, one(c, CHOSEN_VALUE).orElse(null));
            List<ChoiceView.ClaimValue> supporting = new ArrayList<>();
            for (Node claim : objects(c, SUPPORTED_BY)) {
                supporting.add(claimValue(claim, property, propertyName));
            }
            List<ChoiceView.ClaimValue> contesting = new ArrayList<>();
            for (Node claim : objects(c, CONTESTED_BY)) {
                contesting.add(claimValue(claim, property, propertyName));
            }
            Comparator<ChoiceView.ClaimValue> byArticle = Comparator.comparing(cv -> cv.article() == null ? "" : cv.article().label());
            supporting.sort(byArticle);
            contesting.sort(byArticle);
            choices.add(new ChoiceView(propertyName, chosen, conceptWord(one(c, REASON)), supporting, contesting));
        }
        choices.sort(Comparator.comparing(ChoiceView::property));
        // Other meetings of the same people: what a reader checks when two reports might be one meeting.
        Set<Node> related = new LinkedHashSet<>();
        for (Ref r : view.participants()) {
            for (Node other : subjects(PARTICIPANT, nodeOf(r), MEETING)) {
                if (!other.equals(m) && sharedParticipants(other, view.participants()) >= 2) {
                    related.add(other);
                }
            }
        }
        List<MeetingView> relatedViews = new ArrayList<>();
        for (Node r : related) {
            relatedViews.add(meeting(r, 0));
        }
        relatedViews.sort(NEWEST_FIRST);
        return new MeetingDetail(view, participants, choices, relatedViews);
    }

    private int sharedParticipants(Node meeting, List<Ref> participants) {
        int n = 0;
        for (Ref r : participants) {
            if (g.contains(meeting, PARTICIPANT, nodeOf(r))) {
                n++;
            }
        }
        return n;
    }

    private ChoiceView.ClaimValue claimValue(Node claim, Node property, String propertyName) {
        Node article = one(claim, DERIVED_FROM).orElse(null);
        return new ChoiceView.ClaimValue(claim.getURI(), article == null ? null : ref(article),
                value(propertyName, one(claim, property).orElse(null)));
    }

    private Value value(String property, Node v) {
        if (v == null) {
            return new Value(property, "(none)", null);
        }
        if (v.isLiteral()) {
            return new Value(property, property.equals("date") ? DateValue.of(v).display() : v.getLiteralLexicalForm(), null);
        }
        Kind k = kind(v);
        if (k == Kind.OTHER) {
            return new Value(property, conceptWord(Optional.of(v)), null);
        }
        return new Value(property, label(v), ref(v));
    }

    public PlaceView place(Node p) {
        Set<Node> types = new LinkedHashSet<>(objects(p, TYPE));
        String type = types.contains(COUNTRY) ? "country" : types.contains(CITY) ? "city" : types.contains(REGION)
                ? "region" : "place";
        List<Node> inside = subjects(CONTAINED_IN_PLACE, p);
        Set<Node> meetings = new LinkedHashSet<>(subjects(PLACE, p, MEETING));
        for (Node sub : inside) {
            meetings.addAll(subjects(PLACE, sub, MEETING));
        }
        List<MeetingView> mv = new ArrayList<>();
        for (Node m : meetings) {
            mv.add(meeting(m, 0));
        }
        mv.sort(NEWEST_FIRST);
        for (int i = 0; i < Math.min(PLACE_MEETINGS_WITH_EVIDENCE, mv.size()); i++) {
            mv.set(i, meeting(nodeOf(mv.get(i).meeting()), EVIDENCE_IN_LISTS));
        }
        List<TenureView> holders = new ArrayList<>();
        for (Node t : subjects(ORG_ORGANIZATION, p, TENURE)) {
            holders.add(tenure(t, 1));
        }
        holders.sort(Comparator.comparing((TenureView t) -> t.post() == null ? "" : t.post().label()).thenComparing(TENURE_ORDER));
        return new PlaceView(ref(p), type, refOrNull(one(p, CONTAINED_IN_PLACE)), sortedRefs(inside), mv, holders,
                sortedRefs(subjects(ORG_SUB_ORGANIZATION_OF, p)), mentionedIn(p, 50));
    }

    /** The page of a post, role, organisation or outlet. */
    public OfficeView office(Node n) {
        Kind k = kind(n);
        Set<Node> tenures = new LinkedHashSet<>();
        List<Node> posts = new ArrayList<>();
        switch (k) {
            case POST -> tenures.addAll(subjects(POST, n, TENURE));
            case ROLE -> {
                posts.addAll(subjects(ORG_ROLE, n, ORG_POST));
                tenures.addAll(subjects(ORG_ROLE, n, TENURE));
            }
            default -> {
                posts.addAll(subjects(ORG_POST_IN, n, ORG_POST));
                tenures.addAll(subjects(ORG_ORGANIZATION, n, TENURE));
            }
        }
        List<TenureView> holders = new ArrayList<>();
        for (Node t : tenures) {
            holders.add(tenure(t, k == Kind.POST ? EVIDENCE_IN_LISTS : 1));
        }
        holders.sort(Comparator.comparing((TenureView t) -> t.post() == null ? "" : t.post().label()).thenComparing(TENURE_ORDER));
        String type = switch (k) {
            case POST -> "office";
            case ROLE -> "role";
            case OUTLET -> "news outlet";
            default -> "organisation";
        };
        List<Ref> published = k == Kind.OUTLET ? sortedRefs(subjects(PUBLISHER, n)) : List.of();
        return new OfficeView(ref(n), type, refOrNull(one(n, ORG_ROLE)), refOrNull(one(n, ORG_POST_IN)),
                refOrNull(one(n, ORG_SUB_ORGANIZATION_OF)), sortedRefs(posts),
                sortedRefs(subjects(ORG_SUB_ORGANIZATION_OF, n)), holders, mentionedIn(n, 50), published);
    }

    public TopicView topic(Node t) {
        List<StanceView> stances = new ArrayList<>();
        for (Node s : subjects(TOPIC_PROPERTY, t, STANCE)) {
            stances.add(stance(s, EVIDENCE_IN_LISTS));
        }
        stances.sort(Comparator.comparing((StanceView s) -> String.valueOf(s.polarity()))
                .thenComparing(s -> s.holder() == null ? "" : s.holder().label()));
        return new TopicView(ref(t), stances);
    }

    /** The stances of the same holder on the same topic with another polarity: where articles disagree. */
    public List<StanceView> opposite(Node stance) {
        Optional<Node> holder = one(stance, HOLDER);
        Optional<Node> topic = one(stance, TOPIC_PROPERTY);
        Optional<Node> polarity = one(stance, POLARITY);
        List<StanceView> out = new ArrayList<>();
        if (holder.isPresent() && topic.isPresent()) {
            for (Node s : subjects(HOLDER, holder.get(), STANCE)) {
                if (!s.equals(stance) && g.contains(s, TOPIC_PROPERTY, topic.get())
                        && !polarity.map(p -> g.contains(s, POLARITY, p)).orElse(false)) {
                    out.add(stance(s, EVIDENCE_IN_LISTS));
                }
            }
        }
        return out;
    }

    public ArticleView article(Node a) {
        Node ctx = context(a).orElse(null);
        String text = ctx == null ? null : string(ctx, IS_STRING);
        List<Quote> sentences = new ArrayList<>();
        List<Mention> mentions = new ArrayList<>();
        Map<Node, Integer> persons = new LinkedHashMap<>();
        if (ctx != null) {
            for (Node s : subjects(REFERENCE_CONTEXT, ctx)) {
                if (g.contains(s, TYPE, NIF_SENTENCE)) {
                    Quote q = quote(s, List.of());
                    if (q != null) {
                        sentences.add(q);
                    }
                } else {
                    Mention m = mention(s);
                    if (m != null) {
                        mentions.add(m);
                        if (m.ref() != null && m.ref().kind() == Kind.PERSON) {
                            persons.merge(nodeOf(m.ref()), 1, Integer::sum);
                        }
                    }
                }
            }
        }
        sentences.sort(Comparator.comparingInt(Quote::begin));
        mentions.sort(Comparator.comparingInt(Mention::begin).thenComparing(Comparator.comparingInt(Mention::end).reversed()));
        Map<Node, List<Quote>> facts = new TreeMap<>(Comparator.comparing(Node::toString));
        for (Node claim : subjects(DERIVED_FROM, a, CLAIM)) {
            Optional<Node> fact = one(claim, CLAIM_OF);
            Optional<Node> sentence = one(claim, STATED_IN);
            if (fact.isPresent()) {
                List<Quote> qs = facts.computeIfAbsent(fact.get(), f -> new ArrayList<>());
                sentence.map(s -> quote(s, objects(claim, EVIDENCE))).ifPresent(qs::add);
            }
        }
        List<ArticleView.StatedFact> stated = new ArrayList<>();
        facts.forEach((f, qs) -> {
            qs.sort(Comparator.comparingInt(Quote::begin));
            stated.add(new ArticleView.StatedFact(ref(f), qs));
        });
        stated.sort(Comparator.comparing((ArticleView.StatedFact f) -> f.fact().kind())
                .thenComparing(f -> f.sentences().isEmpty() ? 0 : f.sentences().get(0).begin()));
        List<ArticleCount> personCounts = new ArrayList<>();
        persons.forEach((p, c) -> personCounts.add(new ArticleCount(ref(p), c)));
        personCounts.sort(Comparator.comparingInt(ArticleCount::mentions).reversed()
                .thenComparing(c -> c.article().label()));
        String url = one(a, URL).map(u -> u.isURI() ? u.getURI() : u.isLiteral() ? u.getLiteralLexicalForm() : null)
                .orElse(null);
        return new ArticleView(ref(a), articleTitle(a), string(a, ARTICLE_ID), string(a, FILE_NAME),
                date(a, DATE_PUBLISHED), date(a, REFERENCE_DATE), refOrNull(one(a, PUBLISHER)), url, text, sentences,
                mentions, stated, personCounts);
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Home and search

    public HomeView home() {
        Map<String, Long> counts = new LinkedHashMap<>();
        counts.put("articles", countType(ARTICLE));
        counts.put("persons", countType(PERSON));
        counts.put("meetings", countType(MEETING));
        counts.put("offices held", countType(TENURE));
        counts.put("stances", countType(STANCE));
        counts.put("places", countType(COUNTRY) + countType(CITY) + countType(REGION));
        counts.put("organisations", countType(ORGANIZATION));
        counts.put("claims", countType(CLAIM));
        List<MeetingView> meetings = new ArrayList<>();
        for (Node m : subjects(TYPE, MEETING)) {
            meetings.add(meeting(m, 0));
        }
        meetings.sort(NEWEST_FIRST);
        List<ArticleCount> articles = new ArrayList<>();
        for (Node a : subjects(TYPE, ARTICLE)) {
            articles.add(new ArticleCount(ref(a), 0));
        }
        articles.sort(Comparator.comparing((ArticleCount c) -> c.article().iri()));
        return new HomeView(counts, meetings, articles);
    }

    private long countType(Node type) {
        ExtendedIterator<Triple> it = g.find(Node.ANY, TYPE, type);
        try {
            long n = 0;
            while (it.hasNext()) {
                it.next();
                n++;
            }
            return n;
        } finally {
            it.close();
        }
    }

    /** Folds {@code s} for matching: accents removed, lower case, anything but letters and digits as one space. */
    public static String fold(String s) {
        String t = MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFKD)).replaceAll("");
        return NOT_ALNUM.matcher(t.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }

    /**
     * Persons, places, organisations, offices, topics and meetings one of whose names (schema:name,
     * schema:alternateName, rdfs:label) contains every word of {@code query} as the start of one of its words, case
     * and accents ignored. Best first: an exact name, then a name that starts with the query, then the others; persons
     * before places before meetings; then by label. At most {@code limit}.
     */
    public List<SearchHit> search(String query, int limit) {
        String[] words = fold(query).split(" ");
        if (words.length == 0 || words[0].isEmpty()) {
            return List.of();
        }
        String folded = String.join(" ", words);
        Map<Node, SearchHit> best = new HashMap<>();
        for (Node p : List.of(NAME, ALTERNATE_NAME, LABEL)) {
            ExtendedIterator<Triple> it = g.find(Node.ANY, p, Node.ANY);
        try {
                while (it.hasNext()) {
                    Triple t = it.next();
                    if (!t.getObject().isLiteral() || !t.getSubject().isURI()) {
                        continue;
                    }
                    String name = t.getObject().getLiteralLexicalForm();
                    String f = fold(name);
                    int score = score(f, folded, words);
                    if (score < 0) {
                        continue;
                    }
                    Node s = t.getSubject();
                    SearchHit prev = best.get(s);
                    if (prev == null || score < prev.score()) {
                        best.put(s, new SearchHit(null, name, null, score));
                    }
                }
            } finally {
            it.close();
        }
        }
        List<SearchHit> hits = new ArrayList<>();
        for (Map.Entry<Node, SearchHit> e : best.entrySet()) {
            Kind k = kind(e.getKey());
            int kindRank = switch (k) {
                case PERSON -> 0;
                case PLACE -> 1;
                case ORGANIZATION, OUTLET -> 2;
                case POST, ROLE -> 3;
                case TOPIC -> 4;
                case MEETING -> 5;
                default -> -1;
            };
            if (kindRank < 0) {
                continue;
            }
            Ref r = ref(e.getKey());
            String matched = e.getValue().matched().equals(r.label()) ? null : e.getValue().matched();
            hits.add(new SearchHit(r, matched, null, e.getValue().score() * 10 + kindRank));
        }
        hits.sort(Comparator.comparingInt(SearchHit::score).thenComparing(h -> h.ref().label().toLowerCase(Locale.ROOT))
                .thenComparing(h -> h.ref().iri()));
        List<SearchHit> out = new ArrayList<>();
        for (SearchHit h : hits.size() > limit ? hits.subList(0, limit) : hits) {
            out.add(new SearchHit(h.ref(), h.matched(), detail(NodeFactory.createURI(h.ref().iri()), h.ref().kind()),
                    h.score()));
        }
        return out;
    }

    /** A few words that tell a search result apart: a person's current offices, where a place or body is. */
    private String detail(Node n, Kind kind) {
        return switch (kind) {
            case PERSON -> {
                List<String> posts = new ArrayList<>();
                for (Node post : objects(n, ORG_HOLDS)) {
                    posts.add(label(post));
                }
                posts.sort(null);
                yield posts.isEmpty() ? null : String.join("; ", posts);
            }
            case PLACE -> {
                String type = g.contains(n, TYPE, COUNTRY) ? "country" : g.contains(n, TYPE, CITY) ? "city" : "region";
                yield one(n, CONTAINED_IN_PLACE).map(p -> type + " in " + label(p)).orElse(type);
            }
            case ORGANIZATION -> one(n, ORG_SUB_ORGANIZATION_OF).map(p -> "in " + label(p)).orElse(null);
            case POST -> "office";
            case ROLE -> "role";
            case OUTLET -> "news outlet";
            case TOPIC -> "topic";
            default -> null;
        };
    }

    /** 0: the name is the query; 1: it starts with it; 2: every query word starts a word of it; -1: no match. */
    private static int score(String foldedName, String foldedQuery, String[] words) {
        if (foldedName.equals(foldedQuery)) {
            return 0;
        }
        if (foldedName.startsWith(foldedQuery)) {
            return 1;
        }
        String padded = " " + foldedName;
        for (String w : words) {
            if (!padded.contains(" " + w)) {
                return -1;
            }
        }
        return 2;
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Property tables

    /** What the graph states about {@code n}, by property, at most {@code limit} statements. */
    public List<Link> outgoing(Node n, int limit) {
        List<Link> out = new ArrayList<>();
        ExtendedIterator<Triple> it = g.find(n, Node.ANY, Node.ANY);
        try {
            while (it.hasNext() && out.size() < limit) {
                Triple t = it.next();
                Node o = t.getObject();
                out.add(new Link(t.getPredicate(), o, o.isURI() ? ref(o) : null));
            }
        } finally {
            it.close();
        }
        out.sort(Comparator.comparing((Link l) -> l.property().toString()).thenComparing(l -> l.otherRef() != null
                ? l.otherRef().label() : l.other().toString()));
        return out;
    }

    /** How many statements link to {@code n}, by property. */
    public Map<Node, Integer> incomingCounts(Node n) {
        Map<Node, Integer> counts = new TreeMap<>(Comparator.comparing(Node::toString));
        ExtendedIterator<Triple> it = g.find(Node.ANY, Node.ANY, n);
        try {
            it.forEachRemaining(t -> counts.merge(t.getPredicate(), 1, Integer::sum));
        } finally {
            it.close();
        }
        return counts;
    }

    /** The resources that link to {@code n} with {@code property}, from {@code offset}, at most {@code limit}. */
    public List<Ref> incoming(Node n, Node property, int offset, int limit) {
        List<Node> subjects = new ArrayList<>();
        ExtendedIterator<Triple> it = g.find(Node.ANY, property, n);
        try {
            it.forEachRemaining(t -> subjects.add(t.getSubject()));
        } finally {
            it.close();
        }
        subjects.sort(Comparator.comparing(Node::toString));
        List<Ref> out = new ArrayList<>();
        for (Node s : subjects.subList(Math.min(offset, subjects.size()), Math.min(offset + limit, subjects.size()))) {
            out.add(ref(s));
        }
        return out;
    }
}
