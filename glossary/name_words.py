"""General word lists that name discovery reads context from, in German and English.

None of these names a person, place or event: they are titles and roles that stand before a
name, head nouns that say what sort of thing a name is (``-Offensive``, ``Treaty of``), and
the small words between or around names. Month and weekday names come from Babel's CLDR data.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from babel import Locale

TITLES = frozenset(
    """
    General Generalfeldmarschall Feldmarschall Generaloberst Generalleutnant Generalmajor
    Admiral Großadmiral Vizeadmiral Konteradmiral Oberst Oberstleutnant Major Hauptmann
    Leutnant Marschall Feldherr Kommandeur Befehlshaber Oberbefehlshaber Kapitän
    Kapitänleutnant Korvettenkapitän Fregattenkapitän Kommodore
    Kaiser Kaiserin König Königin Zar Zarin Prinz Prinzessin Kronprinz Kronprinzessin Herzog
    Herzogin Großherzog Erzherzog Erzherzogin Fürst Fürstin Graf Gräfin Freiherr Baron Baronin
    Markgraf Landgraf Kurfürst Thronfolger Regent Sultan Kalif Schah Emir Papst
    Bischof Erzbischof Kardinal Abt Pfarrer Pastor Mönch
    Präsident Präsidentin Vizepräsident Ministerpräsident Kanzler Kanzlerin Reichskanzler
    Bundeskanzler Minister Ministerin Premierminister Premierministerin Staatssekretär
    Botschafter Gesandter Diplomat Bürgermeister Gouverneur Statthalter Senator Abgeordneter
    Staatschef Regierungschef Parteichef Diktator Führer Vorsitzender Generalsekretär
    Professor Dr Herr Frau Sir Lord Lady Dame Mr Mrs Ms Miss
    King Queen Emperor Empress Tsar Czar Tsarina Prince Princess Duke Duchess Count Countess
    Earl Baroness Marquis Pope Bishop Archbishop Cardinal Reverend Rev
    President Chancellor Minister Premier Secretary Ambassador Governor Mayor Senator
    Congressman Representative Chairman Chairwoman Chair Leader Dictator Marshal Colonel Captain
    Lieutenant
    Sergeant Commander Professor Prof Doctor Judge Sultan Caliph Shah Emir
    Councillor Cllr Alderman Mayoress Provost Sheriff Coroner Magistrate Commissioner
    Inspector Superintendent Detective Viscount Marquess Rabbi Imam Archdeacon Chaplain
    Vicar Rector Commodore Brigadier Corporal Midshipman Headmaster
    Monsieur Madame Mademoiselle Signor Signora Signorina Señor Señora Senhor Senhora
    """.split()
)
"""Titles and roles: they go on the card, never into a name (``General Brussilow``)."""

NAMING_TITLES = frozenset(("Lady", "Lord"))
"""Titles that stay in the name before one word that is no given name (``Lady Gaga``,
``Lord Byron``); before a given name they go on the card (``Lady Diana Spencer``)."""

TITLE_ENDINGS = (
    "minister",
    "ministerin",
    "präsident",
    "präsidentin",
    "kanzler",
    "general",
    "admiral",
    "marschall",
    "sekretär",
    "botschafter",
    "bürgermeister",
    "gouverneur",
    "kommandeur",
    "befehlshaber",
    "berater",
    "chef",
    "chefin",
    "führer",
    "leiter",
    "leiterin",
    "direktor",
    "direktorin",
    "vorstand",
    "vorständin",
    "vorsitzende",
    "vorsitzender",
    "sprecher",
    "sprecherin",
    "landrat",
    "landrätin",
    "intendant",
    "intendantin",
    "kaiser",
    "könig",
    "herzog",
    "bischof",
)
"""German compound titles end like this (``Außenminister``, ``Generalstabschef``)."""

DISASTER_TAILS = ("Unglück", "Katastrophe", "Attentat", "Anschlag", "Sturz", "Flut", "Beben")
"""What ends the German compound naming a disaster after its place (``Grubenunglück von
Lengede``, ``Bergsturz von Goldau``, ``Bombenanschlag von Oklahoma City``), each an event's
tail; the last three written alone are common nouns. Not ``Explosion`` (``Kostenexplosion``)
nor ``Unfall`` (``Verkehrsunfall``), which name everyday things far more often."""

HEADS = {
    "event": frozenset(
        """
        Krieg Kriege Schlacht Gefecht Offensive Gegenoffensive Revolution Aufstand Erhebung Krise
        Vertrag Verträge Frieden Friede Friedensvertrag Abkommen Pakt Konferenz Kongress
        Depesche Affäre Putsch Blockade Belagerung Feldzug Operation Reform Reformation Gipfel
        Massaker Pogrom Bewegung Reichstag Konzil Synode Edikt Bulle Thesen Thesenanschlag Unruhen
        War Wars Battle Offensive Revolution Uprising Rebellion Revolt Crisis Treaty Peace
        Agreement Pact Conference Congress Accords Accord Affair Massacre Siege Campaign
        Operation Crusade Election Summit Games Declaration Act Reformation Edict Diet
        Movement Plague Death Invasion Conquest Bowl Cup Championship Olympics Tournament
        Depression Recession Protocol Convention Protokoll Konvention Konkordat Festspiele
        Pokal Meisterschaft Olympiade Turnier
        Ereignis Urteil Katastrophe Unglück Attentat
        Ausstellung Weltausstellung Exhibition Exposition Expo Festival Fest Messe Fair
        Programm Program Programme Projekt Project Mission
        """.split()
    ),
    "organisation": frozenset(
        """
        Partei Armee Heer Marine Flotte Luftwaffe Regierung Ministerium Bank Universität
        Hochschule Gesellschaft Verband Bund Liga Rat Kommission Komitee Gericht Parlament
        Senat Kirche Orden Akademie Institut Stiftung Zeitung Agentur Konzern Werke Division
        Korps Regiment Brigade Heeresleitung Generalstab Dynastie Gruppe Front Union Allianz
        Entente Mächte Organisation Museum Schule Versammlung Generalversammlung Garde Garden
        Nationalversammlung Anstalt Gerichtshof Amt Rundfunk Gymnasium Lyceum Lyzeum
        Party Army Navy Fleet Government Ministry Bank University College Company Corporation
        Association League Union Council Commission Committee Court Parliament Senate Church
        Order Academy Institute Foundation Society Office Department Agency Corps Division
        Regiment Brigade Dynasty Group Alliance Entente Powers Organization Organisation
        Museum School Network Broadcasting Times Post Channel Board Service Services
        Authority Bureau Administration Federation Laboratories Club Press Airlines Motors
        Industries Systems Records Studios Force Forces Assembly Guard Guards Institution
        Media News Sports Pictures Entertainment Communications Technologies Holdings
        Electric Mail Herald Tribune Gazette Journal Chronicle Laboratory
        Inc Ltd AG GmbH plc Corp Cie KG SE LLC SA
        Marke Marken Brand Brands Firma Firm Hersteller Manufacturer Verlag Publisher
        Markenname Firmenname
        Zeitschrift Magazin Magazine Newspaper Theatres Theaters Railway Railways Airways
        Orchester Orchestra Chor Choir Workers Greens Democrats Republicans
        Zirkus Circus Theater Theatre Oper Opera Verein Brauerei Brewery Werft Shipyard
        Reederei Hotel Bankhaus Handelshaus Kaufhaus Buchhandlung Galerie Gallery Eisenbahn
        Eisenbahnen Bahn
        Compagnie Société Banque Trust United Wanderers Rovers Athletic Académie Université Musée
        École Lycée Conservatoire
        Feuerwehr Hilfswerk Kunsthalle Bibliothek Pinakothek Glyptothek Sparkasse Genossenschaft
        Gewerkschaft Behörde
        Direktion Verwaltung Kammer Klinik Klinikum Krankenhaus Spital Sender Polizei
        Gemeinschaft Vereinigung Bündnis Fraktion Konsortium Kartell Jugend
        Konföderation Föderation Hanse Koalition Gilde Zunft Bruderschaft Kongregation Syndikat
        """.split()
    ),
    "place": frozenset(
        """
        Meer See Ozean Fluss Strom Gebirge Gebirgszug Berg Berge Insel Inseln Kanal Straße Platz
        Tal Bucht Golf Halbinsel Wald Region Provinz Kreis Bezirk Republik Reich Königreich
        Kaiserreich Fürstentum Herzogtum Stadt Hafen Festung Fort Kap Wüste Steppe Ebene
        Sea Ocean River Mountains Mountain Island Islands Lake Bay Gulf Peninsula Forest Valley
        Street Square Province County Republic Kingdom Empire City Desert Plain Plains Coast
        Canal Strait Cape Harbour Harbor Falls Park Gardens Bridge Palace Castle Cathedral
        Abbey Monastery Temple Airport Station Stadium Tower Beach Beaches Territory Road Avenue
        Territorium
        Garten Brücke Schloss Palast Dom Kathedrale Kloster Abtei Tempel Flughafen
        Bahnhof Stadion Turm Fälle Staat Staaten Gebiet Landschaft Grafschaft Kolonie
        Pass Damm Staudamm Dam Zone Sperrzone Kraftwerk Kernkraftwerk Plant Town Village
        Dorf Country Capital Land Firth Loch Moor Heide Lighthouse Leuchtturm Strasse
        Center Centre Tunnel Kanton Bistum Erzbistum Reichsstadt Hills Marshes
        Grube Zeche Mine Colliery
        Allee Gasse Chaussee Boulevard Marsch Sund Förde Aue Schanze Gasthof Gasthaus Friedhof Tor
        Kirchhof Mühle Kapelle Siedlung Wall Wiese Denkmal
        Cottage Farm Water
        """.split()
    ),
}
"""Head nouns: the last word (or the part after a hyphen) of a name says what sort it is."""

ENGLISH_HEADS = {
    "event": frozenset(
        """Carnival Riot Riots Strike Famine Epidemic Expedition Amendment Fire Flood Blitz
        Storm Earthquake Disaster Explosion Eruption Outbreak Pandemic Smog Day Night Event Race
        Regatta
        Monday Tuesday Wednesday Thursday Friday Saturday Sunday""".split()
    ),
    "organisation": frozenset(
        """Police Constabulary Exchange Hospital Infirmary Clinic Asylum Library Archives
        Transport Underground Overground Rail Observatory Conservatives Liberals Socialists
        Communists Tories Unionists Nationalists""".split()
    ),
    "place": frozenset(
        """Walk Row Crescent Terrace Wharf Quay Pier Dock Docks Glacier Peak Heights Vale Gorge
        Canyon Crater Volcano Plateau Basin Estuary Lagoon Reef Cemetery Reservoir Embankment
        Highway Motorway Route Fountain Mosque Synagogue Memorial Monument Buildings Panhandle
        Delta Prairie Highlands Lowlands Uplands Wolds Fens Wetlands Headland Archipelago
        Isthmus Fjord Mere Fen Marsh Creek Cove Sound Point Cliffs Tarn Lough Crag
        Ness Dyke Sands Broads Causeway Weir Rock Rocks
        Hill Lane Heath Moss Dale Ridge Downs Wood Brook Hall Market House Line""".split()
    ),
}
"""Head nouns of English names only, written as a word of their own (``West Yorkshire
Police``, ``Princess Alexandra Walk``, ``Trafford General Hospital``): never the tail of a
German compound, which a short English word would end by chance (``Skan-dalen``,
``Patri-oten``)."""

LINKED_HEAD_KINDS = {
    "House": "organisation",
    "Friends": "organisation",
    "Centre": "organisation",
    "Center": "organisation",
}
"""English words that name something else before ``of`` or ``for``: ``Somerset House`` is a
building, the ``House of Commons`` a chamber and the ``House of Windsor`` a dynasty;
``friends`` are people, the ``Friends of the Earth`` a society; a ``Leisure Centre`` is a
place, the ``Centre for Policy Studies`` a body."""

ASSEMBLIES = frozenset(("Congress", "Diet", "Convention"))
"""Event heads that alone name a standing assembly, a body (``Congress passed the act``,
``the Diet voted``), but with a place or a number name one meeting (``Congress of Vienna``,
``the Diet of Worms``, ``the Geneva Convention``)."""

SURNAME_HEADS = frozenset("Hill Lane Heath Moss Dale Ridge Downs Wood Brook Hall Day Marsh".split())
"""English heads that are common surnames too: after a given name they are the
surname (``Rowland Hill``, ``Octavia Hill``), otherwise the head (``Castle Hill``, ``Brick
Lane``)."""

NATURAL_FEATURES = frozenset(
    """
    Meer See Ozean Fluss Strom Gebirge Berg Insel Inseln Bucht Golf Halbinsel Wald Tal Wüste
    Kanal Fälle Sea Ocean River Mountains Mountain Island Islands Lake Bay Gulf Peninsula
    Forest Valley Desert Canal Strait Falls
    """.split()
)
"""Heads that add nothing to a place's name (``Vistula River`` is the ``Vistula``), unlike
``University`` or ``City`` (``Mexico City`` is not ``Mexico``)."""

NAMED_BY_HEAD_FIRST = frozenset(
    """Zirkus Circus Theater Hotel Museum Brauerei Bankhaus Handelshaus Kaufhaus Galerie
    Kunsthalle Bibliothek Sparkasse Stiftung Klinikum Nationalpark Naturpark Gasthof
    Gasthaus""".split()
)
"""German heads whose name is the head and a name after it (``Zirkus Renz``, ``Hotel
Adlon``, ``Brauerei Beck``, ``Kunsthalle Bremen``, ``Nationalpark Jasmund``): one name, of
the kind the head gives."""

LOCATED_HEADS = frozenset(
    """Stadt Altstadt Innenstadt Hauptstadt Hafen Bahnhof Hauptbahnhof Flughafen Festung
    Stadion Friedhof Dorf Umgebung""".split()
)
"""German heads of a settlement or one of its parts that ``von`` places, not names: in
``der Hafen von Gotenhafen`` or ``die Festung von Metz`` the town is the name (a strait, a
gulf, a treaty or a university keeps its ``von``: ``Straße von Gibraltar``, ``Golf von
Mexiko``, ``Frieden von Stralsund``)."""

VESSELS = {
    "de": frozenset(
        """Schiff Kreuzer Dampfer Fähre Fregatte Korvette Zerstörer Frachter Tanker Jacht
        Boot Bark Schoner Brigg Kutter Trawler Kogge Galeone Flugzeugträger""".split()
    ),
}
"""Nouns of a ship or a boat before its name (``der Kreuzer Admiral Hipper``, ``die
Viermastbark Pamir``), per language (German only so far); a German compound may end on one
(``VESSEL_TAILS``: ``Schwesterschiff``, ``U-Boot``)."""

SHIP_PREFIXES = {
    "en": frozenset("HMS HMAS HMCS HMNZS HMT HMY USS USNS USCGC RMS SS MV MY PS RV".split()),
    "de": frozenset("SMS HMS USS RMS MS MV".split()),
}
"""The prefixes of a ship's name (``HMS Beagle``, ``SMS Emden``, ``MS Europa``), a closed
class: part of the name, and the name is a ship's. German writes ``SS`` for the Schutzstaffel
and ``PS`` for horsepower, so those two are English only."""


ANY_SHIP_PREFIX = SHIP_PREFIXES["en"] | SHIP_PREFIXES["de"]
"""A ship's prefix in either language: no given name after it starts a second name."""


