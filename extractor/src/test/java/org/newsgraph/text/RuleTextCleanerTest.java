package org.newsgraph.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RuleTextCleanerTest {
    private final RuleTextCleaner cleaner = RuleTextCleaner.standard();

    /** Each block as "KIND text", the text taken from the original by the block's span. */
    private List<String> blocks(String text) {
        return cleaner.layout(text).blocks().stream()
                .map(b -> b.kind() + " " + b.span().of(text))
                .toList();
    }

    @Test
    void shortFirstLineIsHeadlineAndSentencesAreBody() {
        assertEquals(List.of(
                "HEADLINE Minister meets envoy in capital",
                "BODY The minister met the envoy on Monday.",
                "BODY They discussed trade."),
                blocks("Minister meets envoy in capital\nThe minister met the envoy on Monday.\nThey discussed trade."));
    }

    @Test
    void titlesWithANameInLowerCaseAYearOrAnEllipsis() {
        assertEquals("HEADLINE iTunes now selling charity song",
                blocks("iTunes now selling charity song\n\nThe song is on sale.").getFirst());
        assertEquals("HEADLINE Holiday sales worst since 1981",
                blocks("Holiday sales worst since 1981\n\nSales fell.").getFirst());
        assertEquals("HEADLINE Rivals of the cheap computer...",
                blocks("Rivals of the cheap computer...\n\nIt is cheap.").getFirst());
        assertEquals("BODY they said it was cheap",
                blocks("they said it was cheap\n\nIt is cheap.").getFirst());
    }

    @Test
    void shortLineEndingLikeASentenceIsNotAHeadline() {
        assertEquals(List.of("BODY Talks ended.", "BODY The envoy left on Tuesday."),
                blocks("Talks ended.\n\nThe envoy left on Tuesday."));
    }

    @Test
    void sectionHeadingInsideTheArticleIsAHeadline() {
        assertEquals(List.of(
                "BODY The envoy arrived in the city on Monday.",
                "HEADLINE Surprise visit to the north",
                "BODY He then flew north to meet the governor."),
                blocks("The envoy arrived in the city on Monday.\n\nSurprise visit to the north\n\n"
                        + "He then flew north to meet the governor."));
    }

    @Test
    void hardWrappedParagraphIsOneBlock() {
        String text = """
                The foreign ministers of the alliance will hold a meeting with
                their counterpart from the east since the crisis of last year, the
                spokesman said on Tuesday. The minister of the east repeated
                his view that the alliance made a mistake.
                Earlier the chairman said little.
                """;
        List<String> b = blocks(text);
        assertEquals(2, b.size(), b.toString());
        assertTrue(b.get(0).startsWith("BODY The foreign ministers") && b.get(0).endsWith("made a mistake."),
                b.get(0));
        assertEquals("BODY Earlier the chairman said little.", b.get(1));
    }

    @Test
    void wrappedLineBreakInsideANameJoinsInAWrappedArticle() {
        String text = """
                At this meeting, the Secretary of State of the union
                said she hopes to change the minds of her fellow
                ministers about the defence plan. The Secretary, Jane
                Roe, spoke for an hour about the plan.
                """;
        List<String> b = blocks(text);
        assertEquals(1, b.size(), b.toString());
        assertTrue(b.getFirst().contains("Jane\nRoe"), b.getFirst());
    }

    @Test
    void oneParagraphPerLineIsNotJoined() {
        String text = "Protests broke out across the region on Sunday as the minister arrived for talks\n"
                + "The minister said he would meet the opposition leader later in the week to discuss a truce.\n"
                + "Officials did not say where the meeting would be held.";
        List<String> b = blocks(text);
        assertEquals(List.of(
                "HEADLINE Protests broke out across the region on Sunday as the minister arrived for talks",
                "BODY The minister said he would meet the opposition leader later in the week to discuss a truce.",
                "BODY Officials did not say where the meeting would be held."), b);
    }

    @Test
    void listItemsAreNeverJoined() {
        String text = """
                MAIN HEADLINES
                - Minister to visit the capital for talks about trade and the new border treaty
                - Opposition concerned over developments in the relations with the neighbours
                - Weather
                """;
        assertEquals(List.of("HEADLINE MAIN HEADLINES",
                "HEADLINE - Minister to visit the capital for talks about trade and the new border treaty",
                "HEADLINE - Opposition concerned over developments in the relations with the neighbours",
                "HEADLINE - Weather"), blocks(text));
    }

    @Test
    void siteFurnitureIsBoilerplate() {
        String[] furniture = {"Advertisement", "Leave a comment", "Leave a Reply",
                "Your email address will not be published.", "Share", "Share this: Twitter", "info_icon",
                "1 min read", "3 Min Read", "Hot word :", "Our standards: The Trust Principles.",
                "Posted  Monday, October 31   2016 at  12:27", "Updated: 20-09-2019 18:51 IST",
                "http://example.com/image/view/photo.jpg", "editor@example.org", "Broward 523-5463",
                "photo_2023.jpg", "00:55", "Click to follow", "Back to Top", "Enter your email address:",
                "All rights reserved.", "More by this Author", "Go to video", "COUNTRY : Mexico",
                "World, News, Politics No Comments on Minister meets envoy", "Compact version |",
                "Tuesday, 26 November 2024 | ||"};
        for (String f : furniture) {
            String text = "The minister met the envoy on Monday.\n" + f;
            assertEquals("BOILERPLATE " + f, blocks(text).getLast(), f);
        }
    }

    @Test
    void ordinaryLinesThatResembleFurnitureAreNot() {
        assertEquals(List.of("HEADLINE Shares in the airline fall sharply",
                        "BODY There were no comments on the plan from the ministry."),
                blocks("Shares in the airline fall sharply\n\nThere were no comments on the plan from the ministry."));
        assertEquals(List.of("BODY Published in 1990, the report was cited by the minister during the debate."),
                blocks("Published in 1990, the report was cited by the minister during the debate."));
    }

    @Test
    void scrapedMenuOfGluedWordsIsBoilerplate() {
        assertEquals("BOILERPLATE WorldBusinessMarketsSustainabilityLegal Tech",
                blocks("WorldBusinessMarketsSustainabilityLegal Tech\nMinister meets envoy").getFirst());
        assertEquals("HEADLINE McDonald's opens on YouTube in McLean",
                blocks("McDonald's opens on YouTube in McLean\nThe chain said so.").getFirst());
    }

    @Test
    void everythingAfterAnEndMarkerIsBoilerplate() {
        String text = """
                The minister met the envoy on Monday.

                Related Articles

                Minister visits the border

                The institute is a forum focusing on security issues. Write to us.
                """;
        assertEquals(List.of("BODY The minister met the envoy on Monday.",
                "BOILERPLATE Related Articles",
                "BOILERPLATE Minister visits the border",
                "BOILERPLATE The institute is a forum focusing on security issues. Write to us."), blocks(text));
    }

    @Test
    void endMarkerBeforeTheBodyDoesNotSwallowTheArticle() {
        assertEquals(List.of("BOILERPLATE Share this", "BODY The minister met the envoy on Monday."),
                blocks("Share this\n\nThe minister met the envoy on Monday."));
    }

    @Test
    void outletDescriptionAtTheEndIsBoilerplate() {
        String text = """
                The minister met the envoy on Monday.

                Example News Agency

                Founded in 1950, Example News Agency is one of the largest news organizations in the region.
                """;
        assertEquals(List.of("BODY The minister met the envoy on Monday.",
                "BOILERPLATE Example News Agency",
                "BOILERPLATE Founded in 1950, Example News Agency is one of the largest news organizations in the "
                        + "region."), blocks(text));
    }

    @Test
    void outletDescriptionInTheMiddleOfTheStoryStaysBody() {
        String text = """
                Founded in 1950, the agency is one of the largest news organizations in the region.

                Its director met the minister on Monday.
                """;
        assertTrue(blocks(text).stream().allMatch(b -> b.startsWith("BODY")), blocks(text).toString());
    }

    @Test
    void bylinesAndCreditLines() {
        String[] credits = {"By Jane Doe", "BY NEWSDESK*", "By Example Chronicle Staff", "Example Wire Staff",
                "(Reporting by Jane Doe; Editing by John Roe)", "(XY, Agencies)", "(* AB contributed to this story.)",
                "J.Doe--XY", "Source: State radio in English 1300 gmt 8 Sep 06", "Image Credit: Wikipedia",
                "Example Shimbun file photo"};
        for (String c : credits) {
            assertEquals("BYLINE " + c, blocks(c + "\n\nThe minister met the envoy on Monday.").getFirst(), c);
        }
    }

    @Test
    void aSentenceStartingWithByIsNotAByline() {
        assertEquals("BODY By 2030, the plan will cover the whole country.",
                blocks("By 2030, the plan will cover the whole country.").getFirst());
        assertEquals("BODY By the end of the talks, they agreed.",
                blocks("By the end of the talks, they agreed.").getFirst());
    }

    @Test
    void creditsAtTheEndOfAParagraphAreCutOut() {
        assertEquals(List.of("BODY The economy fell back into recession.",
                        "BYLINE (Reporting by Jane Doe, editing by John Roe)"),
                blocks("The economy fell back into recession. (Reporting by Jane Doe, editing by John Roe)"));
        assertEquals(List.of("BODY He went on to meet the chairman.", "BYLINE - Reuter"),
                blocks("He went on to meet the chairman. - Reuter"));
        assertEquals(List.of("BODY Such systems are barred.", "BYLINE (Signed)"),
                blocks("Such systems are barred. (Signed)"));
    }

    @Test
    void aDashInsideASentenceIsNotASignOff() {
        assertEquals(List.of("BODY The minister said - rather sharply - that the Talks failed."),
                blocks("The minister said - rather sharply - that the Talks failed."));
    }

    @Test
    void reporterHandOverSentenceIsAByline() {
        assertEquals(List.of("BODY The president met the vice president last night.",
                        "BYLINE Jane Doe reports from Washington.", "BODY The talks were good."),
                blocks("The president met the vice president last night. Jane Doe reports from Washington. "
                        + "The talks were good."));
    }

    @Test
    void captionWithPositionMarkAndCreditSplitsOffTheCredit() {
        assertEquals(List.of("HEADLINE Leaders agree on truce",
                "CAPTION The president (R) shakes hands with the minister in the capital on Nov. 5, 2023.",
                "BYLINE (Presidency Office/Handout via Example)",
                "BODY The two leaders agreed on a truce."), blocks("""
                Leaders agree on truce
                The president (R) shakes hands with the minister in the capital on Nov. 5, 2023. \
                (Presidency Office/Handout via Example)
                The two leaders agreed on a truce."""));
    }

    @Test
    void captionWithPhotoCreditAfterTheText() {
        assertEquals(List.of("CAPTION The president (right) and the minister in the capital on November 5",
                        "BYLINE Photo: Example Wire", "BODY They met."),
                blocks("The president (right) and the minister in the capital on November 5 Photo: Example Wire\n"
                        + "They met."));
        assertEquals(List.of("CAPTION The Kremlin in Moscow, 21 October 2024.", "BYLINE Photo: AB-CD / JANE DOE"),
                blocks("The Kremlin in Moscow, 21 October 2024. Photo: AB-CD / JANE DOE"));
    }

    @Test
    void aParenthesisWithoutPhotoWordsIsNotACaptionCredit() {
        assertEquals(List.of("HEADLINE Minister speaks",
                        "BODY The minister said so in a long post on the site on Monday, and then a statement by the "
                                + "ministry followed it later in the evening (via his spokesman)"),
                blocks("Minister speaks\nThe minister said so in a long post on the site on Monday, and then a "
                        + "statement by the ministry followed it later in the evening (via his spokesman)"));
    }

    @Test
    void shortLinesGluedToAPhotoAreCaptions() {
        assertEquals(List.of("HEADLINE Minister arrives", "CAPTION Secretary of State Jane Doe", "BOILERPLATE info_icon",
                "BODY She arrived on Monday."),
                blocks("Minister arrives\n\nSecretary of State Jane Doe\ninfo_icon\n\nShe arrived on Monday."));
        assertEquals(List.of("BODY They met.", "CAPTION The minister with foreign envoys",
                "CAPTION The minister meets with envoys in the capital.", "BYLINE (Image Credit: Twitter/@example)"),
                blocks("They met.\nThe minister with foreign envoys\n"
                        + "The minister meets with envoys in the capital. (Image Credit: Twitter/@example)"));
        assertEquals(List.of("BYLINE Example Shimbun file photo", "CAPTION President Jane Doe",
                "BODY She spoke on Monday."), blocks("Example Shimbun file photo\nPresident Jane Doe\n\nShe spoke on Monday."));
    }

    @Test
    void aShortLineAboveBodyTextIsNotACaption() {
        assertEquals("HEADLINE Secretary of State Jane Doe",
                blocks("Secretary of State Jane Doe\nShe arrived on Monday.").getFirst());
    }

    @Test
    void pipeSeparatedHeaderIsReadPartByPart() {
        assertEquals(List.of("HEADLINE February 12, 1997", "BYLINE By JANE DOE The Example Times",
                "BODY The talks began."), blocks("February 12, 1997|By JANE DOE The Example Times\n\nThe talks began."));
    }

    @Test
    void nextItemOfANumberedDigestIsBoilerplate() {
        String text = """
                [01] MINISTERS MEET TEXT: The ministers meet on Wednesday.
                [02] MARKETS TEXT: Stock prices were lower today.
                """;
        assertEquals(List.of("BODY [01] MINISTERS MEET TEXT: The ministers meet on Wednesday.",
                "BOILERPLATE [02] MARKETS TEXT: Stock prices were lower today."), blocks(text));
    }

    @Test
    void aSingleBracketedNumberIsNotADigest() {
        assertEquals(List.of("BODY The ministers meet on Wednesday.", "BODY [2] The treaty was signed in 1990."),
                blocks("The ministers meet on Wednesday.\n[2] The treaty was signed in 1990."));
    }

    @Test
    void spansAreOffsetsOfTheOriginalWithCrLfLineEnds() {
        String text = "Leaders\u2019 talks\r\n\r\n\u201cWe agree,\u201d he said.\r\n";
        List<String> b = blocks(text);
        assertEquals(List.of("HEADLINE Leaders\u2019 talks", "BODY \u201cWe agree,\u201d he said."), b);
    }

    @Test
    void datelineShapes() {
        assertDateline("AQABA, JORDAN - The minister said.", "AQABA, JORDAN -", "AQABA, JORDAN", null);
        assertDateline("MILAN, Aug 13 (Reuters) - The minister said.", "MILAN, Aug 13 (Reuters) -", "MILAN",
                "Aug 13");
        assertDateline("Oct 11 (Reuters) \u2013 The minister said.", "Oct 11 (Reuters) \u2013", null, "Oct 11");
        assertDateline("Tokyo, March 11 (Jiji Press)--The minister said.", "Tokyo, March 11 (Jiji Press)--", "Tokyo",
                "March 11");
        assertDateline("LIMA, Peru \u2014 The minister said.", "LIMA, Peru \u2014", "LIMA, Peru", null);
        assertDateline("WASHINGTON (AP) \u2014 The minister said.", "WASHINGTON (AP) \u2014", "WASHINGTON", null);
    }

    @Test
    void datelineIsPartOfTheFirstBodyBlock() {
        String text = "Minister visits\n\nMILAN, Aug 13 (Reuters) - The minister said.";
        ArticleLayout layout = cleaner.layout(text);
        Dateline d = layout.dateline().orElseThrow();
        Block body = layout.blocks().get(1);
        assertEquals(BlockKind.BODY, body.kind());
        assertTrue(body.span().contains(d.span()));
    }

    @Test
    void sentencesThatOnlyLookLikeDatelinesAreNot() {
        assertFalse(cleaner.layout("Israel - the country at the centre of the talks - agreed.").dateline().isPresent());
        assertFalse(cleaner.layout("US - China trade talks resumed on Monday.").dateline().isPresent());
        assertFalse(cleaner.layout("The talks - held in Rome - ended.").dateline().isPresent());
    }

    private void assertDateline(String text, String span, String place, String date) {
        Dateline d = cleaner.layout(text).dateline().orElseThrow(() -> new AssertionError("no dateline: " + text));
        assertEquals(span, d.span().of(text));
        assertEquals(Optional.ofNullable(place), d.place().map(s -> s.of(text)));
        assertEquals(Optional.ofNullable(date), d.date().map(s -> s.of(text)));
    }
}
