package org.newsgraph.rdf;

import static org.newsgraph.rdf.ExtractionBuilder.city;
import static org.newsgraph.rdf.ExtractionBuilder.country;
import static org.newsgraph.rdf.ExtractionBuilder.org;
import static org.newsgraph.rdf.ExtractionBuilder.region;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.newsgraph.date.DateBasis;
import org.newsgraph.extract.Extraction;
import org.newsgraph.fact.MeetingStatus;
import org.newsgraph.fact.Polarity;
import org.newsgraph.lexicon.GazetteerEntry;
import org.newsgraph.mention.EntityRef;
import org.newsgraph.mention.EntityType;
import org.newsgraph.resolve.PlaceLookup;

/**
 * A small hand-made corpus in the manner of the seed articles, with every case the graph has to carry: one person
 * under several names, a meeting reported by two outlets, planned then held, a refusal, a date and a place the
 * articles disagree on, offices over time (one of them former), stances both ways, an article without sidecar, and
 * an emoji before a mention.
 */
public final class TestCorpus {
    public static final EntityRef US = country("country/us", "United States");
    public static final EntityRef TURKEY = country("country/tr", "Turkey");
    public static final EntityRef PALESTINE = country("country/ps", "Palestine");
    public static final EntityRef IRAQ = country("country/iq", "Iraq");
    public static final EntityRef ISRAEL = country("country/il", "Israel");
    public static final EntityRef RAMALLAH = city("city/ramallah", "Ramallah");
    public static final EntityRef WEST_BANK = region("region/west-bank", "West Bank");
    public static final EntityRef ANKARA = city("city/ankara", "Ankara");
    public static final EntityRef BAGHDAD = city("city/baghdad", "Baghdad");
    public static final EntityRef UNRWA = org("org/unrwa", "UNRWA");

    /** The gazetteer for this corpus: labels, ISO codes, and the countries places lie in. */
    public static final PlaceLookup PLACES = key -> Optional.ofNullable(Map.of(
            "country/us", entry("country/us", EntityType.COUNTRY, "United States", "US", null),
            "country/tr", entry("country/tr", EntityType.COUNTRY, "Turkey", "TR", null),
            "country/ps", entry("country/ps", EntityType.COUNTRY, "Palestine", "PS", null),
            "country/iq", entry("country/iq", EntityType.COUNTRY, "Iraq", "IQ", null),
            "city/ramallah", entry("city/ramallah", EntityType.CITY, "Ramallah", null, "country/ps"),
            "region/west-bank", entry("region/west-bank", EntityType.REGION, "West Bank", null, "country/ps"),
            "city/ankara", entry("city/ankara", EntityType.CITY, "Ankara", null, "country/tr"),
            "city/baghdad", entry("city/baghdad", EntityType.CITY, "Baghdad", null, "country/iq"),
            "org/unrwa", entry("org/unrwa", EntityType.ORGANIZATION, "UNRWA", null, null)).get(key));

    private TestCorpus() {
    }

    /** A gazetteer entry whose only name is its label. */
    public static GazetteerEntry entry(String key, EntityType type, String label, String iso, String country) {
        return new GazetteerEntry(key, type, label, Optional.ofNullable(iso), Optional.ofNullable(country),
                List.of(label), List.of());
    }

    /** The mapper the tests use: default base, this corpus's gazetteer. */
    public static RdfGraphMapper mapper() {
        return new RdfGraphMapper(new IriScheme(IriScheme.DEFAULT_BASE), PLACES);
    }

    public static List<Extraction> articles() {
        return List.of(ramallahReuters(), ramallahAp(), ankaraPlan(), ankaraHeld(), baghdadRelative(),
                erdoganOld(), noSidecar(), tabloid());
    }

