package org.newsgraph.mention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.lexicon.EntryCategory;
import org.newsgraph.nlp.Sentence;

class EntityFinderTest {
    private static final EntityFinder FINDER = new EntityFinder();

    private static List<EntityMention> find(String text) {
        return FINDER.find(TestSentences.sentence(text), text);
    }

    /** "surface=key" for each mention, with "(demonym)" marked. */
    private static List<String> found(String text) {
        List<String> out = new ArrayList<>();
        for (EntityMention m : find(text)) {
            out.add(m.mention().text() + "=" + m.entity().key() + (m.demonym() ? "(demonym)" : ""));
        }
        return out;
    }

    @Test
    void mentionsCarryKindKeySpanAndSentence() {
        String text = "The talks in Amman, Jordan, were hosted by UNRWA.";
        Sentence s = TestSentences.sentence(text, 0, text.length(), 7);
        List<EntityMention> ms = FINDER.find(s, text);
        assertEquals(3, ms.size());
        EntityMention amman = ms.get(0);
        assertEquals(MentionKind.PLACE, amman.mention().kind());
        assertEquals("city/amman", amman.mention().ref());
        assertEquals(new EntityRef(EntityType.CITY, "city/amman", "Amman"), amman.entity());
        assertEquals(7, amman.mention().sentence());
        assertEquals("Amman", amman.mention().span().of(text));
        assertEquals(3, amman.startToken());
        assertEquals(4, amman.endToken());
        assertEquals(MentionKind.PLACE, ms.get(1).mention().kind());
        assertEquals(MentionKind.ORGANIZATION, ms.get(2).mention().kind());
        assertEquals("org/unrwa", ms.get(2).mention().ref());
    }

    @Test
    void demonymBeforeATitleIsItsCountry() {
        assertEquals(List.of("Turkish=country/tr(demonym)"), found("He will meet Turkish Foreign Minister Ali Kaya."));
        assertEquals(List.of("Palestinian=country/ps(demonym)"), found("Palestinian President Mahmoud Abbas spoke."));
    }

    @Test
    void possessiveLeavesTheNameAlone() {
        List<EntityMention> ms = find("Israel’s Prime Minister spoke to Jordan's king.");
        assertEquals(List.of("Israel", "Jordan"), ms.stream().map(m -> m.mention().text()).toList());
    }

    @Test
    void hyphenCompoundsAreSplitIntoSubMentions() {
        String text = "the Israel-Hamas war and U.S.-Turkish ties";
        List<EntityMention> ms = find(text);
        assertEquals(List.of("Israel=country/il", "Hamas=org/hamas", "U.S.=country/us", "Turkish=country/tr(demonym)"),
                found(text));
        assertEquals(ms.get(0).startToken(), ms.get(1).startToken());
        assertEquals(ms.get(0).endToken(), ms.get(1).endToken());
        assertEquals(new org.newsgraph.text.Span(text.indexOf("Hamas"), text.indexOf("Hamas") + 5),
                ms.get(1).mention().span());
    }

    @Test
    void regionCityAndCityCountry() {
        assertEquals(List.of("West Bank=region/west-bank", "Ramallah=city/ramallah"),
                found("Blinken met Abbas in the West Bank city of Ramallah on Sunday."));
        assertEquals(List.of("Amman=city/amman", "Jordan=country/jo"), found("The summit in Amman, Jordan, ended."));
    }

    @Test
    void placeNamesInsidePersonNamesAreNotPlaces() {
        assertEquals(List.of(), found("Israel Katz said the talks would go on."));
        assertEquals(List.of(), found("Jordan Henderson scored twice."));
        assertEquals(List.of(), found("The coach praised Michael Jordan yesterday."));
        assertEquals(List.of(), found("Mr Jordan and Mrs Paris were not there."));
        assertEquals(List.of(), found("Paris Hilton arrived late."));
        assertEquals(List.of(), found("The wife of Israel Katz spoke."));
        assertEquals(List.of("Mexican=country/mx(demonym)", "Fox News=org/fox-news"),
                found("Mexican President Vicente Fox met Michael Bloomberg, and Fox News reported it."));
        assertEquals(List.of("Israel=country/il"), found("President of Israel Isaac Herzog spoke."));
    }

    @Test
    void placeNamesBeforeTitlesDatesAndBodiesStayPlaces() {
        assertEquals(List.of("Jordan=country/jo"), found("Jordan said on Monday it would reopen the border."));
        assertEquals(List.of("Israel=country/il"), found("Israel Defence Minister Ali Kaya spoke."));
        assertEquals(List.of("Kenya=country/ke", "Ports Authority=org/kenya-ports-authority"),
                found("The Kenya Ports Authority said exports rose."));
        assertEquals(List.of("Japan=country/jp"), found("Japan Tuesday marked the anniversary."));
    }

    @Test
    void genericBodyNextToItsCountryIsThatCountrysBody() {
        assertEquals(List.of("Turkish=country/tr(demonym)", "Foreign Ministry=org/turkey-foreign-ministry"),
                found("A Turkish Foreign Ministry spokesperson said."));
        assertEquals(List.of("Foreign Ministry=org/qatar-foreign-ministry", "Qatar=country/qa"),
                found("The Foreign Ministry of Qatar said."));
        assertEquals(List.of("Israel=country/il", "Defence Ministry=org/israel-defence-ministry"),
                found("Israel’s Defence Ministry said."));
        assertEquals(List.of("U.S.=country/us", "Defense Ministry=org/pentagon"), found("The U.S. Defense Ministry said."));
        assertEquals(List.of("Foreign Ministry=org/foreign-ministry"), found("The Foreign Ministry said."));
    }