def ship_prefix(word: str, language: str) -> bool:
    """Whether ``word`` is a ship's prefix in ``language``."""
    return word in SHIP_PREFIXES.get(language, frozenset())


VESSEL_TAILS = ("schiff", "kreuzer", "dampfer", "boot", "fähre", "frachter", "zerstörer", "bark")


@lru_cache(maxsize=1 << 12)
def is_vessel(word: str, language: str) -> bool:
    """A noun of a ship, maybe a German compound or in the genitive (``Schlachtschiff``,
    ``des Passagierdampfers``)."""
    nouns = VESSELS.get(language, frozenset())
    for bare in (word, word[:-1], word[:-2]) if word.endswith("s") else (word,):
        if bare in nouns or (language == "de" and bare.lower().endswith(VESSEL_TAILS)):
            return True
    return False


LEGAL_FORMS = frozenset("Inc Ltd AG GmbH plc Corp Cie KG SE LLC SA".split())
"""What a firm's name may end on or leave out (``Siemens & Halske AG``): one firm."""


PARTNERS = frozenset("Company Co Cie Sons Son Söhne Sohn Brothers Partners Partner".split())
"""What ends a firm's name after ``and`` or ``und`` (``Brunner Mond and Company``)."""

PLACE_PREFIXES = frozenset(
    """Fort Kap Mount Mont Lake Cape Port Bad Sankt San Santa Saint Sainte Monte Lago Los Las Den
    River Isle Loch County
    St Ft Mt""".split()
)
"""Words that begin a place name (``Fort Vaux``, ``Mount Everest``, ``St. Augustine``)."""

