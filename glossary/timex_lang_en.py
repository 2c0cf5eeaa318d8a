"""English function words for the date tagger (data only; the logic is in ``timex_rules``)."""

from __future__ import annotations

from glossary.timex_words import LanguageWords

WORDS = LanguageWords(
    code="en",
    signals={"since": "AFTER", "after": "AFTER", "from": "AFTER", "until": "BEFORE",
             "till": "BEFORE", "by": "BEFORE", "before": "BEFORE", "to": "BEFORE"},  # fmt: skip
    signal_articles=("the",),
    narrative_breakers=frozenset({"since", "after", "before", "from", "of"}),
    position_words={"early": "START", "beginning": "START", "start": "START", "mid": "MID",
                    "middle": "MID", "late": "END", "end": "END"},  # fmt: skip
    position_links=("of", "the", "of the", "of this"),
    approx_words=("around", "about", "circa", "c.", "approximately", "roughly"),
    more_words=("over", "more than", "longer than"),
    less_words=("almost", "nearly", "less than", "under", "shorter than"),
    seasons={"spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI"},
    day_parts={"morning": "MO", "noon": "MI", "midday": "MI", "afternoon": "AF",
               "evening": "EV", "night": "NI"},  # fmt: skip
    day_part_link=r"(?:of|on)",
    month_triggers=("in", "since", "until", "by", "from", "early", "mid", "late", "of",
                    "during", "this", "last", "next", "the"),  # fmt: skip
    first_last={"first": "first", "last": "last"},
    year_nouns=("year",),
    reference_years={"that year": 0, "the same year": 0, "the year": 0,
                     "the previous year": -1, "the year before": -1,
                     "the following year": 1, "the next year": 1},  # fmt: skip
    prefixed_only=("the year",),
    anchor_years={"last year": -1, "this year": 0, "next year": 1, "the coming year": 1},
    present=("today", "to this day", "until today", "to date", "nowadays", "currently",
             "at present", "presently", "at the moment", "at this time"),  # fmt: skip
    past=("in the past", "in recent years", "in the past years", "a few years earlier",
          "a few years ago", "years ago", "years earlier"),  # fmt: skip
    future=("in the future", "in the coming years", "in future", "in the years ahead",
            "for the foreseeable future"),
    numbers={
        "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
        "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
        "fifteen": 15, "twenty": 20, "thirty": 30,
    },  # fmt: skip
    vague_numbers=("a few", "few", "several", "some", "many"),
    ordinals={"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
              "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11,
              "twelfth": 12, "thirteenth": 13, "fourteenth": 14, "fifteenth": 15,
              "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19,
              "twentieth": 20, "twenty-first": 21},  # fmt: skip
    ordinal_suffix=r"(?:st|nd|rd|th)",
    duration_prefixes=("for", "within", "after", "during", "since"),
    duration_suffixes=("long",),
    set_prefixes=("every", "each"),
    set_words={"annually": "P1Y", "yearly": "P1Y", "every year": "P1Y", "each year": "P1Y",
               "monthly": "P1M", "every month": "P1M", "weekly": "P1W", "every week": "P1W",
               "daily": "P1D", "every day": "P1D"},  # fmt: skip
    halves=("half",),
    decade_pattern=r"(?:the\s+)?(?P<d>(?:1[5-9]|20)?\d)0['’]?s",
    month_first_days=True,
    time_pattern=r"(?:at\s+)?(?P<hh>[01]?\d|2[0-3]):(?P<mm>[0-5]\d)",
    connectors=("and", "or", "to", "through", "–", "-", "/", ","),
    range_connectors=("to", "through", "until", "–", "-"),
    measure_words=frozenset({
        "percent", "per", "%", "dollars", "euros", "$", "€", "million", "billion", "soldiers",
        "troops", "people", "persons", "residents", "participants", "km", "kilometers",
        "miles", "meters", "tons", "times", "votes", "pages", "refugees", "migrants", "tanks",
        "prisoners", "victims", "cases",
    }),  # fmt: skip
    number_blockers=("up to", "p.", "pp.", "page", "pages", "no.", "number", "article",
                     "section", "chapter", "table", "figure", "fig."),  # fmt: skip
    plural_endings=("s",),
    capitalised_nouns=False,
    determiners=frozenset({"the", "its", "their", "his", "her", "a", "an", "this", "that"}),
    month_compound_heads=(),
    abbreviations=frozenset({"mr", "mrs", "ms", "dr", "prof", "st", "e.g", "i.e", "vs", "no",
                             "p", "pp", "u.s", "jr", "sr", "c", "fig"}),  # fmt: skip
    extra_unit_forms={"yrs": "Y"},
)
"""The English table."""
