package org.newsgraph.date;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.newsgraph.nlp.OpenNlpAnnotator;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.source.Article;
import org.newsgraph.source.ArticleMeta;
import org.newsgraph.text.ArticleLayout;
import org.newsgraph.text.RuleTextCleaner;

class RuleDateFinderTest {
    private static List<DateMention> find(String text, String published) {
        ArticleMeta meta = new ArticleMeta(Optional.ofNullable(published).map(LocalDate::parse), Optional.empty(),
                Optional.empty(), Optional.empty());
        Article article = new Article("t", "t.txt", text, meta, "hash");
        ArticleLayout layout = RuleTextCleaner.standard().layout(text);
        List<Sentence> sentences = OpenNlpAnnotator.shared().annotate(text, layout);
        return RuleDateFinder.standard().find(article, layout, sentences);
    }

    /** Each mention as "text=value basis". */
    private static List<String> dates(String text, String published) {
        return find(text, published).stream().map(d -> d.text() + "=" + d.value() + " " + d.basis()).toList();
    }

    private static String only(String text, String published) {
        List<String> d = dates(text, published);
        assertEquals(1, d.size(), d.toString());
        return d.getFirst();
    }

    // ------------------------------------------------------------------ explicit

    @Test
    void explicitDates() {
        assertEquals("Nov. 5, 2023=2023-11-05 EXPLICIT", only("They met on Nov. 5, 2023.", null));
        assertEquals("November 5, 2023=2023-11-05 EXPLICIT", only("They met on November 5, 2023.", null));
        assertEquals("5 November 2023=2023-11-05 EXPLICIT", only("They met on 5 November 2023.", null));
        assertEquals("2023-11-05=2023-11-05 EXPLICIT", only("They met on 2023-11-05.", null));
        assertEquals("Saturday 16 December 1995=1995-12-16 EXPLICIT", only("Saturday 16 December 1995", null));
        assertEquals("September 08, 2006=2006-09-08 EXPLICIT", only("It was September 08, 2006.", null));
    }

    @Test
    void numericDatesUseUsOrderWithSlashesAndDayFirstWithDots() {
        assertEquals("5/23/2000=2000-05-23 EXPLICIT", only("The report is dated 5/23/2000 in the file.", null));
        assertEquals("5/23/2000=2000-05-23 EXPLICIT",
                only("[01] MINISTERS BY JANE DOE (ROME)DATE=5/23/2000TYPE=REPORT TEXT: They met.", null));
        assertEquals("18/04/1997=1997-04-18 EXPLICIT", only("Athens, Greece, 18/04/1997 (ANA)", null));
        assertEquals("21.08.2019=2019-08-21 EXPLICIT", only("14:05, 21.08.2019", null));
    }

    @Test
    void monthYearAndYears() {
        assertEquals("March 2023=2023-03 EXPLICIT", only("The deal was signed in March 2023.", null));
        assertEquals(List.of("1967=1967 EXPLICIT"), dates("Israel took the heights in the 1967 war.", null));
        assertEquals(List.of("2014=2014 EXPLICIT"), dates("He has led the party since 2014.", null));
        assertEquals(List.of("2007=2007 EXPLICIT", "2015=2015 EXPLICIT"),
                dates("She was president between 2007 and 2015.", null));
    }

    @Test
    void numbersThatAreNotYears() {
        assertEquals(List.of(), dates("More than 1,400 people died and 2000 troops were sent.", null));
        assertEquals(List.of(), dates("The 2000 troops arrived at the border.", null));
        assertEquals(List.of(), dates("The broadcast was at 1300 gmt and 9,770 people watched.", null));
        assertEquals(List.of(), dates("Prices rose in the 1990s.", null));
        assertEquals(List.of(), dates("It is shown from 1130 to 1215 GMT and by 1700 local time.", null));
    }

    // ------------------------------------------------------------------ partial dates and their year

    @Test
    void partialDatesTakeTheYearNearestThePublishedDate() {
        String published = "2023-11-10";
        assertEquals("November 5=2023-11-05 YEAR_FROM_CONTEXT", only("They met on November 5.", published));
        assertEquals("Nov. 5=2023-11-05 YEAR_FROM_CONTEXT", only("They met on Nov. 5.", published));
        assertEquals("5 November=2023-11-05 YEAR_FROM_CONTEXT", only("They met on 5 November.", published));
        assertEquals("3 November=2023-11-03 YEAR_FROM_CONTEXT", only("They met on 3 November.", published));
        assertEquals("September 04=2023-09-04 YEAR_FROM_CONTEXT", only("They met on September 04.", published));
        assertEquals("Oct. 18=2023-10-18 YEAR_FROM_CONTEXT", only("He went there on Oct. 18.", published));
        assertEquals("November 7-8=2023-11-07 YEAR_FROM_CONTEXT",
                only("The meeting is to be held on November 7-8.", published));
    }