CLUB_PREFIXES = frozenset("FC SC SV SG TSV TuS VfB VfL BSC SSC AC AS AFC CF VEB LPG".split())
"""Abbreviations that begin a sports club's or an East German state firm's name (``1. FC
Kaiserslautern``, ``VfB Stuttgart``, ``AC Milan``, ``VEB Sachsenring``): an organisation,
though a town follows."""

EVENT_PREFIXES = frozenset(
    """Hurricane Hurrikan Typhoon Taifun Cyclone Zyklon Storm Sturm Orkan Sturmtief Orkantief
    Operation""".split()
)
"""Words that begin an event's name (``Hurricane Floyd``, ``Tropical Storm Fay``,
``Operation Barbarossa``); the name alone (``Floyd``) is the same event."""

PLACE_LINKS = (("am",), ("an", "der"), ("ob", "der"), ("upon",))
"""Words that tie a town to the river or land it lies on (``Frankfurt am Main``, ``Halle an
der Saale``, ``Newcastle upon Tyne``): one place's name, shortened to the town's."""

NAME_PREFIXES = PLACE_PREFIXES | EVENT_PREFIXES
"""Words that begin a place's or an event's name."""

STORM_WORDS = ("sturm", "orkan", "taifun", "hurrikan", "zyklon")
"""German storm words that end a compound which begins a storm's name as the word alone
does (``der Wintersturm Kyrill``, ``der Schneesturm Lili``); not ``Operation``, which ends
``Kooperation``, nor ``Tief``, which ends ``Umfragetief``."""
_STORM_COMPOUND = re.compile(rf"[A-ZÄÖÜ]\w{{2,}}(?:{'|'.join(STORM_WORDS)})")