    /** Reuters, 5 Nov: Blinken (Secretary of State) met Abbas in Ramallah; Blinken opposes a ceasefire. */
    public static Extraction ramallahReuters() {
        ExtractionBuilder b = ExtractionBuilder.article("a1-reuters").published("2023-11-05").outlet("Reuters")
                .url("https://example.org/reuters/1").title("Blinken meets Abbas")
                .sentence("US Secretary of State Antony Blinken met Palestinian President Mahmoud Abbas in Ramallah on November 5, 2023.")
                .sentence("Mr Blinken rejected calls for a ceasefire.");
        String blinken = b.person("Antony Blinken", "Mr Blinken");
        String abbas = b.person("Mahmoud Abbas");
        b.position(0, blinken, "Secretary of State", US);
        b.position(0, abbas, "President", PALESTINE);
        b.meeting(0, "met", blinken, abbas).on("November 5, 2023", "2023-11-05").at(RAMALLAH);
        b.stance(1, blinken, Polarity.OPPOSES, "ceasefire", "rejected calls for", "ceasefire");
        return b.build();
    }

    /** AP, 6 Nov: the same meeting, "in the West Bank" "on Sunday"; Abbas wants a ceasefire. */
    public static Extraction ramallahAp() {
        ExtractionBuilder b = ExtractionBuilder.article("a2-ap").published("2023-11-06").outlet("Associated Press")
                .sentence("Anthony J. Blinken held talks with Mahmoud Abbas in the West Bank on Sunday.")
                .sentence("Abbas called for a ceasefire in Gaza.");
        String blinken = b.person("Anthony J. Blinken");
        String abbas = b.person("Mahmoud Abbas", "Abbas");
        b.meeting(0, "held talks", blinken, abbas).on("on Sunday", "2023-11-05", DateBasis.RELATIVE_TO_PUBLISHED)
                .at(WEST_BANK);
        b.stance(1, abbas, Polarity.SUPPORTS, "ceasefire", "called for", "ceasefire");
        return b.build();
    }

    /** Reuters, 4 Nov: Blinken will meet Turkish Foreign Minister Hakan Fidan in Ankara; Erdogan refused. */
    public static Extraction ankaraPlan() {
        ExtractionBuilder b = ExtractionBuilder.article("a3-reuters").published("2023-11-04").outlet("Reuters")
                .sentence("Blinken will meet Foreign Minister Hakan Fidan in Ankara.")
                .sentence("President Recep Tayyip Erdogan refused to meet Antony Blinken.");
        String blinken = b.person("Antony Blinken", "Blinken");
        String fidan = b.person("Hakan Fidan");
        String erdogan = b.person("Recep Tayyip Erdogan");
        b.position(0, fidan, "Foreign Minister", TURKEY);
        b.position(1, erdogan, "President", TURKEY);
        b.meeting(0, "will meet", blinken, fidan).status(MeetingStatus.PLANNED).at(ANKARA);
        b.meeting(1, "refused to meet", erdogan, blinken).status(MeetingStatus.REFUSED);
        return b.build();
    }

    /** Anadolu, 7 Nov: Blinken met Fidan in Ankara on 6 November; Erdogan, a former prime minister. */
    public static Extraction ankaraHeld() {
        ExtractionBuilder b = ExtractionBuilder.article("a4-anadolu").published("2023-11-07").outlet("Anadolu")
                .sentence("Hakan Fidan met Antony Blinken in Ankara on November 6.")
                .sentence("Erdogan, a former Prime Minister, stayed away.")
                .sentence("Fidan supports a humanitarian pause.");
        String fidan = b.person("Hakan Fidan", "Fidan");
        String blinken = b.person("Antony Blinken");
        String erdogan = b.person("Erdogan");
        b.meeting(0, "met", fidan, blinken).on("November 6", "2023-11-06", DateBasis.YEAR_FROM_CONTEXT).at(ANKARA);
        b.position(1, erdogan, "Prime Minister", Optional.empty(), true);
        b.stance(2, fidan, Polarity.SUPPORTS, "humanitarian pause", "supports", "humanitarian pause");
        return b.build();
    }

