package org.newsgraph.mention;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.newsgraph.lexicon.EntryCategory;
import org.newsgraph.lexicon.Gazetteer;
import org.newsgraph.lexicon.GazetteerEntry;
import org.newsgraph.lexicon.NameMatch;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;
import org.newsgraph.rdf.IriScheme;
import org.newsgraph.text.Span;

/**
 * Finds the countries, cities, regions, venues and organisations a sentence names, so that later stages can tie
 * titles to the body they belong to, place meetings, and keep these words out of person names. Stateless and
 * thread-safe: one instance serves every article.
 *
 * <p>What it finds, in order:
 * <ol>
 *   <li>Gazetteer names, longest first: "the West Bank city of Ramallah" gives West Bank and Ramallah; "Amman,
 *       Jordan" gives Amman and Jordan; "Israel-Hamas" gives Israel and Hamas with spans inside the token;
 *       "Israel’s" gives Israel. Demonyms ("Turkish Foreign Minister") are mentions of their country with
 *       {@link EntityMention#demonym()} set. A venue ("Oval Office") is a mention of the city it stands for: its
 *       text is the venue, its entity the city.</li>
 *   <li>Not a place when it is part of a person's name: a one-word place name followed by a capitalised name-like
 *       word ("Israel Katz", "Paris Hilton"; not after "&lt;title&gt; of": "President of Israel Isaac Herzog"), or
 *       preceded by one or by an honorific ("Michael Jordan", "Mr Jordan"). One-word organisation names are
 *       dropped the same way when preceded ("Vicente Fox").</li>
 *   <li>A generic national body next to a country is that country's body: "Turkish Foreign Ministry",
 *       "Israel’s Defence Ministry" and "Foreign Ministry of Turkey" give {@code org/turkey-foreign-ministry}
 *       (label "Foreign Ministry of Turkey"); "US Defense Ministry" gives the Pentagon; "South Korea's Democratic
 *       Party" the Korean party although bare "Democratic Party" is the American one. The country stays a mention
 *       of its own.</li>
 *   <li>Organisations, places and events the gazetteer lacks, from capitalised runs with a head word, cut at
 *       titles ("Secretary of State") and at "and" before another name: "Kenya Ports Authority" (Kenya stays a
 *       country; the rest is {@code org/kenya-ports-authority}), "Ministry of Water and Irrigation", "University of
 *       Nairobi", "Mothers for Clean Air" (an "X for Y" name), "Asmara International Airport" (Asmara stays a city;
 *       the rest is {@code place/asmara-international-airport}, type REGION), "Hotel Metropol", "Helsinki Summit"
 *       (Helsinki stays a city), "Paris Agreement" (one event mention: the place only names it). Keys are
 *       {@code org/<slug>} for organisations and events and {@code place/<slug>} for facilities and features,
 *       from the whole name with a leading country written as its label.</li>
 *   <li>"Atlanta, Georgia" and "Tripoli, Lebanon": a place right after a city of another country is read as that
 *       city's namesake in its country, when the gazetteer has one.</li>
 * </ol>
 * Mentions never overlap and come in text order. Headlines in title case or capitals keep gazetteer names but
 * skip the person-name and pattern rules, which need normal capitalisation.
 *
 * <pre>{@code
 * EntityFinder finder = new EntityFinder();
 * for (EntityMention m : finder.find(sentence, article.text())) {
 *     m.entity().key();        // country/tr
 *     m.demonym();             // true for "Turkish"
 *     finder.category(m);      // COUNTRY, NEWS, GOVERNMENT, ...
 * }
 * }</pre>
 */
public final class EntityFinder {
    private final Gazetteer gazetteer;

    /** A finder over the standard gazetteer. */
    public EntityFinder() {
        this(Gazetteer.standard());
    }

    public EntityFinder(Gazetteer gazetteer) {
        this.gazetteer = Objects.requireNonNull(gazetteer, "gazetteer");
    }

    /** The kind of sentence, as far as capitalisation tells. */
    private enum Style { NORMAL, TITLE_CASE, CAPITALS }

    /** A mention being built; {@code dropped} when a later rule rejects it. */
    private static final class Hit {
        final Span span;
        final int startToken;
        final int endToken;
        final boolean demonym;
        final GazetteerEntry entry;
        EntityRef ref;
        boolean dropped;

        Hit(Span span, int startToken, int endToken, boolean demonym, GazetteerEntry entry, EntityRef ref) {
            this.span = span;
            this.startToken = startToken;
            this.endToken = endToken;
            this.demonym = demonym;
            this.entry = entry;
            this.ref = ref;
        }
    }

