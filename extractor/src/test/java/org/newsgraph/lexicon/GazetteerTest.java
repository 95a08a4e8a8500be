package org.newsgraph.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.newsgraph.mention.EntityType;
import org.newsgraph.mention.TestSentences;

class GazetteerTest {
    private static final Gazetteer G = Gazetteer.standard();

    /** The 193 UN member states, by ISO 3166-1 alpha-2 code. */
    private static final String UN_MEMBERS = "AF AL DZ AD AO AG AR AM AU AT AZ BS BH BD BB BY BE BZ BJ BT BO BA BW BR BN "
            + "BG BF BI CV KH CM CA CF TD CL CN CO KM CG CD CR CI HR CU CY CZ DK DJ DM DO EC EG SV GQ ER EE SZ ET FJ FI FR "
            + "GA GM GE DE GH GR GD GT GN GW GY HT HN HU IS IN ID IR IQ IE IL IT JM JP JO KZ KE KI KP KR KW KG LA LV LB LS "
            + "LR LY LI LT LU MG MW MY MV ML MT MH MR MU MX FM MD MC MN ME MA MZ MM NA NR NP NL NZ NI NE NG MK NO OM PK PW "
            + "PA PG PY PE PH PL PT QA RO RU RW KN LC VC WS SM ST SA SN RS SC SL SG SK SI SB SO ZA SS ES LK SD SR SE CH SY "
            + "TJ TZ TH TL TG TO TT TN TR TM TV UG UA AE GB US UY UZ VU VE VN YE ZM ZW";

    @Test
    void everyUnMemberStateIsACountryWithItsCapital() {
        String[] codes = UN_MEMBERS.split(" ");
        assertEquals(193, codes.length);
        for (String iso : codes) {
            GazetteerEntry c = G.entry("country/" + iso.toLowerCase()).orElseThrow(() -> new AssertionError(iso));
            assertEquals(Optional.of(iso), c.isoCode());
            assertEquals(EntityType.COUNTRY, c.type());
            GazetteerEntry capital = G.entry(c.cityKey().orElseThrow(() -> new AssertionError("no capital: " + iso)))
                    .orElseThrow();
            assertEquals(Optional.of(c.key()), capital.countryKey(), "capital of " + iso);
        }
    }

    @ParameterizedTest
    @CsvSource({"Palestine, country/ps", "Vatican, country/va", "Holy See, country/va", "Taiwan, country/tw",
            "Kosovo, country/xk", "Western Sahara, country/eh", "Soviet Union, country/su", "Zaire, country/cd"})
    void observersAndOtherCommonlyNamedCountries(String name, String key) {
        assertEquals(key, G.byName(name).orElseThrow().key());
    }

    @ParameterizedTest
    @CsvSource({"United States, country/us", "US, country/us", "U.S., country/us", "USA, country/us",
            "U.S.A., country/us", "America, country/us", "United States of America, country/us", "UK, country/gb",
            "U.K., country/gb", "Britain, country/gb", "Great Britain, country/gb", "Türkiye, country/tr",
            "Turkiye, country/tr", "TURKEY, country/tr", "turkey, country/tr", "Korea, country/kr",
            "Republic of Korea, country/kr", "ROK, country/kr", "North Korea, country/kp", "DPRK, country/kp",
            "State of Palestine, country/ps", "Palestinian Authority, country/ps", "PA, country/ps",
            "Palestinian territories, country/ps", "Russian Federation, country/ru", "PRC, country/cn",
            "People's Republic of China, country/cn", "People’s Republic of China, country/cn", "UAE, country/ae",
            "Emirates, country/ae", "DRC, country/cd", "Côte d'Ivoire, country/ci", "Cote d’Ivoire, country/ci",
            "Guinea-Bissau, country/gw", "Guinea Bissau, country/gw", "the Netherlands, country/nl",
            "Burma, country/mm"})
    void countryNamesAndAliases(String name, String key) {
        assertEquals(key, G.byName(name).orElseThrow().key());
    }

    @ParameterizedTest
    @ValueSource(strings = {"us", "Us", "ap", "who", "eu", "uk"})
    void acronymsMustBeWrittenAsAcronyms(String word) {
        assertTrue(G.byName(word).isEmpty(), word);
    }

