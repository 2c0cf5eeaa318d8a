"""The shape of a language's function-word table for the date tagger.

Month, weekday, quarter, era and unit names come from Babel's CLDR data (see
``timex_lexicon``); only the words CLDR does not carry (prepositions, position words,
seasons, number words) live in one ``LanguageWords`` table per language, so adding a
language means adding one data module and no logic.
"""

from __future__ import annotations

from dataclasses import dataclass, field

SEASON = "J"
"""The unit of seasons counted from the passage in ``day_refs`` (``im folgenden Sommer``)."""
SEASONS = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}
"""Season codes and the months they begin in."""


@dataclass(frozen=True, slots=True, eq=False, repr=False)
class LanguageWords:
    """Function words of one language, all lower-case unless noted.

    No generated ``__eq__`` or ``__repr__``: one table per language is compared by identity,
    and their code for about a hundred fields costs every process that tags dates a few
    milliseconds of class creation (issue 14).
    """

    code: str
    """The Babel locale code (``de``, ``en``)."""
    signals: dict[str, str]
    """Preposition before a date -> the mod it gives (``seit`` -> ``AFTER``)."""
    signal_articles: tuple[str, ...]
    """Articles that may follow a signal (``bis zum``, ``seit dem``)."""
    narrative_breakers: frozenset[str]
    """Signals whose date is a flashback or an event attribute, not the story's time."""
    position_words: dict[str, str]
    """``Anfang`` / ``early`` ... -> ``START`` / ``MID`` / ``END``."""
    position_links: tuple[str, ...]
    """Words between a position word and its date (``Ende des Jahres``, ``end of``)."""
    approx_words: tuple[str, ...]
    """``etwa``, ``rund``, ``around``: give the mod ``APPROX``."""
    more_words: tuple[str, ...]
    """``über``, ``mehr als``: a duration's mod ``MORE_THAN``."""
    less_words: tuple[str, ...]
    """``knapp``, ``fast``: a duration's mod ``LESS_THAN``."""
    seasons: dict[str, str]
    """Season noun -> TIMEX3 code (``Sommer`` -> ``SU``)."""
    day_parts: dict[str, str]
    """Part of day -> TIMEX3 code (``Mittag`` -> ``MI``)."""
    day_part_link: str
    """Regex between a part of day and its date (``des``, ``of``)."""
    month_triggers: tuple[str, ...]
    """Words that let a bare month or season name stand without a year (``im Mai``)."""
    first_last: dict[str, str]
    """``ersten``/``letzten`` -> ``first``/``last`` (``in den ersten neun Monaten``)."""
    year_nouns: tuple[str, ...]
    """Forms of "year" that introduce a number (``im Jahr 2021``, ``des Jahres 2023``)."""
    reference_years: dict[str, int]
    """Year-less phrases -> offset from the passage's year (``im Vorjahr`` -> -1)."""
    prefixed_only: tuple[str, ...]
    """Reference phrases that need a position word (``Ende des Jahres``, ``end of the year``)."""
    anchor_years: dict[str, int]
    """Phrases relative to the document date (``letztes Jahr`` -> -1)."""
    present: tuple[str, ...]
    """Adverbs and phrases meaning "now" (``PRESENT_REF``)."""
    past: tuple[str, ...]
    """Phrases meaning "in the past" (``PAST_REF``)."""
    future: tuple[str, ...]
    """Phrases meaning "in the future" (``FUTURE_REF``)."""
    numbers: dict[str, int]
    """Number words (``drei`` -> 3)."""
    vague_numbers: tuple[str, ...]
    """``einigen``, ``a few``: an unknown count (``PXY``, ``PAST_REF``)."""
    ordinals: dict[str, int]
    """Ordinal words with their inflections (``ersten`` -> 1)."""
    ordinal_suffix: str
    """Regex after a digit that makes it an ordinal (``\\.`` or ``st|nd|rd|th``)."""
    duration_prefixes: tuple[str, ...]
    """Words that make a count of units a duration (``seit``, ``für``, ``for``)."""
    duration_suffixes: tuple[str, ...]
    """Words after a count of units (``lang``, ``long``)."""
    set_prefixes: tuple[str, ...]
    """``alle`` / ``every``: a count of units becomes a ``SET``."""
    set_words: dict[str, str]
    """Adverbs and phrases of recurrence -> period (``jährlich`` -> ``P1Y``)."""
    halves: tuple[str, ...]
    """Nouns meaning half-year (``Halbjahr``, ``Jahreshälfte``, ``half``)."""
    decade_pattern: str
    """Regex of a decade with group ``d`` (``1990er Jahre``, ``the 1990s``)."""
    month_first_days: bool
    """English writes ``March 24``; German ``24. März``."""
    time_pattern: str
    """Regex of a clock time with groups ``hh`` and ``mm``."""
    connectors: tuple[str, ...]
    """Words joining coordinated dates that share a year or month."""
    range_connectors: tuple[str, ...]
    """Connectors that end a range (``bis``, ``to``): no BEFORE for the second date."""
    measure_words: frozenset[str]
    """Nouns after a number that show it counts something (``Soldaten``, ``percent``)."""
    money_words: frozenset[str]
    """Currencies after a number: an amount even after a date's preposition (``von 1200
    Gulden``), where a count of people may still be a year (``seit 2015 Soldaten ...``)."""
    count_prepositions: tuple[str, ...]
    """Date prepositions that also take counts: after them a number before a plural noun
    counts it (German ``in 2000 Wohnungen``; English "In 2000 people voted" is a year)."""
    number_blockers: tuple[str, ...]
    """Words before a number that make it a page, item or amount (``S.``, ``bis zu``)."""
    plural_endings: tuple[str, ...]
    """Endings of a plural noun after a number that make the number a count (``Aktien``)."""
    capitalised_nouns: bool
    """German capitalises nouns: only a capitalised word after a number can be its noun."""
    determiners: frozenset[str]
    """Determiners before a bare year that make it attributive (``des 1999 gebildeten``)."""
    month_compound_heads: tuple[str, ...]
    """Nouns glued to a month name that still name that month (``Augustwahl``)."""
    abbreviations: frozenset[str]
    """Tokens ending in a full stop that do not end a sentence (``bzw``, ``Dr``)."""
    season_positions: dict[str, str] = field(default_factory=dict)
    """Parts of a season written before its name, glued or not (``Spät``sommer, ``high``
    summer, ``mid``winter) -> the mod they give (``END``, ``MID``)."""
    extra_unit_forms: dict[str, str] = field(default_factory=dict)
    """Inflected unit words CLDR lacks -> unit code (``Jahrzehnten`` -> ``DE``)."""
    holidays: dict[str, tuple[int, int]] = field(default_factory=dict)
    movable_feasts: dict[str, int] = field(default_factory=dict)
    """Feasts counted from Easter Sunday -> days after it (``Pfingsten`` -> 49)."""
    """Feasts on a fixed day -> (month, day): ``Weihnachten`` -> (12, 25). Without a year
    they need a preposition (``an Weihnachten``), like a bare month."""
    extra_eras: dict[str, bool] = field(default_factory=dict)
    """Era names CLDR lacks or spells out too long to match -> True for the common era."""
    day_joiners: tuple[str, ...] = ()
    """More words joining two days of one month ("in der Nacht vom 21. *auf den* 22. Juni")."""
    deictic: dict[str, tuple[int, str]] = field(default_factory=dict)
    """Words for days, weeks and months counted from the document date -> (amount, unit):
    ``gestern`` -> (-1, ``D``), ``vergangene Woche`` -> (-1, ``W``)."""
    deictic_parts: dict[str, str] = field(default_factory=dict)
    """Those of ``deictic`` that name a part of their day -> its code: ``tonight`` -> ``NI``,
    ``gestern Abend`` -> ``EV``."""
    date_approx_words: tuple[str, ...] = ()
    """Words that mean "about" only before a date (``um 1455``), not before a duration
    (``um drei Jahre verlängert``)."""
    lead_prepositions: tuple[str, ...] = ()
    """Prepositions that open a reference phrase but, as TimeML signals, stay outside its
    extent (``bis`` heute, ``in`` der Vergangenheit)."""
    connective_followers: tuple[str, ...] = ()
    """Words after ``bald``/``soon`` that make it a connective ("bald darauf", "soon after"),
    not a future reference."""
    genitives: tuple[str, ...] = ()
    """Words after a vague reference that make it a stretch of something else ("in den
    letzten Jahren *der* Apartheid", "zur Zeit *der* Namensgebung"): no reference then."""
    duration_words: dict[str, str] = field(default_factory=dict)
    """Adverbs and adjectives that are durations by themselves (``jahrelang`` -> ``PXY``)."""
    unit_adjectives: dict[str, str] = field(default_factory=dict)
    """Endings of number compounds that make a duration (``-tägig`` -> ``D``): the number
    word or digits before them is the count (``sechstägigen`` P6D, ``3-jährige`` P3Y)."""
    adjective_endings: tuple[str, ...] = ("",)
    """Inflection endings of such adjectives (``e``, ``en`` ...)."""
    within_prefixes: tuple[str, ...] = ()
    """Duration prefixes that bound a stretch from the passage's time (``binnen``, ``within``):
    "binnen weniger Tage" is a few days after it, not a duration of unknown length."""
    after_prefixes: tuple[str, ...] = ()
    """Duration prefixes after which a count of days or weeks says where the story went on
    from the passage's day (``nach einer Woche``, ``after three days``): the value stays the
    duration TIMEX3 gives it, and the resolver places it (``Timex.near``)."""
    fraction_followers: tuple[str, ...] = ()
    """Words after a count of quarters that make it a share or a clock time, not three months
    ("a quarter of the flights", "three quarters of the town", "a quarter to ten")."""
    event_signals: dict[str, int] = field(default_factory=dict)
    """Words that, after a count of days or weeks and before an article, count it from an
    event the text told (``zwei Tage nach dem Unglück`` -> 1, ``three days before the launch``
    -> -1): placed from the passage's day, as after ``after_prefixes``."""
    shift_words: dict[str, int] = field(default_factory=dict)
    """Words after a count of units that move from the passage's time (``später`` -> 1,
    ``zuvor`` -> -1): "drei Jahre später" is a date, not a duration."""
    pause_shift_words: tuple[str, ...] = ()
    """Those of ``shift_words`` that are a step in time only before a pause ("Thirty years
    on, …"; "two years on the run" is none)."""
    writers_season_leads: tuple[str, ...] = ()
    """Words before a season in ``day_refs`` that count it from the date of writing when the
    text names no year of its own ("im nächsten Sommer", "last winter"); "folgenden", "the
    following" and "darauf" count only from the story."""
    day_refs: dict[str, tuple[int, str, str]] = field(default_factory=dict)
    """Anaphoric days, weeks and months -> (amount, unit, part of day), counted from the
    passage's date: ``folgenden Morgen`` -> (1, ``D``, ``MO``), ``selben Monat`` -> (0,
    ``M``, ``""``); seasons have the unit ``SEASON`` and their code as the part
    (``folgenden Sommer`` -> (1, ``SEASON``, ``SU``))."""
    end_refs: tuple[str, ...] = ()
    """Those of ``day_refs`` that name the end of their week or month (``Ende der Woche``,
    ``the end of the week``): ``END``."""
    day_ref_leads: tuple[str, ...] = ()
    """Prepositions before such a day (``am``, ``noch am``); they stay outside the extent."""
    day_leads: tuple[str, ...] = ()
    """Those of ``day_ref_leads`` that only a time follows where they open a clause: after them
    "the" and a weekday is a day even before a capitalised word ("On the Friday Parliament
    voted"), where elsewhere it may be a name ("in the Sunday Times", "appeared on the Sunday
    Times website")."""
    clause_openers: tuple[str, ...] = ()
    """Words after which a clause begins ("and", "but"), as after a comma or a stop."""
    day_refs_need_lead: bool = True
    """German ``Abend`` is only a day reference after ``am``; English phrases carry their
    own determiner (``the next day``), so the preposition is optional."""
    between: tuple[str, str] = ("", "")
    """The words around the two ends of a range that opens without a signal ("between March
    2022 and July 2023", "zwischen 2001 und 2003")."""
    infinitive_marker: str = ""
    """The word before a verb's infinitive (``to``); see ``verb_homographs``."""
    verb_homographs: frozenset[str] = frozenset()
    """Season and month names that after ``infinitive_marker`` are far more often verbs
    (``fall``, ``march``): written small there they are the verb ("heavy rain began to
    fall"), unless a season or month before the marker opens a stretch ("from spring to
    fall"). Not ``spring``: "postponed to spring" is as likely as "to spring into action"."""
    pluperfect: tuple[str, ...] = ()
    """Auxiliaries of the pluperfect (``hatte``, ``had``): a clause with one looks back, so
    its year-less month is not taken as the story moving on into the next year."""
    distal: tuple[str, ...] = ()
    """Distal demonstratives (``jenem``, ``that``): "in jenem Sommer" is a summer of the story,
    never the summer of the date of writing."""
    proximal: tuple[str, ...] = ()
    """Proximal demonstratives (``dieses``): "im Mai dieses Jahres" is of the year of writing
    in a report that tells of the writer's week, of the story's year in a chronicle."""
    distal_conjunctions: tuple[str, ...] = ()
    """Those of ``distal`` that are also conjunctions (English ``that``): a demonstrative only
    at the start of its clause or after one of ``prepositions``."""
    prepositions: frozenset[str] = frozenset()
    """Prepositions before a demonstrative (``of``, ``in``, ``from``): "the fear of that March
    evening" (see ``distal_conjunctions``)."""
    completion_leads: tuple[str, ...] = ()
    """Prepositions of the time by which something was done (``by``): a date after one in a
    clause in the pluperfect tells how far the story has got, not a flashback: that is what
    the pluperfect after "by" means, for any date ("By the Monday most mills had closed", "By
    1925 he had moved to Berlin. In March he married": March 1925). (German ``bis`` also
    ends a range: "nachdem er von 1910 bis 1915 in Wien gelebt hatte" looks back.)"""
    prospective: tuple[str, ...] = ()
    """Auxiliaries of a plan or an expectation in the past (``sollte``, ``was to``): a date in a
    clause with one is where the story was meant to go, a glance ahead ("Die Reise sollte am
    nächsten Morgen in Savona weitergehen"); the story stays at its time."""
    future_auxiliaries: tuple[str, ...] = ()
    """Auxiliaries of the future (``will``, ``wird``): a weekday in a clause with one is a day
    ahead of the date of writing ("On Sunday the town will lay wreaths"), never one of the
    past week an anniversary recalls."""
    modals: tuple[str, ...] = ()
    """Modal verbs and "is to" (``might``, ``könnte``): a clause with one tells of what may be,
    not of what is, so a count of years in it never counts up to the date of writing
    ("Twenty years later her house might become a museum" is 20 years on, not today)."""
    perfect_infinitives: tuple[str, ...] = ()
    """Auxiliaries of a perfect infinitive that ends a clause (``haben``, ``sein``): a modal
    with one reports a claim about the past ("Der Kassierer will am Freitag nichts bemerkt
    haben"), not what is to come."""
    today: tuple[str, ...] = ()
    """The word for "today": in a dated entry (a diary's, a letter's) it is the entry's day."""
    weekdays: dict[str, int] = field(default_factory=dict)
    """Weekday names -> ISO number (``samstag``, ``sonnabend`` -> 6): after a preposition
    ("am Montag", "on the Sunday morning") a day of the story's week, the first such day
    from the passage's day on (``glossary.timex_resolve``)."""
    weekday_steps: dict[str, int] = field(default_factory=dict)
    """Words before a weekday that say which one and need no preposition: the next after the
    passage's day (``kommenden``, ``following`` -> 1), the last before it (``vergangenen``,
    ``last`` -> -1), or the one the story is at (``jenem``, ``that`` -> 0)."""
    definite_articles: tuple[str, ...] = ()
    """Definite articles that belong to a day's extent where no preposition carries them
    (``the``: "on the Sunday", "the third day"). In a language that writes only names with a
    capital, such a weekday before a capitalised word begins a name ("the Sunday Times", "the
    Monday Club"), not a day."""
    day_units: dict[str, str] = field(default_factory=dict)
    """Nouns of a day or a week counted by an ordinal -> unit code (``Tag`` -> ``D``, ``week``
    -> ``W``): "am dritten Tag", "in the second week" are counted from the first day of the
    story's run of days (``glossary.timex_resolve``), as are the parts of a day ("the second
    night")."""
    weekday_articles: tuple[str, ...] = ()
    """Indefinite articles before a weekday (``einem``, ``a``): "an einem Montagabend" is a
    Monday of no known week (``XXXX-WXX-1TEV``), not the story's next one."""
    decade_word_pattern: str = ""
    """Regex of a decade in words around ``{words}``, the tens as decade words with group
    ``dw`` (``achtziger Jahre``, ``Achtzigerjahre``, ``the eighties``)."""
    decade_ending: tuple[str, str] = ("", "")
    """How a tens number word becomes its decade word: the ending it loses and the one it
    takes (``zwanzig`` + ``er``; ``twenty`` - ``y`` + ``ies``)."""
    decade_lead: str = ""
    """Regex the text before a decade word must end with (English ``the``, as in "the
    eighties"; "in her eighties" is an age), or empty."""
    season_day: str = ""
    """Regex between a season and the year of a day or part of a day it names, around
    ``{parts}`` (the day words): "a spring day in 1952", "an einem Frühlingstag 1952"."""
    decade_measures: str = ""
    """Regex of a measured quantity the clause before a decade word names (``temperatures``,
    ``a round``, ``scores``): "in the seventies" is then its range of values, no decade."""
    simile_words: tuple[str, ...] = ()
    """Words that open a comparison with a thing (``as``, ``wie``): in "slow as tar in
    January" the month says what kind of tar, it dates nothing."""
    month_leads: tuple[str, ...] = ()
    """Prepositions before a bare month (``in``, ``im``), for ``simile_words``."""
    simile_thing: str = ""
    """Regex of the thing a comparison likens to: a noun with at most an article before it
    ("tar", "a snail", "Sirup"), never a pronoun, verb, participle or adverb ("as they did",
    "as planned", "as sharply", "wie geplant", "wie schon"), which make a real date."""
    night_before: str = ""
    """Regex of a night named by the day it leads into (``Nacht zum``, ``Nacht auf``): that
    day's night (``TNI``), as "in der Nacht zum 5. Mai" is."""
    free_day_refs: tuple[str, ...] = ()
    """Day references that are adverbs on their own and need no preposition (``tags
    darauf``, an adverbial genitive)."""
    month_day_leads: tuple[str, ...] = ()
    """Prepositions before a bare day of the month (``am 9.``, ``den 17.``): with them the
    ordinal is the day of the passage's month, as chronicles write it."""
    month_words: str = ""
    """Regex of an abbreviation of "of this month" after such a day (``d. M.``)."""
    clock_words: str = ""
    """Regex of the word that makes the number before it a clock time (``Uhr``, ``o'clock``,
    ``p.m.``), with an optional group ``cp`` (or ``cp2``) for the part of day (``abends``)."""
    clock_triggers: tuple[str, ...] = ()
    """The first tokens of those words (``uhr``; ``p``, ``o`` for ``p.m.``, ``o'clock``)."""
    clock_parts: dict[str, int] = field(default_factory=dict)
    """Part-of-day words after a clock time -> hours to add (``abends`` -> 12)."""
    multipliers: tuple[str, ...] = ()
    """Words between a count and its unit that make it vague (``Millionen``)."""
    quantity_prepositions: tuple[str, ...] = ()
    """Prepositions that take the figure a verb of stating a quantity gives (``mit``, ``auf``,
    ``at``): "mit etwa 1910 angegeben", "put at about 1910"."""
    quantity_verbs: frozenset[str] = frozenset()
    """Forms of verbs that only ever state a quantity (``beziffert``, ``veranschlagt``,
    ``totalled``): with a quantity preposition before a bare number they make it a count,
    where a verb of dating keeps it a year ("auf 1910 datiert")."""
    estimate_verbs: frozenset[str] = frozenset()
    """Forms of verbs that state a quantity or date a thing (``geschätzt``, ``angegeben``,
    ``put``, ``placed``): they make the figure a count only with a noun of a count in the
    clause ("The death toll was put at 1910"; "Historians put its founding at 1350")."""
    date_stems: tuple[str, ...] = ()
    """Nouns that name a point in time (``jahr``, ``datum``, ``date``): the figure stated for
    them is a year ("Das Baujahr wird mit 1910 angegeben") unless a count noun is in the
    clause too."""
    count_stems: tuple[str, ...] = ()
    """Nouns that name a count (``zahl``, ``number``, ``toll``)."""
    stem_endings: tuple[str, ...] = ("",)
    """Endings a noun of ``date_stems`` or ``count_stems`` may take (``s``: ``figures``)."""
    compound_heads: bool = False
    """Whether those nouns also name a count or time as the head of a compound
    (``Opferzahl``, ``Baujahr``): the word ends with one, "Zahlung" does not."""