    /**
     * The entity mentions of one sentence.
     *
     * @param sentence    the annotated sentence
     * @param articleText the article's original text, which the sentence's spans index
     */
    public List<EntityMention> find(Sentence sentence, String articleText) {
        List<Token> tokens = sentence.tokens();
        if (tokens.isEmpty()) {
            return List.of();
        }
        List<Span> spans = new ArrayList<>(tokens.size());
        for (Token t : tokens) {
            spans.add(t.span());
        }
        Style style = style(tokens);
        List<Hit> hits = new ArrayList<>();
        for (NameMatch m : gazetteer.findNames(articleText, spans)) {
            hits.add(new Hit(m.span(), m.startToken(), m.endToken(), m.demonym(), m.entry(), refOf(m.entry())));
        }
        for (Hit h : hits) {
            if (isPartOfPersonName(h, hits, tokens, articleText, style)) {
                h.dropped = true;
            }
        }
        composeNationalBodies(hits, articleText);
        if (style == Style.NORMAL) {
            hits.addAll(patternHits(hits, tokens, articleText));
        }
        readNamesakes(hits, articleText);

        List<EntityMention> out = new ArrayList<>();
        for (Hit h : hits) {
            if (h.dropped) {
                continue;
            }
            MentionKind kind = h.ref.type() == EntityType.ORGANIZATION ? MentionKind.ORGANIZATION : MentionKind.PLACE;
            Mention mention = new Mention(kind, h.span, sentence.index(), h.span.of(articleText), h.ref.key());
            out.add(new EntityMention(h.ref, mention, h.startToken, h.endToken, h.demonym));
        }
        out.sort(Comparator.comparing((EntityMention m) -> m.mention().span()));
        return out;
    }

    /**
     * The category of what a mention names: the gazetteer's for known entries (a venue's mention is its city's),
     * and for pattern mentions the one their head word implies ("Kenya Ports Authority": GOVERNMENT; "Nation Media
     * Group": COMPANY; "Paris Agreement": EVENT).
     */
    public EntryCategory category(EntityMention mention) {
        Optional<GazetteerEntry> e = gazetteer.entry(mention.entity().key());
        if (e.isPresent()) {
            return e.get().category();
        }
        String[] words = mention.entity().label().split("\\s+");
        String head = words[words.length - 1];
        for (String w : words) {
            if (HEAD_FIRST_ORG.contains(w) || HEAD_FIRST_PLACE.contains(w)) {
                head = w;
                break;
            }
        }
        return headCategory(head);
    }

    private EntityRef refOf(GazetteerEntry e) {
        if (e.category() == EntryCategory.VENUE && e.cityKey().isPresent()) {
            Optional<GazetteerEntry> city = gazetteer.entry(e.cityKey().get());
            if (city.isPresent()) {
                return city.get().ref();
            }
        }
        return e.ref();
    }

    // ---- person names ---------------------------------------------------------------------------------------

    private static boolean isPartOfPersonName(Hit h, List<Hit> hits, List<Token> tokens, String text, Style style) {
        if (h.demonym || h.entry.category() == EntryCategory.VENUE) {
            return false;
        }
        String surface = h.span.of(text);
        boolean wholeTokens = tokens.get(h.startToken).span().begin() == h.span.begin()
                && tokens.get(h.endToken - 1).span().end() <= h.span.end();
        if (!hasLowerCase(surface) || surface.indexOf(' ') >= 0 || !wholeTokens) {
            return false;
        }
        int before = h.startToken - 1;
        if (before >= 0 && HONORIFICS.contains(stripDot(tokens.get(before).text()))) {
            return true;
        }
        if (style != Style.NORMAL) {
            return false;
        }
        if (before >= 0 && isNameLike(tokens.get(before)) && !touchesHit(hits, h, before)) {
            return true;
        }
        int after = h.endToken;
        // "President of Israel Isaac Herzog": after "<title> of", the place is the title's country
        boolean afterOf = before >= 1 && tokens.get(before).text().equals("of")
                && TITLES.contains(stripDot(tokens.get(before - 1).text()));
        return h.entry.type() != EntityType.ORGANIZATION && !afterOf && after < tokens.size()
                && isNameLike(tokens.get(after)) && !touchesHit(hits, h, after) && !runHasHead(tokens, after);
    }