def is_name_prefix(word: str) -> bool:
    """A word that begins a place's or an event's name, or a German storm compound."""
    return word in NAME_PREFIXES or _storm_compound(word)


def is_event_prefix(word: str) -> bool:
    """A word that begins an event's name (``Hurricane``), or a German storm compound."""
    return word in EVENT_PREFIXES or _storm_compound(word)


def _storm_compound(word: str) -> bool:
    """``_STORM_COMPOUND``, with a quick test first (asked about most capitalised words)."""
    return word.endswith(STORM_WORDS) and _STORM_COMPOUND.fullmatch(word) is not None


POSITION_PREFIXES = frozenset(
    "West Ost Nord Süd Ober Nieder Mittel Vor Hinter Kur Groß Neu Alt".split()
)
"""What begins a German name of a part of a land or town, before that place's name
(``West-Berlin``, ``Westpreußen``, ``Oberpfalz``, ``Vorpommern``)."""
POSITION_PREFIX_TUPLE = tuple(POSITION_PREFIXES)
"""The same, for one ``startswith`` per word (most words take no such prefix)."""

COMPASS_PREFIXES = frozenset("West Ost Nord Süd Ober Nieder Mittel Kur".split())
"""Position words that seldom begin a common noun before a word the lexicon does not know
(``Westpreußen``, ``Kurpfalz``; ``Vor`` and ``Neu`` do: ``Vorträge``, ``Neugier``)."""