    @Test
    void nearestYearCrossesTheNewYearAndIgnoresTense() {
        assertEquals("December 30=2023-12-30 YEAR_FROM_CONTEXT", only("They met on December 30.", "2024-01-02"));
        assertEquals("January 3=2024-01-03 YEAR_FROM_CONTEXT", only("They will meet on January 3.", "2023-12-30"));
        assertEquals("November 6=2023-11-06 YEAR_FROM_CONTEXT", only("They met on November 6.", "2023-11-05"));
    }

    @Test
    void aLeapDayFarFromALeapYearStaysPartial() {
        assertEquals("February 29=--02-29 PARTIAL", only("They met on February 29.", "2018-06-01"));
        assertEquals("February 29=2020-02-29 YEAR_FROM_CONTEXT", only("They met on February 29.", "2020-06-01"));
    }

    @Test
    void withoutAnyAnchorPartialDatesStayPartialAndWeekdaysAreLeftOut() {
        assertEquals(List.of("November 6=--11-06 PARTIAL"),
                dates("They met on November 6. He left on Sunday and returned yesterday.", null));
    }

    @Test
    void theLatestExplicitDateAnchorsWhenThereIsNoPublishedDate() {
        String text = "Leaders meet\n\nThe president (R) shakes hands with the minister on Nov. 5, 2023. "
                + "(Presidency/Handout via Example)\n\nThe minister rejected the request on Sunday. "
                + "The war began on Oct. 7.";
        assertEquals(List.of("Nov. 5, 2023=2023-11-05 EXPLICIT", "Sunday=2023-11-05 RELATIVE_TO_PUBLISHED",
                "Oct. 7=2023-10-07 YEAR_FROM_CONTEXT"), dates(text, null));
    }

    @Test
    void aDatelineWithAYearAnchorsBeforeOtherDates() {
        String text = "MILAN, Aug 13, 2014 (Reuters) - The minister said on Wednesday that the 2013 plan of "
                + "September 1, 2015 stands.";
        List<String> d = dates(text, null);
        assertTrue(d.contains("Wednesday=2014-08-13 RELATIVE_TO_PUBLISHED"), d.toString());
    }

    @Test
    void thePublishedDateWinsAndBoilerplateDatesNeverAnchor() {
        String text = "Compact version |\nTuesday, 26 November 2024 | ||\n\nThe ministers met on Monday.";
        assertEquals(List.of("Monday=2000-05-22 RELATIVE_TO_PUBLISHED"), dates(text, "2000-05-23"));
        assertEquals(List.of(), dates(text, null));
    }

    // ------------------------------------------------------------------ relative to the published date

    @Test
    void daysCountedFromThePublishedDate() {
        String published = "2024-11-11";
        assertEquals("today=2024-11-11 RELATIVE_TO_PUBLISHED", only("The Kremlin on today denied it.", published));
        assertEquals("yesterday=2024-11-10 RELATIVE_TO_PUBLISHED", only("The paper reported yesterday.", published));
        assertEquals("last night=2024-11-10 RELATIVE_TO_PUBLISHED", only("He met her last night.", published));
        assertEquals("tonight=2024-11-11 RELATIVE_TO_PUBLISHED", only("He speaks tonight.", published));
        assertEquals("tomorrow=2024-11-12 RELATIVE_TO_PUBLISHED", only("He leaves tomorrow.", published));
        assertEquals("later today=2024-11-11 RELATIVE_TO_PUBLISHED",
                only("They will brief the press later today.", published));
        assertEquals("Today=2024-11-11 RELATIVE_TO_PUBLISHED", only("Today in Brussels, they met.", published));
    }

    @Test
    void aCapitalisedTodayInsideASentenceIsAName() {
        assertEquals(List.of(), dates("He told USA Today and the Today programme about it.", "2024-11-11"));
    }

    @Test
    void weekdaysInThePastAreOnOrBeforeThePublishedDate() {
        // 2023-10-12 is a Thursday
        assertEquals("Wednesday=2023-10-11 RELATIVE_TO_PUBLISHED", only("They spoke on Wednesday.", "2023-10-12"));
        assertEquals("Thursday=2023-10-12 RELATIVE_TO_PUBLISHED", only("They spoke on Thursday.", "2023-10-12"));
        assertEquals("Friday night=2023-10-06 RELATIVE_TO_PUBLISHED",
                only("He had dinner with her on Friday night.", "2023-10-12"));
        assertEquals("Tuesday's=2023-10-10 RELATIVE_TO_PUBLISHED",
                only("The guarantors took part in Tuesday's talks.", "2023-10-12"));
        assertEquals("Saturday=2023-10-07 RELATIVE_TO_PUBLISHED", only("Annan met Assad Saturday in Damascus.",
                "2023-10-12"));
    }