    @Test
    void nationalPartyNamesFollowTheCountryBeforeThem() {
        assertEquals(List.of("Democratic Party=org/democrats-us"), found("The Democratic Party won."));
        assertEquals(List.of("South Korea=country/kr", "Democratic Party=org/kr-democratic-party"),
                found("South Korea's Democratic Party won."));
    }

    @Test
    void organisationsFromHeadWords() {
        assertEquals(List.of("Ministry of Water and Irrigation=org/ministry-of-water-and-irrigation"),
                found("The Ministry of Water and Irrigation said."));
        assertEquals(List.of("University of Nairobi=org/university-of-nairobi"),
                found("She studied at the University of Nairobi last year."));
        assertEquals(List.of("Mothers for Clean Air=org/mothers-for-clean-air"),
                found("Mothers for Clean Air protested outside."));
        assertEquals(List.of("Nation Media Group=org/daily-nation"), found("The Nation Media Group reported it."));
        assertEquals(List.of("Kenya=country/ke", "Ports Authority=org/kenya-ports-authority",
                "Ministry of Health=org/health-ministry", "Nairobi=city/nairobi", "Hospital=place/nairobi-hospital"),
                found("The Kenya Ports Authority and the Ministry of Health met at Nairobi Hospital."));
    }

    @Test
    void titlesAreNotOrganisations() {
        assertEquals(List.of(), found("Secretary of State Antony Blinken met Prime Minister John Smith."));
        assertEquals(List.of("European Commission=org/european-commission"),
                found("President of the European Commission Ursula von der Leyen spoke."));
    }

    @Test
    void facilitiesKeepTheirCityAndVenuesGiveTheirCity() {
        assertEquals(List.of("Asmara=city/asmara", "International Airport=place/asmara-international-airport"),
                found("He arrived at Asmara International Airport today."));
        assertEquals(List.of("Hotel Metropol=place/hotel-metropol"), found("They met at the Hotel Metropol."));
        List<EntityMention> oval = find("Biden received him in the Oval Office on Thursday.");
        assertEquals(1, oval.size());
        assertEquals("Oval Office", oval.get(0).mention().text());
        assertEquals("city/washington", oval.get(0).entity().key());
        assertEquals(MentionKind.PLACE, oval.get(0).mention().kind());
    }

    @Test
    void eventsAndIslandsAreNotPersons() {
        assertEquals(List.of("New York City=city/new-york", "Marathon=org/new-york-city-marathon",
                "Liberty Island=region/liberty-island"), found("After the New York City Marathon she visited Liberty Island."));
        assertEquals(List.of("Paris Agreement=org/paris-agreement"), found("They left the Paris Agreement in 2017."));
    }

    @Test
    void placeAfterACityOfAnotherCountryIsItsNamesake() {
        assertEquals(List.of("Atlanta=city/atlanta", "Georgia=region/georgia-us"), found("He spoke in Atlanta, Georgia."));
        assertEquals(List.of("Tbilisi=city/tbilisi", "Georgia=country/ge"), found("He spoke in Tbilisi, Georgia."));
        assertEquals(List.of("Tripoli=city/tripoli-lb", "Lebanon=country/lb"), found("Clashes in Tripoli, Lebanon."));
        assertEquals(List.of("Tripoli=city/tripoli"), found("Clashes in Tripoli continued."));
    }

    @Test
    void headlinesKeepGazetteerNamesButNoGuesses() {
        assertEquals(List.of("White House=org/white-house", "Denmark=country/dk", "Greenland=country/gl"),
                found("White House Cancels Trump’s Visit to Denmark After Greenland Row"));
        assertEquals(List.of("Ramallah=city/ramallah", "Gaza=region/gaza-strip"),
                found("Blinken Meets Abbas In Ramallah Amid Gaza War"));
        assertEquals(List.of("AQABA=city/aqaba", "JORDAN=country/jo"), found("TRUMP TELLS US HE WILL VISIT AQABA, JORDAN"));
    }

    @Test
    void nothingInLowerCaseOrInsideWords() {
        assertEquals(List.of(), found("He told us the china was from a turkey farm in may."));
        assertEquals(List.of(), found("Download the USB driver."));
    }

    @Test
    void categoriesTellOutletsFromBodies() {
        List<EntityMention> ms = find("Reuters and the State Department cited the Nation Media Group and Kenya Airways.");
        assertEquals(List.of(EntryCategory.NEWS, EntryCategory.GOVERNMENT, EntryCategory.NEWS, EntryCategory.COUNTRY,
                EntryCategory.COMPANY), ms.stream().map(FINDER::category).toList());
    }

    @Test
    void mentionsNeverOverlapAndComeInOrder() {
        String text = "UN chief Antonio Guterres, in Geneva, urged the Kenya Defence Forces and Hamas-run Gaza "
                + "authorities to talk to the Palestinian Authority and the U.S. State Department.";
        List<EntityMention> ms = find(text);
        assertTrue(ms.size() >= 7, ms.toString());
        for (int i = 1; i < ms.size(); i++) {
            assertTrue(ms.get(i - 1).mention().span().end() <= ms.get(i).mention().span().begin(), ms.toString());
        }
    }
}