SIDES = frozenset("West East North South Western Eastern Northern Southern Left Right".split())
SIDE_HEADS = frozenset(("Front", "Bank", "Summit"))
"""A side and a front, a bank or a summit name a stretch of land or a mountain's top, not an
organisation or a meeting (``Western Front``, ``West Bank``, ``Left Bank``, ``South
Summit``), though ``Front`` and ``Bank`` alone head one and ``Summit`` a meeting."""

ABBREVIATED = frozenset("St Ft Mt Dr Prof Jr Sr Hl Gen Col Capt Lt Sgt Gov Sen Rep".split())
"""Words written with a period that ends no sentence (``St. Johns River``)."""

CONTEST_LINKS = frozenset(("v", "vs"))
"""What stands between the two sides of a lawsuit or a match (``Gideon v. Wainwright``,
``Roe vs. Wade``): one name, an event's, and its period ends no sentence."""

CONNECTORS = frozenset("von van de da di du del della le la al bin ibn zu of the".split())
"""Small words inside names (``Paul von Hindenburg``, ``Battle of the Somme``)."""

PLACE_BEFORE = {
    "de": frozenset(
        "in im ins am bei bis zwischen nach aus nahe nördlich südlich östlich westlich".split()
    ),
    "en": frozenset(
        """in at near from into across between via beside outside towards toward along around
        through off past""".split()
    ),
}
"""Prepositions before a name that say it is a place (``bei Verdun``, ``in Warsaw``,
``zwischen Kluse und Vohwinkel``)."""