    @Test
    void weekdaysInAFutureClauseAreOnOrAfterThePublishedDate() {
        // 2019-09-20 is a Friday
        assertEquals("later on Friday=2019-09-20 RELATIVE_TO_PUBLISHED",
                only("He said he would discuss it when he met her later on Friday.", "2019-09-20"));
        assertEquals("Monday=2019-09-23 RELATIVE_TO_PUBLISHED", only("They will meet on Monday.", "2019-09-20"));
        assertEquals("Monday=2019-09-23 RELATIVE_TO_PUBLISHED",
                only("The minister is due to meet his counterpart on Monday.", "2019-09-20"));
        assertEquals("Tuesday=2019-09-24 RELATIVE_TO_PUBLISHED",
                only("The talks are scheduled for Tuesday.", "2019-09-20"));
        assertEquals("next Friday=2019-09-27 RELATIVE_TO_PUBLISHED", only("They meet next Friday.", "2019-09-20"));
        assertEquals("last Friday=2019-09-13 RELATIVE_TO_PUBLISHED",
                only("They met last Friday.", "2019-09-20"));
    }

    @Test
    void eachWeekdayTakesTheTenseOfItsOwnClause() {
        // 2023-11-08 is a Wednesday
        assertEquals(List.of("Monday=2023-11-06 RELATIVE_TO_PUBLISHED", "Friday=2023-11-10 RELATIVE_TO_PUBLISHED"),
                dates("He said on Monday that he will meet her on Friday.", "2023-11-08"));
    }

    @Test
    void weeksAreNeverGivenADay() {
        assertEquals(List.of(), dates("They spoke last week and will speak next week or this week.", "2023-11-08"));
    }

    @Test
    void monthsAloneTakeTheirYearFromTense() {
        assertEquals("March=2023-03 YEAR_FROM_CONTEXT",
                only("The two countries agreed to resume relations in March under a deal.", "2023-10-11"));
        assertEquals("January=2020-01 YEAR_FROM_CONTEXT",
                only("He is due to meet the president-elect, who will take office in January.", "2019-09-20"));
        assertEquals("May this year=2020-05 RELATIVE_TO_PUBLISHED",
                only("The row erupted in May this year.", "2020-09-05"));
        assertEquals("last month=1995-11 RELATIVE_TO_PUBLISHED",
                only("They recalled last month's assassination.", "1995-12-16"));
        assertEquals("this year=2023 RELATIVE_TO_PUBLISHED", only("He may not visit this year.", "2023-12-01"));
    }

    // ------------------------------------------------------------------ relative to the text

    @Test
    void daysCountedFromTheDateStatedLast() {
        String text = "The minister will visit Bonn on 24 April. Later the same day, he will meet the leader. "
                + "The following day, he will get a doctorate. A day earlier, he had met the press. "
                + "Two days later, he left.";
        assertEquals(List.of("24 April=1997-04-24 YEAR_FROM_CONTEXT", "the same day=1997-04-24 RELATIVE_TO_TEXT",
                "The following day=1997-04-25 RELATIVE_TO_TEXT", "A day earlier=1997-04-24 RELATIVE_TO_TEXT",
                "Two days later=1997-04-26 RELATIVE_TO_TEXT"), dates(text, "1997-04-18"));
    }

    @Test
    void theSameDayAfterAPartialDateStaysPartial() {
        assertEquals(List.of("November 4=--11-04 PARTIAL", "The same day=--11-04 RELATIVE_TO_TEXT"),
                dates("Turkey recalled its envoy on November 4. The same day, the president spoke.", null));
    }

    @Test
    void daysCountedFromAnEventAreNotRead() {
        assertEquals(List.of("Thursday=2024-11-07 RELATIVE_TO_PUBLISHED"),
                dates("They spoke on Thursday, just two days after the elections.", "2024-11-11"));
        assertEquals(List.of(), dates("He arrived the day after the vote.", "2024-11-11"));
        assertEquals(List.of(), dates("She died 10 days after being born.", "2024-11-11"));
        assertEquals(List.of(), dates("The last year has been good.", "2024-11-11"));
    }

    // ------------------------------------------------------------------ words that are not dates

    @Test
    void mayAndMarchAsWordsAreNotMonths() {
        assertEquals(List.of(), dates("May he go? They may march to the square.", "2023-11-08"));
        assertEquals(List.of(), dates("He held talks with May and a letter from May arrived.", "2023-11-08"));
        assertEquals(List.of("May=2023-05 YEAR_FROM_CONTEXT"), dates("They may meet again, as in May.", "2023-11-08"));
    }

    @Test
    void weekdaysInNamesAreNotDates() {
        assertEquals(List.of(), dates("The Sunday Times reported that Good Friday was calm.", "2023-11-08"));
    }

    @Test
    void aDateBeforeANounIsStillADate() {
        assertEquals("Oct. 7=2023-10-07 YEAR_FROM_CONTEXT", only("Hostages were taken in the Oct. 7 attack.",
                "2023-11-05"));
    }

    @Test
    void mentionsCarryTheirSentenceAndOriginalText() {
        String text = "Leaders meet\n\nThey met on Nov.\u00a05. Then they left.\n\nThey spoke again on Sunday.";
        List<DateMention> d = find(text, "2023-11-12");
        assertEquals(2, d.size(), d.toString());
        assertEquals("Nov.\u00a05", d.get(0).text());
        assertEquals(1, d.get(0).sentence());
        assertEquals("Nov.\u00a05", d.get(0).span().of(text));
        assertEquals(3, d.get(1).sentence());
        assertEquals("2023-11-12", d.get(1).value().toString());
    }
}