    @ParameterizedTest
    @CsvSource({"American, country/us", "Americans, country/us", "Turkish, country/tr", "Turk, country/tr",
            "Turks, country/tr", "Palestinian, country/ps", "Palestinians, country/ps", "Israeli, country/il",
            "Saudi, country/sa", "Emirati, country/ae", "Qatari, country/qa", "Iraqi, country/iq",
            "Iranian, country/ir", "British, country/gb", "Briton, country/gb", "Chinese, country/cn",
            "Japanese, country/jp", "South Korean, country/kr", "North Korean, country/kp", "Kenyan, country/ke",
            "Tanzanian, country/tz", "Eritrean, country/er", "Argentine, country/ar", "Kurdish, region/kurdistan",
            "European, region/europe"})
    void demonyms(String demonym, String key) {
        assertEquals(key, G.byDemonym(demonym).orElseThrow().key());
    }

    @Test
    void demonymsAndNamesAreKeptApart() {
        assertTrue(G.byName("Turkish").isEmpty());
        assertTrue(G.byDemonym("Jordan").isEmpty());
    }

    @ParameterizedTest
    @CsvSource({"Kyiv, city/kyiv, country/ua", "Kiev, city/kyiv, country/ua", "Peking, city/beijing, country/cn",
            "Bombay, city/mumbai, country/in", "Saigon, city/ho-chi-minh-city, country/vn",
            "Rangoon, city/yangon, country/mm", "Asmara, city/asmara, country/er", "Aqaba, city/aqaba, country/jo",
            "Ramallah, city/ramallah, country/ps", "Merida, city/merida, country/mx", "Davos, city/davos, country/ch",
            "Camp David, city/camp-david, country/us", "Sharm el-Sheikh, city/sharm-el-sheikh, country/eg",
            "Tripoli, city/tripoli, country/ly", "Hyderabad, city/hyderabad, country/in",
            "Perth, city/perth, country/au", "New York City, city/new-york, country/us"})
    void citiesWithTheirCountryAndOtherSpellings(String name, String key, String country) {
        GazetteerEntry city = G.byName(name).orElseThrow(() -> new AssertionError(name));
        assertEquals(key, city.key());
        assertEquals(Optional.of(country), city.countryKey());
        assertEquals(EntryCategory.CITY, city.category());
    }

    @Test
    void aLesserNamesakeIsReachedByItsCountry() {
        assertEquals("city/tripoli-lb", G.namesake("Tripoli", "country/lb").orElseThrow().key());
        assertEquals("region/georgia-us", G.namesake("Georgia", "country/us").orElseThrow().key());
        assertEquals("country/ge", G.byName("Georgia").orElseThrow().key());
    }

    @ParameterizedTest
    @CsvSource({"West Bank, region/west-bank, country/ps", "Gaza Strip, region/gaza-strip, country/ps",
            "Gaza, region/gaza-strip, country/ps", "Golan Heights, region/golan-heights, country/sy",
            "East Jerusalem, region/east-jerusalem, country/ps", "Crimea, region/crimea, country/ua",
            "Donbas, region/donbas, country/ua", "Darfur, region/darfur, country/sd", "Tigray, region/tigray, country/et",
            "Ladakh, region/ladakh, country/in", "Hesse, region/hesse, country/de"})
    void regionsBelongToTheirCountry(String name, String key, String country) {
        GazetteerEntry region = G.byName(name).orElseThrow();
        assertEquals(key, region.key());
        assertEquals(Optional.of(country), region.countryKey());
    }

    @ParameterizedTest
    @ValueSource(strings = {"Middle East", "Kashmir", "Persian Gulf", "Balkans", "Sahel", "Line of Actual Control"})
    void regionsAcrossCountriesHaveNone(String name) {
        GazetteerEntry region = G.byName(name).orElseThrow(() -> new AssertionError(name));
        assertEquals(EntityType.REGION, region.type());
        assertTrue(region.countryKey().isEmpty(), name);
    }

