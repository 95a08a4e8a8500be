package org.newsgraph.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The standard {@link TextCleaner}: divides an article's raw text into blocks by the shape of its lines and by
 * generic pattern lists shipped as resources (site furniture, credits, caption marks, outlet self-descriptions),
 * and finds the dateline that opens the body. Immutable and thread-safe; {@link #standard()} is the shared
 * instance.
 *
 * <p>How a text is read, in order:
 * <ol>
 * <li>Lines are trimmed; a line of short {@code |}-separated parts ("February 12, 1997|By NAME") is read part by
 *     part, a line with an empty part ("Compact version |") is page furniture.</li>
 * <li>Each line is furniture (BOILERPLATE), a credit (BYLINE), a photo caption (CAPTION) or text.</li>
 * <li>Consecutive text lines are one paragraph when they are hard-wrapped: the first ends without sentence
 *     punctuation and the next starts lower-case, or, in an article that shows such wraps, the first is nearly
 *     as long as the article's wrap width. Otherwise every line is its own block.</li>
 * <li>A paragraph that is short and does not end like a sentence is a HEADLINE (titles, section headings,
 *     date lines), so it never runs into the next sentence; the rest is BODY.</li>
 * <li>After an end-of-article marker ("Related Articles", "Leave a comment") or the start of the next item of a
 *     numbered digest ("[02] ..."), everything is BOILERPLATE; so is an "about the outlet" paragraph at the end.</li>
 * <li>Credits inside a paragraph ("(Reporting by ...)", ". - Reuter") and photo credits at the end of a caption
 *     ("(Pool photo via NAME)", "Photo: Reuters") become BYLINE blocks of their own.</li>
 * </ol>
 *
 * <pre>{@code
 * ArticleLayout layout = RuleTextCleaner.standard().layout(article.text());
 * layout.dateline().flatMap(Dateline::place).map(s -> s.of(article.text()));   // "MILAN"
 * }</pre>
 */
public final class RuleTextCleaner implements TextCleaner {
    private static final String DIR = "/org/newsgraph/text/";

    /** An image-widget token such as "info_icon" left in the text where a photo was; the line above it is a caption. */
    private static final Pattern UI_TOKEN = Pattern.compile("^\\w+_(?:icon|button|img)$");
    /** A list bullet at the start of a line: such a line never continues the line above it. */
    private static final Pattern BULLET = Pattern.compile("^(?:[-\u2013\u2022*\u00B7]\\s|\\d{1,2}[.)]\\s)");
    /** The number of a digest item ("[01] NATO MINISTERS ..."): a later item is another report. */
    private static final Pattern DIGEST_ITEM = Pattern.compile("^\\[\\d{1,3}]\\s");
    /**
     * Menu words run together by a scraper ("FinancialGovernment SolutionsLegalReuters News Agency"): three
     * lower-case letters directly followed by a capital. Three such joins in a line that does not end a sentence
     * mark it as a navigation bar; names such as "McDonald" or "YouTube" have shorter runs before the capital.
     */
    private static final Pattern GLUED_WORDS = Pattern.compile("\\p{Ll}{3}\\p{Lu}");
    private static final int MENU_MIN_GLUES = 3;
    /** A credit line about a picture: the short line right after it is the picture's caption. */
    private static final Pattern PHOTO_WORD = Pattern.compile("(?i)\\b(?:photo|picture|image|photograph)s?\\b");

    private static final int HEADLINE_MAX_WORDS = 25;
    private static final int HEADLINE_MAX_CHARS = 250;
    private static final int CAPTION_MAX_WORDS = 70;
    /**
     * Lines longer than these are running text: no furniture or credit line is this long, and no caption; so the
     * pattern lists need not be searched through long paragraphs.
     */
    private static final int FURNITURE_MAX_CHARS = 250;
    private static final int CAPTION_MAX_CHARS = 500;
    private static final int SHORT_LINE_MAX_WORDS = 15;
    private static final int PIPE_PART_MAX_WORDS = 10;
    private static final int WRAP_MAX_WIDTH = 120;
    /** How far a wrapped line may fall short of (or, with a long last word, pass) the wrap width. */
    private static final int WRAP_SLACK = 8;
    /**
     * The share of the wrap width from which a line that ends mid-sentence counts as wrapped; a shorter one ends
     * a heading or a paragraph ("NEWS IN DETAIL", "Santer to visit Athens").
     */
    private static final double WRAP_FULL = 0.6;
    private static final int DATELINE_BODY_BLOCKS = 3;

    private final List<Pattern> furniture;
    private final List<Pattern> endMarkers;
    private final List<Pattern> creditLines;
    private final List<Pattern> inlineCredits;
    private final List<Pattern> captionCredits;
    private final List<Pattern> captionCues;
    private final List<Pattern> outletDescriptions;

    /** A cleaner with the rule lists shipped in {@code org/newsgraph/text/}. */
    public RuleTextCleaner() {
        furniture = RuleResource.patterns(DIR + "furniture-lines.txt");
        endMarkers = RuleResource.patterns(DIR + "end-markers.txt");
        creditLines = RuleResource.patterns(DIR + "credit-lines.txt");
        inlineCredits = RuleResource.patterns(DIR + "inline-credits.txt");
        captionCredits = RuleResource.patterns(DIR + "caption-credits.txt");
        captionCues = RuleResource.patterns(DIR + "caption-cues.txt");
        outletDescriptions = RuleResource.patterns(DIR + "outlet-descriptions.txt");
    }

    private static final class Holder {
        static final RuleTextCleaner STANDARD = new RuleTextCleaner();
    }

    /** The shared instance, with the rule lists loaded on first use. */
    public static RuleTextCleaner standard() {
        return Holder.STANDARD;
    }

    @Override
    public ArticleLayout layout(String text) {
        String norm = TextNormalizer.normalize(text);
        List<Line> lines = splitPipes(norm, lines(text, norm));
        List<LineKind> kinds = lines.stream().map(this::classify).toList();
        List<Unit> units = group(lines, kinds, wrapWidth(lines, kinds));
        assignKinds(units);
        List<Block> blocks = new ArrayList<>();
        for (Unit u : units) {
            Span span = new Span(u.lines.getFirst().begin, u.lines.getLast().end);
            switch (u.block) {
                case BODY -> split(norm, span, inlineCredits, BlockKind.BODY, blocks);
                case CAPTION -> split(norm, span, captionCredits, BlockKind.CAPTION, blocks);
                default -> blocks.add(new Block(u.block, span));
            }
        }
        return new ArticleLayout(blocks, dateline(norm, blocks));
    }

    // ---------------------------------------------------------------- lines

    /** A trimmed non-blank line, or part of a line: its span, its normalised text, and what precedes it. */
    private record Line(int begin, int end, String text, boolean blankBefore, boolean sameLine,
                        boolean pipeFurniture) {
        int words() {
            return text.isBlank() ? 0 : text.split("\\s+").length;
        }
    }

    /** The non-blank lines of {@code text}, trimmed; {@code norm} is its normalised copy, read for content. */
    private static List<Line> lines(String text, String norm) {
        List<Line> out = new ArrayList<>();
        boolean blank = false;
        int n = text.length();
        int start = 0;
        for (int i = 0; i <= n; i++) {
            char c = i < n ? text.charAt(i) : '\n';
            if (c != '\n' && c != '\r' && c != '\u2028' && c != '\u2029') {
                continue;
            }
            Span t = trim(norm, new Span(start, i));
            if (t.length() == 0) {
                blank = true;
            } else {
                out.add(new Line(t.begin(), t.end(), t.of(norm), blank || out.isEmpty(), false, false));
                blank = false;
            }
            if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
                i++;
            }
            start = i + 1;
        }
        return out;
    }

    /**
     * Reads a line of short {@code |}-separated parts part by part ("February 12, 1997|By NAME"); a line with an
     * empty part ("Compact version |", "Tuesday, 26 November 2024 | ||") is page furniture.
     */
    private static List<Line> splitPipes(String norm, List<Line> lines) {
        List<Line> out = new ArrayList<>();
        for (Line l : lines) {
            if (l.text.indexOf('|') < 0) {
                out.add(l);
                continue;
            }
            List<Line> parts = new ArrayList<>();
            boolean emptyPart = false;
            boolean longPart = false;
            int from = l.begin;
            for (int i = l.begin; i <= l.end; i++) {
                if (i < l.end && norm.charAt(i) != '|') {
                    continue;
                }
                Span t = trim(norm, new Span(from, i));
                if (t.length() == 0) {
                    emptyPart = true;
                } else {
                    Line part = new Line(t.begin(), t.end(), t.of(norm), parts.isEmpty() && l.blankBefore,
                            !parts.isEmpty(), false);
                    longPart |= part.words() > PIPE_PART_MAX_WORDS;
                    parts.add(part);
                }
                from = i + 1;
            }
            if (emptyPart) {
                out.add(new Line(l.begin, l.end, l.text, l.blankBefore, false, true));
            } else if (longPart) {
                out.add(l);
            } else {
                out.addAll(parts);
            }
        }
        return out;
    }

    private enum LineKind { FURNITURE, END_MARKER, UI_TOKEN, CREDIT, PHOTO_CREDIT, CAPTION, TEXT }

    private LineKind classify(Line line) {
        String t = line.text;
        if (line.pipeFurniture) {
            return LineKind.FURNITURE;
        }
        if (UI_TOKEN.matcher(t).find()) {
            return LineKind.UI_TOKEN;
        }
        if (t.length() > CAPTION_MAX_CHARS) {
            return LineKind.TEXT;
        }
        if (t.length() <= FURNITURE_MAX_CHARS) {
            if (anyFind(endMarkers, t)) {
                return LineKind.END_MARKER;
            }
            if (anyFind(furniture, t) || isGluedMenu(t)) {
                return LineKind.FURNITURE;
            }
            if (anyFind(creditLines, t)) {
                return PHOTO_WORD.matcher(t).find() ? LineKind.PHOTO_CREDIT : LineKind.CREDIT;
            }
        }
        if (line.words() <= CAPTION_MAX_WORDS && (anyFind(captionCredits, t) || anyFind(captionCues, t))) {
            return LineKind.CAPTION;
        }
        return LineKind.TEXT;
    }

    private static boolean isGluedMenu(String s) {
        if (endsSentence(s)) {
            return false;
        }
        Matcher m = GLUED_WORDS.matcher(s);
        int glues = 0;
        while (m.find()) {
            glues++;
        }
        return glues >= MENU_MIN_GLUES;
    }

    private static boolean anyFind(List<Pattern> patterns, String s) {
        for (Pattern p : patterns) {
            if (p.matcher(s).find()) {
                return true;
            }
        }
        return false;
    }

    // ---------------------------------------------------------------- paragraphs

    /**
     * The wrap width of a hard-wrapped article, or 0 when the article shows no wraps. Evidence of wrapping is a
     * text line that ends without sentence punctuation followed directly by a line that starts lower-case; two
     * such pairs make the article hard-wrapped, and the longest of those lines (up to 120 chars) is the width.
     */
    private static int wrapWidth(List<Line> lines, List<LineKind> kinds) {
        int evidence = 0;
        int width = 0;
        for (int i = 0; i + 1 < lines.size(); i++) {
            Line a = lines.get(i);
            Line b = lines.get(i + 1);
            if (kinds.get(i) == LineKind.TEXT && kinds.get(i + 1) == LineKind.TEXT && !b.blankBefore && !b.sameLine
                    && !endsSentence(a.text) && startsLowerCase(b.text)) {
                evidence++;
                if (a.text.length() <= WRAP_MAX_WIDTH) {
                    width = Math.max(width, a.text.length());
                }
            }
        }
        return evidence >= 2 ? width : 0;
    }

    /** Whether text line {@code b} continues line {@code a} of the same paragraph (a hard wrap). */
    private static boolean continues(Line a, Line b, int wrapWidth) {
        if (b.blankBefore || b.sameLine || BULLET.matcher(b.text).find() || BULLET.matcher(a.text).find()) {
            return false;
        }
        if (!endsSentence(a.text) && startsLowerCase(b.text)) {
            return true;
        }
        if (wrapWidth == 0 || allCaps(a.text) || allCaps(b.text)) {
            return false;
        }
        int len = a.text.length();
        if (len > wrapWidth + WRAP_SLACK) {
            return false;
        }
        return endsSentence(a.text) ? len >= wrapWidth - WRAP_SLACK : len >= wrapWidth * WRAP_FULL;
    }

    /** A block in the making: one line, or the lines of one hard-wrapped paragraph. */
    private static final class Unit {
        final LineKind kind;
        final List<Line> lines = new ArrayList<>();
        BlockKind block;

        Unit(LineKind kind, Line first) {
            this.kind = kind;
            lines.add(first);
        }

        Line first() {
            return lines.getFirst();
        }

        String text() {
            StringBuilder b = new StringBuilder();
            for (Line l : lines) {
                b.append(b.isEmpty() ? "" : " ").append(l.text);
            }
            return b.toString();
        }
    }

    private static List<Unit> group(List<Line> lines, List<LineKind> kinds, int wrapWidth) {
        List<Unit> units = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Line l = lines.get(i);
            LineKind k = kinds.get(i);
            Unit last = units.isEmpty() ? null : units.getLast();
            if (k == LineKind.TEXT && last != null && last.kind == LineKind.TEXT
                    && continues(last.lines.getLast(), l, wrapWidth)) {
                last.lines.add(l);
            } else {
                units.add(new Unit(k, l));
            }
        }
        return units;
    }

    // ---------------------------------------------------------------- block kinds

    private void assignKinds(List<Unit> units) {
        boolean bodySeen = false;
        for (Unit u : units) {
            u.block = switch (u.kind) {
                case FURNITURE, END_MARKER, UI_TOKEN -> BlockKind.BOILERPLATE;
                case CREDIT, PHOTO_CREDIT -> BlockKind.BYLINE;
                case CAPTION -> BlockKind.CAPTION;
                case TEXT -> headlineShaped(u.text()) && (u.lines.size() == 1 || !bodySeen)
                        ? BlockKind.HEADLINE : BlockKind.BODY;
            };
            bodySeen |= u.block == BlockKind.BODY;
        }
        markCaptionTitles(units);
        markArticleEnd(units);
        markOutletDescription(units);
    }

    /** The text with its inline credits removed, so that "... met Arafat. - Reuter" still ends like a sentence. */
    private String withoutCredits(String s) {
        String out = s;
        for (Pattern p : inlineCredits) {
            out = p.matcher(out).replaceAll("");
        }
        return out;
    }

    /**
     * A short text line glued (no blank line) to a photo: right above a caption line or an image-widget token,
     * or right below a photo credit, is the picture's title or caption too. The article's first text line is its
     * title even when a caption follows it.
     */
    private static void markCaptionTitles(List<Unit> units) {
        boolean titleSeen = false;
        for (int i = 0; i < units.size(); i++) {
            Unit u = units.get(i);
            boolean title = !titleSeen && u.kind == LineKind.TEXT;
            titleSeen |= u.kind == LineKind.TEXT;
            if (u.kind != LineKind.TEXT || u.lines.size() != 1 || u.first().words() > SHORT_LINE_MAX_WORDS
                    || endsSentence(u.first().text)) {
                continue;
            }
            Unit next = i + 1 < units.size() ? units.get(i + 1) : null;
            Unit prev = i > 0 ? units.get(i - 1) : null;
            boolean aboveCaption = next != null && !next.first().blankBefore
                    && (next.kind == LineKind.CAPTION || next.kind == LineKind.UI_TOKEN);
            boolean belowCredit = prev != null && !u.first().blankBefore && prev.kind == LineKind.PHOTO_CREDIT;
            if (aboveCaption && !title || belowCredit) {
                u.block = BlockKind.CAPTION;
            }
        }
    }

    /**
     * Everything from an end-of-article marker ("Related Articles", "Leave a comment") or from the next item of a
     * numbered digest ("[02] ...") on is BOILERPLATE, once the article's body has begun.
     */
    private static void markArticleEnd(List<Unit> units) {
        boolean bodySeen = false;
        boolean digest = false;
        for (int i = 0; i < units.size(); i++) {
            Unit u = units.get(i);
            boolean nextItem = u.kind == LineKind.TEXT && DIGEST_ITEM.matcher(u.first().text).find();
            if (bodySeen && (u.kind == LineKind.END_MARKER || nextItem && digest)) {
                for (Unit rest : units.subList(i, units.size())) {
                    rest.block = BlockKind.BOILERPLATE;
                }
                return;
            }
            digest |= nextItem;
            bodySeen |= u.block == BlockKind.BODY;
        }
    }

    /**
     * An "about the outlet" paragraph among the last paragraphs ("Founded in 1931, X is one of the largest news
     * organizations ...") is BOILERPLATE, and so is the outlet-name line just above it.
     */
    private void markOutletDescription(List<Unit> units) {
        for (int i = units.size() - 1; i >= 0; i--) {
            Unit u = units.get(i);
            if (u.block == BlockKind.BOILERPLATE || u.block == BlockKind.BYLINE) {
                continue;
            }
            if (u.block != BlockKind.BODY || !anyFind(outletDescriptions, u.text())) {
                return;
            }
            u.block = BlockKind.BOILERPLATE;
            if (i > 0 && units.get(i - 1).block == BlockKind.HEADLINE) {
                units.get(i - 1).block = BlockKind.BOILERPLATE;
                i--;
            }
        }
    }

    /**
     * A title, section heading or date line: at most 25 words once inline credits are taken out, not starting with
     * a lower-case word ("iTunes" is a name, not a lower-case word), and not ending like a sentence or a clause (".", ",", ";", ":"; closing quotes
     * and brackets are looked through; a trailing "..." is a title's ellipsis).
     */
    private boolean headlineShaped(String s) {
        if (s.length() > HEADLINE_MAX_CHARS + FURNITURE_MAX_CHARS) {
            return false;
        }
        String t = withoutCredits(s).strip();
        String[] words = t.split("\\s+");
        if (t.isEmpty() || t.length() > HEADLINE_MAX_CHARS || words.length > HEADLINE_MAX_WORDS
                || startsLowerCase(t) && words[0].chars().noneMatch(Character::isUpperCase)) {
            return false;
        }
        if (t.endsWith("...") || t.endsWith("...'") || t.endsWith("...\"") || t.endsWith("\u2026")) {
            return true;
        }
        char last = lastSignificant(t);
        return last != '.' && last != ',' && last != ';' && last != ':';
    }

    /** Whether a line ends a sentence: its last char, closing quotes and brackets looked through, is . ! ? or :. */
    private static boolean endsSentence(String s) {
        char last = lastSignificant(s);
        return last == '.' || last == '!' || last == '?' || last == ':';
    }

    private static char lastSignificant(String s) {
        for (int i = s.length() - 1; i >= 0; i--) {
            char c = s.charAt(i);
            if (c != '"' && c != '\'' && c != ')' && c != ']' && !Character.isWhitespace(c)) {
                return c;
            }
        }
        return ' ';
    }

    private static boolean startsLowerCase(String s) {
        return !s.isEmpty() && Character.isLowerCase(s.codePointAt(0));
    }

    /** Whether a line has letters and all of them are capitals ("NEWS IN DETAIL"). */
    private static boolean allCaps(String s) {
        boolean letter = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetter(c)) {
                letter = true;
                if (Character.isLowerCase(c)) {
                    return false;
                }
            }
        }
        return letter;
    }

    // ---------------------------------------------------------------- credits inside blocks

    /**
     * Adds the block {@code span} of kind {@code kind} to {@code out}, with every match of {@code credits} (its group
     * "c" when the pattern has one) cut out as a BYLINE block. Pieces without a letter or digit are dropped.
     */
    private static void split(String norm, Span span, List<Pattern> credits, BlockKind kind, List<Block> out) {
        String s = norm.substring(span.begin(), span.end());
        List<Span> cuts = new ArrayList<>();
        for (Pattern p : credits) {
            Matcher m = p.matcher(s);
            boolean group = p.namedGroups().containsKey("c");
            while (m.find()) {
                int b = group && m.start("c") >= 0 ? m.start("c") : m.start();
                int e = group && m.start("c") >= 0 ? m.end("c") : m.end();
                Span cut = trim(norm, new Span(span.begin() + b, span.begin() + e));
                if (cut.length() > 0 && cuts.stream().noneMatch(c -> c.overlaps(cut))) {
                    cuts.add(cut);
                }
            }
        }
        cuts.sort(Comparator.naturalOrder());
        List<Block> pieces = new ArrayList<>();
        int at = span.begin();
        for (Span cut : cuts) {
            addPiece(norm, new Span(at, cut.begin()), kind, pieces);
            pieces.add(new Block(BlockKind.BYLINE, cut));
            at = cut.end();
        }
        addPiece(norm, new Span(at, span.end()), kind, pieces);
        if (kind == BlockKind.CAPTION && pieces.stream().noneMatch(b -> b.kind() == BlockKind.CAPTION)) {
            out.add(new Block(BlockKind.BYLINE, span));
        } else {
            out.addAll(pieces);
        }
    }

    private static void addPiece(String norm, Span piece, BlockKind kind, List<Block> out) {
        Span t = trim(norm, piece);
        for (int i = t.begin(); i < t.end(); i++) {
            if (Character.isLetterOrDigit(norm.charAt(i))) {
                out.add(new Block(kind, t));
                return;
            }
        }
    }

    private static Span trim(String norm, Span s) {
        int b = s.begin();
        int e = s.end();
        while (b < e && Character.isWhitespace(norm.charAt(b))) {
            b++;
        }
        while (e > b && Character.isWhitespace(norm.charAt(e - 1))) {
            e--;
        }
        return new Span(b, e);
    }

    // ---------------------------------------------------------------- dateline

    private Optional<Dateline> dateline(String norm, List<Block> blocks) {
        int seen = 0;
        for (Block b : blocks) {
            if (b.kind() != BlockKind.BODY) {
                continue;
            }
            Optional<Dateline> d = DatelineReader.read(norm, b.span().begin(), b.span().end());
            if (d.isPresent() || ++seen >= DATELINE_BODY_BLOCKS) {
                return d;
            }
        }
        return Optional.empty();
    }
}