    /** The capitalised run from this token on contains an organisation, place or event head word. */
    private static boolean runHasHead(List<Token> tokens, int from) {
        for (int k = from; k < tokens.size() && (isCapWord(tokens.get(k)) || isConnector(tokens.get(k))); k++) {
            String w = headWord(tokens.get(k));
            if (ORG_HEADS.contains(w) || PLACE_HEADS.contains(w) || EVENT_HEADS.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** A capitalised word that could be part of a person's name: not a title, weekday, org head or the like. */
    private static boolean isNameLike(Token t) {
        String s = t.text();
        if (s.endsWith("'s") || s.endsWith("\u2019s") || s.endsWith("'") || s.endsWith("\u2019")) {
            return false;
        }
        if (s.length() < 2 || !Character.isUpperCase(s.charAt(0)) || !hasLowerCase(s)) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!Character.isLetter(c) && c != '-' && c != '\'' && c != '\u2019' && c != '.') {
                return false;
            }
        }
        String pos = t.pos();
        if (pos != null && !pos.isEmpty() && !pos.equals("PROPN") && !pos.equals("X")) {
            return false;
        }
        return !NOT_NAMES.contains(stripDot(s));
    }

    private static boolean touchesHit(List<Hit> hits, Hit self, int token) {
        for (Hit o : hits) {
            if (o != self && !o.dropped && o.startToken <= token && token < o.endToken) {
                return true;
            }
        }
        return false;
    }

    // ---- national bodies --------------------------------------------------------------------------------------

    private void composeNationalBodies(List<Hit> hits, String text) {
        for (int i = 0; i < hits.size(); i++) {
            Hit body = hits.get(i);
            if (body.dropped || body.demonym) {
                continue;
            }
            String genericKey = body.entry.has(GazetteerEntry.Flag.GENERIC) ? body.entry.key()
                    : body.entry.instanceOf().orElse(null);
            if (genericKey == null) {
                continue;
            }
            GazetteerEntry country = null;
            Hit left = previous(hits, i);
            if (left != null && left.entry.type() == EntityType.COUNTRY
                    && isPossessiveOrNothing(text.substring(left.span.end(), body.span.begin()))) {
                country = left.entry;
            }
            Hit right = next(hits, i);
            if (country == null && right != null && !right.demonym && right.entry.type() == EntityType.COUNTRY
                    && text.substring(body.span.end(), right.span.begin()).matches("\\s+of\\s+(?:the\\s+)?")) {
                country = right.entry;
            }
            if (country == null || body.entry.countryKey().filter(country.key()::equals).isPresent()) {
                continue;
            }
            Optional<GazetteerEntry> national = gazetteer.instance(genericKey, country.key());
            if (national.isPresent()) {
                body.ref = national.get().ref();
            } else {
                GazetteerEntry generic = gazetteer.entry(genericKey).orElse(body.entry);
                body.ref = new EntityRef(EntityType.ORGANIZATION,
                        "org/" + IriScheme.slug(country.label()) + "-" + genericKey.substring(genericKey.indexOf('/') + 1),
                        generic.label() + " of " + country.label());
            }
        }
    }

    private static Hit previous(List<Hit> hits, int i) {
        for (int k = i - 1; k >= 0; k--) {
            if (!hits.get(k).dropped) {
                return hits.get(k);
            }
        }
        return null;
    }

    private static Hit next(List<Hit> hits, int i) {
        for (int k = i + 1; k < hits.size(); k++) {
            if (!hits.get(k).dropped) {
                return hits.get(k);
            }
        }
        return null;
    }

    private static boolean isPossessiveOrNothing(String between) {
        String s = between.strip().replace('\u2019', '\'');
        return s.isEmpty() || s.equals("'s") || s.equals("'") || s.equals("s");
    }

    // ---- "Atlanta, Georgia" ---------------------------------------------------------------------------------

    private void readNamesakes(List<Hit> hits, String text) {
        for (int i = 0; i + 1 < hits.size(); i++) {
            Hit city = hits.get(i);
            Hit next = hits.get(i + 1);
            if (city.dropped || next.dropped || city.demonym || next.demonym || city.entry == null
                    || next.entry == null || city.entry.type() != EntityType.CITY || city.entry.countryKey().isEmpty()
                    || !text.substring(city.span.end(), next.span.begin()).matches("\\s*,\\s*")) {
                continue;
            }
            String cityCountry = city.entry.countryKey().get();
            String nextCountry = next.entry.type() == EntityType.COUNTRY ? next.entry.key()
                    : next.entry.countryKey().orElse(null);
            if (nextCountry == null || nextCountry.equals(cityCountry)
                    || next.entry.type() == EntityType.ORGANIZATION) {
                continue;
            }
            Optional<GazetteerEntry> inCityCountry = gazetteer.namesake(next.entry.label(), cityCountry);
            if (inCityCountry.isPresent() && !inCityCountry.get().key().equals(next.entry.key())) {
                next.ref = inCityCountry.get().ref();
                continue;
            }
            Optional<GazetteerEntry> otherCity = gazetteer.namesake(city.entry.label(), nextCountry);
            if (otherCity.isPresent() && otherCity.get().type() == EntityType.CITY) {
                city.ref = otherCity.get().ref();
            }
        }
    }

    // ---- pattern organisations, places and events -------------------------------------------------------------

    private List<Hit> patternHits(List<Hit> hits, List<Token> tokens, String text) {
        List<Hit> out = new ArrayList<>();
        int n = tokens.size();
        int i = 0;
        while (i < n) {
            if (!isCapWord(tokens.get(i))) {
                i++;
                continue;
            }
            int end = i + 1;
            while (end < n) {
                if (isCapWord(tokens.get(end))) {
                    end++;
                    continue;
                }
                int k = end;
                while (k < n && (isConnector(tokens.get(k)) || tokens.get(k).isPossessive()) && k - end < 2) {
                    k++;
                }
                if (k > end && k < n && isCapWord(tokens.get(k))) {
                    end = k + 1;
                } else {
                    break;
                }
            }
            for (int[] segment : segments(tokens, i, end, hits)) {
                Hit h = patternHit(segment[0], segment[1], hits, tokens, text);
                if (h != null) {
                    out.add(h);
                }
            }
            i = end;
        }
        return out;
    }

    /**
     * A capitalised run cut into candidate names: at titles and honorifics ("Secretary of State"), and at "and",
     * "&amp;" or "on" when what follows holds a name of its own ("Kenya Ports Authority and the Ministry of Health");
     * leading function words and trailing connectors stripped.
     */
    private static List<int[]> segments(List<Token> tokens, int from, int to, List<Hit> hits) {
        List<int[]> out = new ArrayList<>();
        int start = from;
        for (int k = from; k <= to; k++) {
            boolean cut = k == to || TITLES.contains(stripDot(tokens.get(k).text()))
                    || HONORIFICS.contains(stripDot(tokens.get(k).text()))
                    || SPLITTERS.contains(tokens.get(k).text()) && holdsName(tokens, k + 1, to, hits);
            if (!cut) {
                continue;
            }
            int s = start;
            while (s < k && (isConnector(tokens.get(s)) || tokens.get(s).isPossessive()
                    || FUNCTION_WORDS.contains(tokens.get(s).text()))) {
                s++;
            }
            int e = k;
            while (e > s && (isConnector(tokens.get(e - 1)) || tokens.get(e - 1).isPossessive())) {
                e--;
            }
            if (e - s >= 1) {
                out.add(new int[] {s, e});
            }
            start = k + 1;
        }
        return out;
    }

    private static boolean holdsName(List<Token> tokens, int from, int to, List<Hit> hits) {
        for (int k = from; k < to; k++) {
            String w = headWord(tokens.get(k));
            if (ORG_HEADS.contains(w) || PLACE_HEADS.contains(w) || EVENT_HEADS.contains(w)) {
                return true;
            }
        }
        for (Hit h : hits) {
            if (!h.dropped && h.startToken >= from && h.startToken < to) {
                return true;
            }
        }
        return false;
    }

    private Hit patternHit(int from, int to, List<Hit> hits, List<Token> tokens, String text) {
        int head = -1;
        int end = -1;
        int k = to - 1;
        while (k > from && head < 0) {
            String w = headWord(tokens.get(k));
            if (ORG_HEADS.contains(w) || PLACE_HEADS.contains(w) || EVENT_HEADS.contains(w)) {
                Hit known = hitAt(hits, k);
                if (known != null) {
                    k = known.startToken - 1;
                    to = known.startToken;
                    while (to > from && isConnector(tokens.get(to - 1))) {
                        to--;
                    }
                    continue;
                }
                head = k;
                end = k + 1 < to && isConnector(tokens.get(k + 1)) ? to : k + 1;
            }
            k--;
        }
        if (to - from < 1) {
            return null;
        }
        if (head < 0) {
            String first = headWord(tokens.get(from));
            if (to - from >= 3 && (HEAD_FIRST_ORG.contains(first) || HEAD_FIRST_PLACE.contains(first))
                    && isConnector(tokens.get(from + 1))) {
                head = from;
                end = to;
            } else if (to - from >= 2 && HEAD_FIRST_PLACE.contains(first) && !isConnector(tokens.get(from + 1))) {
                head = from;
                end = to;
            } else if (to - from >= 3 && hasForBetweenCapitals(tokens, from, to)) {
                head = from;
                end = to;
            }
        }
        if (head < 0 || contentWords(tokens, from, end) < 2 || hitAt(hits, head) != null) {
            return null;
        }
        String headText = headWord(tokens.get(head));
        boolean namedAfterPlace = NAMING_EVENT_HEADS.contains(headText);
        int start = from;
        GazetteerEntry country = null;
        for (Hit h : hits) {
            boolean leadingKind = h.entry.type() != EntityType.ORGANIZATION || EVENT_HEADS.contains(headText);
            if (!namedAfterPlace && !h.dropped && h.startToken == start && leadingKind
                    && h.endToken <= head && h.span.begin() == tokens.get(start).span().begin()) {
                if (h.entry.type() == EntityType.COUNTRY && country == null) {
                    country = h.entry;
                }
                start = h.endToken;
                while (start < head && tokens.get(start).isPossessive()) {
                    start++;
                }
            }
        }
        if (start >= end) {
            return null;
        }
        Span span = new Span(tokens.get(start).span().begin(), tokens.get(end - 1).span().end());
        String label = labelOf(tokens, from, end, text);
        String category = headWord(tokens.get(head));
        boolean isPlace = PLACE_HEADS.contains(category) || HEAD_FIRST_PLACE.contains(category);
        String slug = country != null
                ? IriScheme.slug(country.label()) + "-" + IriScheme.slug(labelOf(tokens, start, end, text))
                : IriScheme.slug(label);
        EntityRef ref = isPlace ? new EntityRef(EntityType.REGION, "place/" + slug, label)
                : new EntityRef(EntityType.ORGANIZATION, "org/" + slug, label);
        for (Hit h : hits) {
            boolean inside = h.span.begin() >= span.begin() && h.span.end() <= span.end();
            if (!h.dropped && h.span.overlaps(span) && !inside) {
                return null;
            }
        }
        for (Hit h : hits) {
            if (h.span.begin() >= span.begin() && h.span.end() <= span.end()) {
                h.dropped = true;
            }
        }
        return new Hit(span, start, end, false, null, ref);
    }

    private static String labelOf(List<Token> tokens, int from, int to, String text) {
        StringBuilder b = new StringBuilder();
        for (int k = from; k < to; k++) {
            Token t = tokens.get(k);
            if (t.isPossessive()) {
                continue;
            }
            if (!b.isEmpty()) {
                b.append(' ');
            }
            b.append(t.span().of(text));
        }
        return b.toString();
    }

    private static Hit hitAt(List<Hit> hits, int token) {
        for (Hit h : hits) {
            if (!h.dropped && h.startToken <= token && token < h.endToken) {
                return h;
            }
        }
        return null;
    }

    private static int contentWords(List<Token> tokens, int from, int to) {
        int c = 0;
        for (int k = from; k < to; k++) {
            if (isCapWord(tokens.get(k))) {
                c++;
            }
        }
        return c;
    }

    private static boolean hasForBetweenCapitals(List<Token> tokens, int from, int to) {
        for (int k = from + 1; k < to - 1; k++) {
            if (tokens.get(k).text().equals("for") && isCapWord(tokens.get(k - 1)) && isCapWord(tokens.get(k + 1))) {
                return true;
            }
        }
        return false;
    }

    private static EntryCategory headCategory(String head) {
        return switch (head) {
            case "Ministry", "Department", "Office", "Authority", "Commission", "Agency", "Bureau", "Police",
                 "Court", "Tribunal", "Embassy", "Consulate", "Secretariat", "Directorate", "Assembly", "Senate",
                 "Parliament", "Service" -> EntryCategory.GOVERNMENT;
            case "Army", "Forces", "Force", "Navy", "Guard", "Guards", "Corps", "Command", "Brigade", "Brigades",
                 "Battalion", "Regiment", "Division" -> EntryCategory.MILITARY;
            case "Party", "Movement", "Front", "Coalition", "Alliance" -> EntryCategory.PARTY;
            case "Cartel", "Militia", "Rebels" -> EntryCategory.ARMED_GROUP;
            case "News", "Times", "Post", "Press", "Herald", "Tribune", "Journal", "Gazette", "Daily", "Radio",
                 "Television", "TV", "Broadcasting", "Media", "Telegraph", "Chronicle", "Observer", "Review",
                 "Magazine", "Monitor", "Standard", "Express", "Star", "Mirror", "Courier" -> EntryCategory.NEWS;
            case "Bank", "Company", "Corporation", "Corp", "Inc", "Ltd", "Limited", "Group", "Holdings",
                 "Airlines", "Airways", "Industries", "Exchange", "Motors", "Petroleum", "Energy",
                 "Telecom" -> EntryCategory.COMPANY;
            case "Foundation", "Trust", "Fund", "Society", "Association", "Federation", "Union", "Network",
                 "Council", "Committee", "Organisation", "Organization", "Institute", "Institution",
                 "Center", "Centre" -> EntryCategory.OTHER;
            case "University", "College", "Academy", "School" -> EntryCategory.OTHER;
            case "Church", "Diocese", "Mosque" -> EntryCategory.RELIGIOUS;
            case "Club", "League", "United", "FC" -> EntryCategory.SPORT;
            default -> PLACE_HEADS.contains(head) || HEAD_FIRST_PLACE.contains(head) ? EntryCategory.REGION
                    : EVENT_HEADS.contains(head) ? EntryCategory.EVENT : EntryCategory.OTHER;
        };
    }

    // ---- token tests ------------------------------------------------------------------------------------------

    /**
     * CAPITALS when most words are in capitals; TITLE_CASE when function words after the first word are mostly
     * capitalised ("Blinken Meets Abbas In Ramallah") or every other word is ("Trump Cancels Visit to Denmark After
     * Greenland Row"); NORMAL otherwise. Name-dense sentences ("President A and President B met at State House")
     * stay NORMAL because some verb or noun is in lower case.
     */
    private static Style style(List<Token> tokens) {
        int words = 0;
        int capitalised = 0;
        int long2 = 0;
        int upper = 0;
        int functionLower = 0;
        int functionUpper = 0;
        boolean first = true;
        for (Token t : tokens) {
            String s = t.text();
            if (s.isEmpty() || !Character.isLetter(s.charAt(0))) {
                continue;
            }
            if (s.length() > 1) {
                long2++;
                if (s.equals(s.toUpperCase(Locale.ROOT))) {
                    upper++;
                }
            }
            boolean function = FUNCTION_WORDS_LOWER.contains(s.toLowerCase(Locale.ROOT));
            if (function && !first) {
                if (Character.isUpperCase(s.charAt(0))) {
                    functionUpper++;
                } else {
                    functionLower++;
                }
            } else if (!function) {
                words++;
                if (Character.isUpperCase(s.charAt(0))) {
                    capitalised++;
                }
            }
            first = false;
        }
        if (long2 >= 3 && upper * 4 >= long2 * 3) {
            return Style.CAPITALS;
        }
        if (functionUpper > functionLower || words >= 4 && capitalised == words
                || functionUpper + functionLower == 0 && words >= 3 && capitalised == words) {
            return Style.TITLE_CASE;
        }
        return Style.NORMAL;
    }

    private static boolean isCapWord(Token t) {
        String s = t.text();
        if (s.isEmpty() || !Character.isUpperCase(s.codePointAt(0))) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!Character.isLetterOrDigit(c) && c != '-' && c != '.' && c != '\'' && c != '\u2019' && c != '&') {
                return false;
            }
        }
        return true;
    }

    private static boolean isConnector(Token t) {
        return CONNECTORS.contains(t.text());
    }


    /** The word a head list is keyed on: the token without a possessive ending. */
    private static String headWord(Token t) {
        String s = t.text().replace('\u2019', '\'');
        return s.endsWith("'s") ? s.substring(0, s.length() - 2) : s;
    }

    private static boolean hasLowerCase(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isLowerCase(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static String stripDot(String s) {
        return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
    }

    // ---- word lists (English function words and name-shaped common nouns; not lexicon data) -------------------

    private static final Set<String> HONORIFICS = words("Mr", "Mrs", "Ms", "Miss", "Mme", "Mlle", "Dr", "Sir",
            "Dame", "Lady", "Lord", "Sen", "Rep", "Gov", "Prof", "Rev", "Sheikh", "Sayyed", "Hon");

    private static final Set<String> CONNECTORS = words("of", "for", "and", "the", "de", "du", "des", "la", "le",
            "el", "al", "on", "&", "da", "di", "do", "dos", "das", "y", "von", "van", "der", "del");

    private static final Set<String> SPLITTERS = words("and", "&", "on");

    private static final Set<String> FUNCTION_WORDS = words("The", "A", "An", "In", "On", "At", "For", "With",
            "By", "From", "To", "As", "And", "But", "Or", "After", "Before", "While", "When", "Since", "During",
            "Under", "Over", "Both", "This", "That", "These", "Those", "Its", "Their", "His", "Her", "Our", "Former",
            "Then", "Meanwhile", "However", "Also", "Last", "Next", "Each", "Every", "Many", "Some", "All", "Other",
            "Several", "Two", "Three", "Four", "Five", "Both", "If", "Although", "Though", "Earlier", "Later");

    private static final Set<String> FUNCTION_WORDS_LOWER = words("a", "an", "the", "of", "in", "on", "at", "to",
            "for", "and", "or", "with", "by", "as", "vs", "from", "into", "over", "after", "amid", "'s", "\u2019s");

    private static final Set<String> TITLES = words("President", "Presidents", "Vice", "Prime", "Minister",
            "Ministers", "Secretary", "Secretary-General", "Secretary-general", "Chairman", "Chairwoman", "Chair",
            "Chairperson", "Director", "Director-General", "Head", "Chief", "Spokesman", "Spokeswoman",
            "Spokesperson", "Governor", "Ambassador", "Envoy", "Commander", "Leader", "Member", "Deputy", "Speaker",
            "Mayor", "King", "Queen", "Prince", "Princess", "Crown", "Emir", "Sultan", "Senator", "Congressman",
            "Congresswoman", "Judge", "Justice", "Professor", "General", "Gen", "Lt", "Col", "Colonel", "Major",
            "Captain", "Admiral", "Marshal", "Sergeant", "Officer", "Chancellor", "Premier", "Counselor", "Adviser",
            "Advisor", "Representative", "Commissioner", "Coordinator", "CEO", "Founder", "Co-founder", "Editor",
            "Correspondent", "Reporter", "Pope", "Cardinal", "Archbishop", "Bishop", "Imam", "Ayatollah", "Rabbi",
            "Patriarch", "Chief-of-staff", "Attorney", "Prosecutor", "Inspector", "Superintendent", "Principal",
            "President-elect", "Vice-President", "Vice-president", "Acting", "Interim", "Former", "High");

    private static final Set<String> ORG_HEADS = words("Ministry", "Agency", "Organisation", "Organization",
            "Council", "Party", "Front", "Army", "Forces", "Force", "University", "Institute", "Bank", "Company",
            "Corporation", "Corp", "Inc", "Ltd", "Limited", "Group", "Committee", "Commission", "Authority", "Office",
            "Department", "Union", "Association", "Federation", "Foundation", "News", "Times", "Post", "Press",
            "Herald", "Tribune", "Journal", "Gazette", "Daily", "Service", "Movement", "Alliance", "Brigades",
            "Brigade", "Battalion", "Regiment", "Society", "Institution", "League", "Trust", "Fund", "Bureau",
            "Police", "Court", "Tribunal", "Assembly", "Airlines", "Airways", "Corps", "Command", "Cartel",
            "Coalition", "Club", "Network", "Radio", "Television", "Broadcasting", "Media", "Telegraph", "Chronicle",
            "Secretariat", "Directorate", "Embassy", "Consulate", "College", "Academy", "Industries", "Holdings",
            "Exchange", "Church", "Diocese", "Militia", "Guard", "Guards", "Navy", "Senate", "Parliament",
            "Magazine", "Monitor", "Courier", "Centre", "Center", "Motors", "Telecom", "Petroleum");

    private static final Set<String> HEAD_FIRST_ORG = words("Ministry", "Department", "University", "Bank",
            "Institute", "Council", "Commission", "Office", "Agency", "Authority", "Committee", "Federation", "Union",
            "Association", "Organisation", "Organization", "Court", "Tribunal", "Academy", "College", "School",
            "Embassy", "Consulate", "Secretariat", "Bureau", "Board", "Movement", "Party", "Front", "Army", "Church",
            "Society", "Foundation", "Fund", "League", "Center", "Centre", "Declaration", "Treaty", "Conference",
            "Congress", "Order", "Alliance", "Coalition", "Forum", "Summit");

    private static final Set<String> HEAD_FIRST_PLACE = words("Hotel", "Mount", "Mt", "Lake", "Fort", "Cape",
            "Camp", "Gulf", "Isle", "Bay");

    private static final Set<String> PLACE_HEADS = words("Airport", "Stadium", "Hotel", "Palace", "Square",
            "Bridge", "Museum", "Hospital", "Station", "Street", "Avenue", "Road", "Park", "Hall", "Tower",
            "Mosque", "Cathedral", "Temple", "Base", "Harbour", "Harbor", "Prison", "Jail", "Dam", "Plant",
            "Crossing", "Checkpoint", "Compound", "Residence", "Building", "Island", "Islands", "Valley", "River",
            "Sea", "Lake", "Mountains", "Mountain", "Hills", "Heights", "Peninsula", "Bay", "Strait", "Straits",
            "Desert", "Province", "State", "County", "District", "Region", "Governorate", "Oblast", "Prefecture",
            "Territory", "Territories", "Coast", "Canal", "Forest", "Gorge", "Glacier", "Delta", "Plateau", "Basin",
            "Corridor", "Zone", "Strip", "Port", "Terminal", "Refinery", "Field", "Gardens", "Quarter", "Camp",
            "Guesthouse", "Villa", "Ranch", "Estate", "Arena", "Stadion", "Oblast", "Krai", "Municipality");

    private static final Set<String> EVENT_HEADS = words("Marathon", "Summit", "Conference", "Games", "Cup",
            "Olympics", "Festival", "Forum", "Dialogue", "Championship", "Championships", "Open", "Expo", "Awards",
            "Accord", "Accords", "Agreement", "Agreements", "Treaty", "Declaration", "Protocol", "Convention",
            "Initiative", "Talks", "Process", "Format", "Memorandum", "Charter", "Plan", "Doctrine", "War", "Crisis",
            "Revolution", "Uprising", "Intifada", "Spring");

    /** Event heads whose leading place only names the event ("Paris Agreement"): the place is not a mention. */
    private static final Set<String> NAMING_EVENT_HEADS = words("Accord", "Accords", "Agreement", "Agreements",
            "Treaty", "Declaration", "Protocol", "Convention", "Conventions", "Memorandum", "Charter", "Doctrine",
            "Process", "Format", "Initiative", "Plan", "War", "Crisis", "Revolution", "Spring", "Uprising",
            "Intifada", "Agenda", "Consensus", "Roadmap");

    /** Capitalised words that follow or precede a place name without being part of a person's name. */
    private static final Set<String> NOT_NAMES = buildNotNames();

    private static Set<String> buildNotNames() {
        List<String> words = new ArrayList<>(List.of("North", "South", "East", "West", "Northern", "Southern",
                "Eastern", "Western", "Central", "Greater", "Upper", "Lower", "Inner", "Outer", "New", "Old",
                "Mainland", "Occupied", "Downtown", "Metropolitan", "Metro", "Rural", "Coastal", "Continental",
                "Nazi", "Imperial", "Communist", "Socialist", "Democratic", "Federal", "Free", "Independent",
                "Modern", "Ancient", "Medieval", "Colonial", "Rebel", "Soviet", "Post-war", "Wartime", "Team",
                "Visit", "Welcome", "Made", "Brand", "Government", "Cabinet", "Opposition", "National", "State",
                "Supreme", "Royal", "Republic", "International", "United", "Islamic", "Arab", "Holy", "Grand",
                "Great", "Higher", "Special", "Olympic", "World", "Air", "Telecom", "Railways", "TV", "Today",
                "City", "Accord", "Agreement", "Agreements", "Declaration", "Talks", "Initiative", "Roadmap",
                "Stock", "Exchange", "Index", "Development", "Investment", "Trade", "Energy", "Oil", "Gas",
                "Power", "Nuclear", "Atomic", "Space", "Defence", "Defense", "Security", "Intelligence", "Human",
                "Rights", "Red", "Green", "Blue", "White", "Black", "First", "Second", "Third", "Foreign", "Interior",
                "Finance", "Health", "Justice", "Economy", "Economic", "Education", "Agriculture", "Information",
                "Culture", "Labour", "Labor", "Transport", "Environment", "Tourism", "Industry", "Emergency",
                "Prime", "Minister", "Ministry", "Police", "Army", "Navy", "Military", "Officials", "Official",
                "Embassy", "Consulate", "Parliament", "Senate", "Congress", "Assembly", "Council", "Court",
                "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February",
                "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
                "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "Christmas",
                "Easter", "Ramadan", "Eid", "Jewish", "Muslim", "Christian", "Catholic", "Orthodox", "Sunni", "Shia",
                "Shiite", "Protestant", "Kurdish", "Hindu", "Buddhist", "Premier", "Presidential", "Parliamentary",
                "Municipal", "Regional", "Provincial", "Local", "Public", "Private", "Global", "Civil", "Social",
                "Financial", "Times", "Post", "Daily", "News", "Herald", "Tribune", "Journal", "Gazette", "Press",
                "Radio", "Television", "Broadcasting", "Media", "Telegraph", "Chronicle", "Observer", "Review",
                "Magazine", "Monitor", "Standard", "Express", "Star", "Mirror", "Courier", "Inc", "Ltd", "Corp",
                "Co", "Company", "Group", "Bank", "Fund", "Airlines", "Airways", "Motors", "Petroleum", "Edition",
                "Bureau", "Correspondent", "Summit", "Conference", "Forum", "Dialogue", "Format", "Process", "Plan",
                "Protocol", "Treaty", "Memorandum", "Charter", "Doctrine", "Crisis", "War", "Conflict", "Revolution",
                "Spring", "Uprising", "Intifada", "Front", "Party", "Movement", "Alliance", "Coalition", "Union",
                "Club", "FC", "Cup", "Open", "Games", "Marathon", "Festival", "Expo", "Awards", "Prize",
                "Championship", "Championships", "League", "Olympics", "Paralympics", "Grand", "Prix", "Rally",
                "Bay", "Sea", "River", "Valley", "Strait", "Gulf", "Coast", "Canal", "Island", "Islands", "Province",
                "County", "District", "Region", "Territory", "Airport", "Port", "Harbour", "Harbor", "Street",
                "Square", "Road", "Avenue", "Station", "Stadium", "Hotel", "Palace", "Hall", "Tower", "Bridge",
                "Museum", "Hospital", "University", "College", "Institute", "School", "Academy", "Centre", "Center",
                "Mission", "Office", "Department", "Agency", "Authority", "Commission", "Committee", "Service",
                "Forces", "Force", "Guard", "Corps", "Command", "Brigade", "Brigades", "Battalion", "Base",
                "Camp", "Prison", "Plant", "Crossing", "Checkpoint", "Zone", "Strip", "Border", "Frontier",
                "Time", "Standard", "Summer", "Winter", "Autumn", "Fall", "Week", "Day", "Night", "Year", "Era",
                "Age", "Period", "AM", "PM", "GMT", "UTC", "ET", "BST", "CET", "Live", "Update", "Updates",
                "Breaking", "Exclusive", "Analysis", "Opinion", "Editorial", "Photo", "Video", "Watch", "Read",
                "More", "Related", "Share", "Advertisement", "Reuters", "AP", "AFP"));
        words.addAll(TITLES);
        words.addAll(HONORIFICS);
        words.addAll(FUNCTION_WORDS);
        return Set.copyOf(words);
    }

    private static Set<String> words(String... words) {
        return Set.copyOf(List.of(words));
    }
}