    @ParameterizedTest
    @CsvSource({
            "United Nations Relief and Works Agency for Palestine Refugees in the Near East, org/unrwa, INTERNATIONAL, ",
            "UNRWA, org/unrwa, INTERNATIONAL, ", "U.N., org/un, INTERNATIONAL, ", "NATO, org/nato, INTERNATIONAL, ",
            "European Central Bank, org/ecb, INTERNATIONAL, ", "Shanghai Cooperation Organisation, org/sco, INTERNATIONAL, ",
            "Reuters, org/reuters, NEWS, country/gb", "AP, org/ap, NEWS, country/us", "Anadolu, org/anadolu, NEWS, country/tr",
            "Xinhua, org/xinhua, NEWS, country/cn", "State Department, org/state-department, GOVERNMENT, country/us",
            "Department of State, org/state-department, GOVERNMENT, country/us", "Kremlin, org/kremlin, GOVERNMENT, country/ru",
            "IDF, org/idf, MILITARY, country/il", "Hamas, org/hamas, ARMED_GROUP, country/ps",
            "PLO, org/plo, PARTY, country/ps", "Tupac Amaru, org/mrta, ARMED_GROUP, country/pe",
            "Islamic State, org/islamic-state, ARMED_GROUP, ", "Jewish Voice for Peace, org/jewish-voice-for-peace, NGO, country/us"})
    void organisationsWithCategoryAndCountry(String name, String key, EntryCategory category, String country) {
        GazetteerEntry org = G.byName(name).orElseThrow(() -> new AssertionError(name));
        assertEquals(key, org.key());
        assertEquals(category, org.category());
        assertEquals(Optional.ofNullable(country), org.countryKey());
        assertEquals(category == EntryCategory.NEWS, org.isOutlet());
    }

    @Test
    void metonymsStandForTheGovernment() {
        assertEquals("country/us", G.standsFor("city/washington").orElseThrow().key());
        assertEquals("country/ru", G.standsFor("city/moscow").orElseThrow().key());
        assertEquals("country/ru", G.standsFor("org/kremlin").orElseThrow().key());
        assertEquals("country/gb", G.standsFor("org/downing-street").orElseThrow().key());
        assertEquals("org/eu", G.standsFor("city/brussels").orElseThrow().key());
        assertTrue(G.standsFor("city/aqaba").isEmpty());
        assertEquals("city", G.byName("Washington").orElseThrow().key().split("/")[0]);
    }

    @Test
    void nationalBodiesAreInstancesOfGenericOnes() {
        assertEquals("org/state-department", G.instance("org/foreign-ministry", "country/us").orElseThrow().key());
        assertEquals("org/pentagon", G.instance("org/defence-ministry", "country/us").orElseThrow().key());
        assertEquals("org/knesset", G.instance("org/parliament", "country/il").orElseThrow().key());
        assertTrue(G.instance("org/foreign-ministry", "country/tr").isEmpty());
        assertTrue(G.entry("org/foreign-ministry").orElseThrow().has(GazetteerEntry.Flag.GENERIC));
        assertTrue(G.entry("org/foreign-ministry").orElseThrow().countryKey().isEmpty());
    }

    @Test
    void venuesAndSeatsGiveTheirCity() {
        GazetteerEntry oval = G.byName("Oval Office").orElseThrow();
        assertEquals(EntryCategory.VENUE, oval.category());
        assertEquals(Optional.of("city/washington"), oval.cityKey());
        assertEquals(Optional.of("city/washington"), G.byName("White House").orElseThrow().cityKey());
        assertEquals(Optional.of("city/moscow"), G.byName("Kremlin").orElseThrow().cityKey());
        assertEquals(Optional.of("city/london"), G.byName("Downing Street").orElseThrow().cityKey());
    }

    @Test
    void everyKeyFollowsTheKeyScheme() {
        for (GazetteerEntry e : G.entries()) {
            String pattern = switch (e.category()) {
                case COUNTRY -> "country/[a-z]{2}";
                case CITY -> "city/[a-z0-9-]+";
                case REGION -> "region/[a-z0-9-]+";
                case VENUE -> "venue/[a-z0-9-]+";
                default -> "org/[a-z0-9-]+";
            };
            assertTrue(e.key().matches(pattern), e.key());
            assertFalse(e.names().isEmpty() && !e.has(GazetteerEntry.Flag.SECONDARY), e.key() + " has no name");
            e.countryKey().ifPresent(c -> assertTrue(G.entry(c).isPresent(), e.key() + " country " + c));
            e.cityKey().ifPresent(c -> assertTrue(G.entry(c).isPresent(), e.key() + " city " + c));
        }
    }