PERSON_VERBS = {
    "de": frozenset(
        """sagte sagt schrieb schreibt heiratete starb stirbt befahl ernannte erklärte meinte
        antwortete forderte lehnte floh kehrte reiste verließ gründete regierte herrschte
        kritisierte betonte warnte dankte glaubte wusste wollte""".split()
    ),
    "en": frozenset(
        """said says wrote writes married died dies ordered appointed declared replied answered
        demanded refused fled returned travelled traveled left founded ruled reigned
        criticised criticized stressed warned thanked believed knew wanted told asked argued
        claimed insisted admitted""".split()
    ),
}
"""Verbs right after a name that people do (``Simon sagte``, ``Temüjin married``)."""

ROMAN = frozenset(
    "I II III IV V VI VII VIII IX X XI XII XIII XIV XV XVI XVII XVIII XIX XX XXI".split()
)
"""Regnal ordinals kept in a name (``Wilhelm II.``)."""


@cache
def calendar_words() -> frozenset[str]:
    """Month and weekday names in German and English, and the English weekdays' plurals
    (``on Sundays``): capitalised, but never a name."""
    words: set[str] = set()
    for language in ("de", "en"):
        locale = Locale(language)
        for width in ("wide", "abbreviated"):
            for context in ("format", "stand-alone"):
                words.update(locale.months[context][width].values())
                words.update(locale.days[context][width].values())
    words.update(day + "s" for day in Locale("en").days["format"]["wide"].values())
    return frozenset(word.rstrip(".") for word in words)


@cache
def language_names() -> frozenset[str]:
    """Language names in German and English (``Latin``, ``Deutsch``): alone, never a name."""
    names: set[str] = set()
    for language in ("de", "en"):
        names.update(Locale(language).languages.values())
    return frozenset(names)


def is_inflected_title(word: str) -> bool:
    """A title, or a German one in the genitive or dative (``Herzogs``, ``Grafen``)."""
    return is_title(word) or any(
        word.endswith(end) and is_title(word[: -len(end)]) for end in ("s", "en", "n")
    )


@lru_cache(maxsize=1 << 14)
def is_title(word: str) -> bool:
    """A title or role that may stand before a name (asked several times about every
    capitalised word of a text: known once per word)."""
    bare = word.rstrip(".")
    if bare in TITLES:
        return True
    lower = bare.lower()
    if bare[:1].isupper() and len(bare) > 6 and lower.endswith(TITLE_ENDINGS):
        return True
    # German makes a woman's title of any title with "-in" ("Oberbürgermeisterin",
    # "Staatssekretärin"); a short stem may be a name's ("Drin" is a river)
    stem = bare[: -len(FEMININE_SUFFIX)]
    return lower.endswith(FEMININE_SUFFIX) and len(stem) >= MIN_FEMININE_STEM and is_title(stem)


FEMININE_SUFFIX = "in"
"""The German suffix that makes a woman's title of a man's (``Senator``, ``Senatorin``)."""