    /** Al Jazeera, 6 Nov: Sudani received Blinken in Baghdad "on Sunday"; Lazzarini of UNRWA. */
    public static Extraction baghdadRelative() {
        ExtractionBuilder b = ExtractionBuilder.article("a5-aljazeera").published("2023-11-06").outlet("Al Jazeera")
                .sentence("Iraqi Prime Minister Mohammed Shia al-Sudani received Antony Blinken in Baghdad on Sunday.")
                .sentence("Philippe Lazzarini, head of UNRWA, said Mr Blinken opposes a ceasefire.");
        String sudani = b.person("Mohammed Shia al-Sudani");
        String blinken = b.person("Antony Blinken", "Mr Blinken");
        String lazzarini = b.person("Philippe Lazzarini");
        b.position(0, sudani, "Prime Minister", IRAQ);
        b.position(1, lazzarini, "Commissioner-General", UNRWA);
        b.meeting(0, "received", sudani, blinken).on("on Sunday", "2023-11-05", DateBasis.RELATIVE_TO_PUBLISHED)
                .at(BAGHDAD);
        b.stance(1, blinken, Polarity.OPPOSES, "ceasefire", "opposes", "ceasefire");
        return b.build();
    }

    /** 2009: Prime Minister Erdogan met Mahmoud Abbas in Ankara; the emoji comes first. */
    public static Extraction erdoganOld() {
        ExtractionBuilder b = ExtractionBuilder.article("a6-archive").published("2009-06-01")
                .raw("\uD83D\uDCF0 ")
                .sentence("Prime Minister Recep Tayyip Erdoğan met Mahmoud Abbas in Ankara on June 1, 2009.")
                .sentence("Abbas opposes a ceasefire that leaves the blockade in place.");
        String erdogan = b.person("Recep Tayyip Erdoğan");
        String abbas = b.person("Mahmoud Abbas", "Abbas");
        b.position(0, erdogan, "Prime Minister", TURKEY);
        b.meeting(0, "met", erdogan, abbas).on("June 1, 2009", "2009-06-01").at(ANKARA);
        b.stance(1, abbas, Polarity.OPPOSES, "ceasefire", "opposes", "ceasefire");
        return b.build();
    }

    /** No sidecar: the reference date comes from the text. Netanyahu opposes a ceasefire. */
    public static Extraction noSidecar() {
        ExtractionBuilder b = ExtractionBuilder.article("a7-plain")
                .sentence("On November 3, 2023, Israeli Prime Minister Benjamin Netanyahu met Antony Blinken.")
                .sentence("Netanyahu opposes a ceasefire.");
        String netanyahu = b.person("Benjamin Netanyahu", "Netanyahu");
        String blinken = b.person("Antony Blinken");
        b.date(0, "November 3, 2023", "2023-11-03", DateBasis.EXPLICIT);
        b.position(0, netanyahu, "Prime Minister", ISRAEL);
        b.meeting(0, "met", netanyahu, blinken);
        b.stance(1, netanyahu, Polarity.OPPOSES, "ceasefire", "opposes", "ceasefire");
        return b.build();
    }

    /** A tabloid says Erdogan did meet Blinken, which Reuters reports he refused. */
    public static Extraction tabloid() {
        ExtractionBuilder b = ExtractionBuilder.article("a9-tabloid").published("2023-11-08").outlet("The Tabloid")
                .sentence("Recep Tayyip Erdogan met Antony Blinken in Ankara.");
        String erdogan = b.person("Recep Tayyip Erdogan");
        String blinken = b.person("Antony Blinken");
        b.meeting(0, "met", erdogan, blinken).at(ANKARA);
        return b.build();
    }

    /** An article about other people entirely, to add to the corpus. */
    public static Extraction unrelated() {
        ExtractionBuilder b = ExtractionBuilder.article("a8-other").published("2016-10-31").outlet("Daily Nation")
                .sentence("President Uhuru Kenyatta met John Magufuli in Nairobi on October 31, 2016.");
        String kenyatta = b.person("Uhuru Kenyatta");
        String magufuli = b.person("John Magufuli");
        EntityRef kenya = country("country/ke", "Kenya");
        b.position(0, kenyatta, "President", kenya);
        b.meeting(0, "met", kenyatta, magufuli).on("October 31, 2016", "2016-10-31")
                .at(city("city/nairobi", "Nairobi"));
        return b.build();
    }
}