    @Test
    void sizesPerKind() {
        long countries = G.entries().stream().filter(e -> e.category() == EntryCategory.COUNTRY).count();
        long cities = G.entries().stream().filter(e -> e.category() == EntryCategory.CITY).count();
        long regions = G.entries().stream().filter(e -> e.category() == EntryCategory.REGION).count();
        long orgs = G.entries().stream().filter(e -> e.type() == EntityType.ORGANIZATION).count();
        assertTrue(countries >= 200, "countries " + countries);
        assertTrue(cities >= 800, "cities " + cities);
        assertTrue(regions >= 300, "regions " + regions);
        assertTrue(orgs >= 800, "organisations " + orgs);
    }

    @Test
    void noNameIsListedForTwoEntries() {
        assertEquals(List.of(), G.duplicateNames());
    }

    @ParameterizedTest
    @ValueSource(strings = {"countries.txt", "cities.txt", "regions.txt", "venues.txt", "organisations.txt"})
    void lexiconFilesSayWhereTheyComeFrom(String file) throws IOException {
        try (InputStream in = Gazetteer.class.getResourceAsStream(file)) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(text.startsWith("#"), file);
            assertTrue(text.contains("# Source: written for Newsgraph from the authors' general knowledge"), file);
        }
    }

    // ---- findNames ------------------------------------------------------------------------------------------

    private static List<String> names(String text) {
        List<String> out = new ArrayList<>();
        for (NameMatch m : G.findNames(text, TestSentences.spans(text))) {
            out.add(m.span().of(text) + "=" + m.entry().key() + (m.demonym() ? "(demonym)" : ""));
        }
        return out;
    }

    @Test
    void capitalsInDatelinesMatchTitleCaseNames() {
        assertEquals(List.of("AQABA=city/aqaba", "JORDAN=country/jo", "Reuters=org/reuters"),
                names("AQABA, JORDAN (Reuters) - Talks began."));
    }

    @Test
    void longestNameWins() {
        assertEquals(List.of("West Bank=region/west-bank", "Ramallah=city/ramallah"),
                names("in the West Bank city of Ramallah"));
        assertEquals(List.of("Palestine Liberation Organization=org/plo"),
                names("Palestine Liberation Organization Secretary General"));
        assertEquals(List.of("Gaza City=city/gaza-city"), names("near Gaza City"));
    }

    @Test
    void hyphenCompoundsAndPossessivesGiveSubTokenMatches() {
        String text = "the Israel-Hamas war and U.S.-Turkish ties, Israel’s army";
        List<NameMatch> ms = G.findNames(text, TestSentences.spans(text));
        assertEquals(List.of("Israel", "Hamas", "U.S.", "Turkish", "Israel"),
                ms.stream().map(m -> m.span().of(text)).toList());
        assertEquals(ms.get(0).startToken(), ms.get(1).startToken(), "Israel and Hamas share one token");
        assertTrue(ms.get(3).demonym());
    }

    @Test
    void accentsAndDotsAreIgnored() {
        assertEquals(List.of("Turkiye=country/tr", "U.S.=country/us", "Cote d'Ivoire=country/ci"),
                names("Turkiye, the U.S. and Cote d'Ivoire"));
    }

    @Test
    void lowerCaseWordsAndLettersInsideWordsDoNotMatch() {
        assertEquals(List.of(), names("He told us that china plates and turkey were sold by the business."));
        assertEquals(List.of(), names("Download it from the USB stick or USAir."));
    }

    @Test
    void aCommonWordIsNotAPlaceAtTheStartOfASentence() {
        assertEquals(List.of(), names("Nice to meet you."));
        assertEquals(List.of("Nice=city/nice"), names("The attack in Nice killed dozens."));
    }

    @Test
    void shortAcronymsAreNotTakenFromShoutedHeadlines() {
        assertEquals(List.of("AQABA=city/aqaba"), names("TRUMP TELLS US HE WILL GO TO AQABA"));
        assertEquals(List.of("US=country/us"), names("Trump tells US allies to pay"));
    }
}