MIN_FEMININE_STEM = 5
"""The shortest title a woman's title is read from (``Major``): shorter ones are
abbreviations and English forms of address (``Dr``, ``Sir``), whose ``-in`` makes names."""


@lru_cache(maxsize=1 << 14)
def compound_head_kind(word: str) -> str:
    """The kind a head noun gives, also at the end of a German compound (``Hauptstadt``)."""
    kind = head_kind(word)
    if kind or not word[:1].isupper():
        return kind
    lower = word.lower()
    for cut in range(MIN_COMPOUND_HEAD, len(lower) - MIN_HEAD + 1):
        kind = _COMPOUND_TAIL_KINDS.get(lower[cut:].capitalize(), "")
        if kind:
            return kind
    short = lower.rstrip("es")  # "des Wasserbauamts", "des Standesamtes"
    if len(short) >= MIN_COMPOUND_HEAD + len(SHORT_HEAD) and short.endswith(SHORT_HEAD):
        return head_kind(SHORT_HEAD.capitalize())  # "Standesamt", "Wasserbauamt"
    return ""


MIN_COMPOUND_HEAD = 3
MIN_HEAD = 4
SHORT_HEAD = "amt"
"""The one head shorter than ``MIN_HEAD`` that ends many compounds naming an office."""


CASE_ENDINGS = ("es", "s", "en", "n", "e")
"""The endings a German noun takes in its cases and plural (``Krieges``, ``Reichen``)."""


def inflected_head_kind(word: str) -> str:
    """The kind a German head noun gives, also with a case ending (``Krieges``,
    ``Vertrages``, ``Reiches``): one look-up among every head's forms (discovery asks about
    each tail of each rare compound)."""
    return _inflected_heads().get(word, "")


@cache
def head_forms() -> dict[str, str]:
    """Every head noun and its forms with a case ending, with the kind: ``head_kind(word) or
    inflected_head_kind(word)`` in one look-up (discovery asks it about every tail of every
    rare compound)."""
    return {**_inflected_heads(), **_COMPOUND_TAIL_KINDS}


def _head_with_ending_kind(word: str) -> str:
    """``inflected_head_kind`` worked out: the first case ending (or none) whose removal
    leaves a head noun of at least ``MIN_HEAD`` letters."""
    for end in ("", *CASE_ENDINGS):
        if word.endswith(end) and len(word) - len(end) >= MIN_HEAD:
            kind = _COMPOUND_HEAD_KINDS.get(word[: len(word) - len(end)], "")
            if kind:
                return kind
    return ""


@cache
def _inflected_heads() -> dict[str, str]:
    """Every head noun with each case ending, and the kind ``_head_with_ending_kind`` gives
    it (a word that gives one is a head and an ending, so none is missing)."""
    forms = {head + end for head in _COMPOUND_HEAD_KINDS for end in ("", *CASE_ENDINGS)}
    kinds = {form: _head_with_ending_kind(form) for form in forms}
    return {form: kind for form, kind in kinds.items() if kind}


_COMPOUND_HEAD_KINDS = {head: kind for kind, heads in reversed(HEADS.items()) for head in heads}
"""Each head noun's kind; one listed under two kinds takes the first (reversed: it is
written last). Also what ends a German compound or takes a German case ending."""
_COMPOUND_TAIL_KINDS = {
    **_COMPOUND_HEAD_KINDS,
    "Kirche": "place",
    **dict.fromkeys(DISASTER_TAILS, "event"),
}
"""The kinds at the end of a German compound: a church is a body on its own (``die
Evangelische Kirche``), a building as a compound's tail (``Nikolaikirche``, ``Frauenkirche``);
a disaster's tail is an event's (``Bergsturz``, ``Sturmflut``, ``Erdbeben``) but no head alone
(``der Sturz von Mussolini`` is no event's name)."""
_HEAD_KINDS = _COMPOUND_HEAD_KINDS | {
    head: kind for kind, heads in ENGLISH_HEADS.items() for head in heads
}
"""Each head noun's kind, English-only heads included."""


def head_kind(word: str) -> str:
    """The kind a head noun gives a name (``Offensive`` → event), or ``""``."""
    return _HEAD_KINDS.get(word, "")
