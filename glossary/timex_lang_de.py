"""German function words for the date tagger (data only; the logic is in ``timex_rules``)."""

from __future__ import annotations

from glossary.timex_words import LanguageWords

_ORDINAL_STEMS = {
    "erst": 1, "zweit": 2, "dritt": 3, "viert": 4, "fünft": 5, "sechst": 6,
    "siebt": 7, "acht": 8, "neunt": 9, "zehnt": 10, "elft": 11, "zwölft": 12,
    "dreizehnt": 13, "vierzehnt": 14, "fünfzehnt": 15, "sechzehnt": 16, "siebzehnt": 17,
    "achtzehnt": 18, "neunzehnt": 19, "zwanzigst": 20, "einundzwanzigst": 21,
}  # fmt: skip

WORDS = LanguageWords(
    code="de",
    signals={"seit": "AFTER", "ab": "AFTER", "nach": "AFTER", "bis": "BEFORE", "vor": "BEFORE"},
    signal_articles=("zum", "zur", "dem", "der", "den", "des"),
    narrative_breakers=frozenset({"seit", "ab", "nach", "vor", "von", "vom"}),
    position_words={"anfang": "START", "beginn": "START", "mitte": "MID", "ende": "END"},
    position_links=("des", "der", "dieses", "diesen"),
    approx_words=("etwa", "circa", "ca.", "rund", "ungefähr", "gegen"),
    more_words=("über", "mehr als", "länger als"),
    less_words=("knapp", "fast", "beinahe", "weniger als", "kürzer als"),
    seasons={"frühjahr": "SP", "frühling": "SP", "sommer": "SU", "herbst": "FA", "winter": "WI"},
    day_parts={
        "morgen": "MO", "vormittag": "MO", "mittag": "MI", "nachmittag": "AF",
        "abend": "EV", "nacht": "NI",
    },  # fmt: skip
    day_part_link=r"(?:des|am)",
    month_triggers=("im", "in", "seit", "bis", "ab", "vom", "von", "zum", "zur", "monat",
                    "anfang", "mitte", "ende", "beginn", "dem", "diesem", "letzten", "nächsten",
                    "vergangenen", "kommenden"),  # fmt: skip
    first_last={"ersten": "first", "letzten": "last"},
    year_nouns=("Jahr", "Jahre", "Jahres", "Jahrs"),
    reference_years={
        "des jahres": 0, "dieses jahres": 0, "diesen jahres": 0, "diesem jahr": 0,
        "dieses jahr": 0, "desselben jahres": 0, "selben jahr": 0, "gleichen jahr": 0,
        "vorjahr": -1, "vorjahres": -1, "folgejahr": 1, "folgejahres": 1,
        "darauffolgenden jahr": 1, "darauffolgenden jahres": 1,
    },  # fmt: skip
    prefixed_only=("des jahres", "dieses jahres", "diesen jahres"),
    anchor_years={
        "letztes jahr": -1, "letzten jahres": -1, "vergangenes jahr": -1,
        "vergangenen jahr": -1, "vergangenen jahres": -1, "nächstes jahr": 1,
        "nächsten jahr": 1, "nächsten jahres": 1, "kommendes jahr": 1, "kommenden jahr": 1,
        "kommenden jahres": 1,
    },  # fmt: skip
    # "nun" is left out on purpose: in these texts it is mostly a narrative connective in
    # past-tense passages ("Denn nun waren beide Herrscher ..."), not the document's now.
    present=(
        "heute", "heutzutage", "derzeit", "gegenwärtig", "aktuell", "zurzeit", "zur zeit",
        "momentan", "jetzt", "zum jetzigen zeitpunkt", "bis heute", "bis jetzt",
    ),  # fmt: skip
    past=(
        "in der vergangenheit", "in den letzten jahren", "in den vergangenen jahren",
        "in früheren jahren", "in den vorjahren", "vor jahren",
    ),  # fmt: skip
    future=(
        "in zukunft", "in der zukunft", "zukünftig", "künftig", "in den kommenden jahren",
        "in den nächsten jahren", "auf absehbare zeit",
    ),  # fmt: skip
    numbers={
        "ein": 1, "eine": 1, "einem": 1, "einen": 1, "einer": 1, "eines": 1, "zwei": 2,
        "drei": 3, "vier": 4, "fünf": 5, "sechs": 6, "sieben": 7, "acht": 8, "neun": 9,
        "zehn": 10, "elf": 11, "zwölf": 12, "fünfzehn": 15, "zwanzig": 20, "dreißig": 30,
        "anderthalb": 1, "zweieinhalb": 2,
    },  # fmt: skip
    vague_numbers=("einigen", "einige", "wenigen", "wenige", "mehreren", "mehrere",
                   "ein paar", "vielen", "viele"),  # fmt: skip
    ordinals={stem + ending: n for stem, n in _ORDINAL_STEMS.items()
              for ending in ("e", "en", "er", "es", "em")},  # fmt: skip
    ordinal_suffix=r"\.",
    duration_prefixes=("seit", "für", "binnen", "innerhalb von",
                       "nach", "während"),  # fmt: skip
    duration_suffixes=("lang",),
    set_prefixes=("alle",),
    set_words={
        "jährlich": "P1Y", "alljährlich": "P1Y", "jedes jahr": "P1Y", "monatlich": "P1M",
        "jeden monat": "P1M", "wöchentlich": "P1W", "jede woche": "P1W", "täglich": "P1D",
        "jeden tag": "P1D",
    },  # fmt: skip
    halves=("Halbjahr", "Halbjahres", "Jahreshälfte", "Hälfte des Jahres"),
    decade_pattern=r"(?P<d>(?:1[5-9]|20)?\d)0er(?:[-\s]Jahre[n]?)?",
    month_first_days=False,
    time_pattern=r"(?:um\s+)?(?P<hh>[01]?\d|2[0-3])(?::(?P<mm>[0-5]\d)(?:\s*Uhr)?|\s*Uhr)",
    connectors=("und", "oder", "bis", "sowie", "bzw.", "–", "-", "/", ","),
    range_connectors=("bis", "–", "-"),
    measure_words=frozenset({
        "prozent", "%", "euro", "€", "dollar", "us-dollar", "$", "rubel", "millionen",
        "milliarden", "mio.", "mrd.", "soldaten", "menschen", "personen", "einwohner",
        "teilnehmer", "teilnehmende", "teilnehmenden", "kilometer", "km", "meter", "tonnen",
        "stück", "mal", "stimmen", "seiten", "flüchtlinge", "migranten", "panzer",
        "gefangene", "häftlinge", "opfer", "tote", "fälle",
    }),  # fmt: skip
    number_blockers=("bis zu", "s.", "seite", "seiten", "nr.", "nummer", "artikel", "art.",
                     "§", "abs.", "kapitel", "tabelle", "abbildung", "abb.", "tel.",
                     "plz"),  # fmt: skip
    plural_endings=("en", "er", "e", "n"),
    capitalised_nouns=True,
    determiners=frozenset({
        "des", "der", "dem", "den", "die", "das", "eines", "einer", "einem",
        "seine", "seiner", "seinem", "seinen", "seines", "ihre", "ihrer", "ihrem", "ihren",
        "ihres",
    }),  # fmt: skip
    month_compound_heads=("wahl", "wahlen", "revolution", "aufstand", "unruhen", "proteste",
                          "krise", "gipfel", "offensive", "streik", "putsch", "abkommen",
                          "manöver", "anschläge", "hälfte", "mitte", "ende", "anfang"),  # fmt: skip
    abbreviations=frozenset({
        "bzw", "z", "b", "d", "h", "u", "a", "ca", "vgl", "etc", "dr", "prof", "nr", "s",
        "chr", "st", "abs", "art", "abb", "jh", "mio", "mrd", "usw", "inkl", "evtl", "ggf",
    }),  # fmt: skip
    extra_unit_forms={"jahrzehnten": "DE", "jahrhunderten": "CE", "quartalen": "Q",
                      "jahrzehnts": "DE", "jahres": "Y", "monats": "M"},  # fmt: skip
)
"""The German table."""
