"""Name runs: the stretches of words that make one name, with the titles before them.

``_runs`` walks the document and ``_run_end`` decides where each name ends; titles and English
roles are split off for the card.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterator

from glossary.discovery.contexts import _INDEFINITE_ARTICLES
from glossary.discovery.coordinated import coordinated_head, coordinated_tail
from glossary.discovery.evidence import _bare
from glossary.discovery.lexicon import (
    _counts,
    _named_after_town,
    _of_town,
    _role_word,
    _unlisted_town_adjective,
    named_after_unlisted_town,
)
from glossary.discovery.noble_names import capitalised_particle, double_name
from glossary.discovery.reader import _Reader
from glossary.discovery.run_heads import (
    LOWER_CASE_HEADS,
    SAINTS,
    _after_head_noun,
    _and_head,
    _before_lower_case_head,
    _body_of_land,
    _bridges,
    _closes,
    _english_title_case,
    _given_name_and_initial,
    _head_ahead,
    _initial_before_name,
    _initials_open_name,
    _institution_of_place,
    _named_for_group,
    _named_institution,
    _named_of,
    _of_named_head,
    _opens_before_head,
    _possessive_head,
    _title_possessive,
    firm_word_before_name,
    placed_event_word,
)
from glossary.discovery.run_links import (
    _FAMILY_FIRM,
    _abbreviation_ends,
    _after_event,
    _award_field,
    _common_tail,
    _contest,
    _english_purpose,
    _english_setting,
    _field_and,
    _german_title,
    _given_before,
    _given_name_month,
    _head_before_person,
    _institution_for,
    _known_place_ahead,
    _nicknamed,
    _noble_name,
    _numbered_name,
    _place_link,
    _purpose,
    _quoted_name,
    _regnal_second_name,
    _serial_number,
    _storm_named,
    _the_titled,
    _title_as_surname,
    _titled,
    byline_name,
)
from glossary.discovery.run_nouns import (
    _byname,
    _generation,
    _named_ship,
    _naval_rank_tail,
    _object_after_head,
    _placed_by_von,
    _possessor_after,
    _role_after_possessive,
    _ruled_after,
    _ship_number,
    _surname_after_title,
    _title_before_von,
)
from glossary.discovery.sentence_starts import (
    apposed_start,
    foreign_sentence,
    opens_with_first_word,
    predicated_subject,
    seen_inside,
    subject_alone,
)
from glossary.discovery.tokenising import _INITIAL, TITLE_ABBREVIATIONS, _Token
from glossary.discovery.word_classes import _DETERMINERS, COMMON_ZIPF, LONE_FUNCTION_WORDS
from glossary.first_names import is_first_name, is_listed_first_name, is_surname
from glossary.frequencies import zipf
from glossary.gazetteer import nationality_of, place_type
from glossary.name_words import (
    ANY_SHIP_PREFIX,
    CLUB_PREFIXES,
    CONNECTORS,
    LEGAL_FORMS,
    LINKED_HEAD_KINDS,
    NAME_PREFIXES,
    PARTNERS,
    PLACE_PREFIXES,
    ROMAN,
    head_kind,
    inflected_head_kind,
    is_event_prefix,
    is_name_prefix,
    is_title,
    is_vessel,
    language_names,
    ship_prefix,
)
from glossary.tagger import known_tag, proper_noun_evidence

MAX_NAME_WORDS = 6
"""Longer runs are not one name but a list of them; they are split."""


_HEAD_LINKS = ("of", "von", "bei", "für")
"""Words between a head noun and the name it heads (``Treaty of Versailles``, ``Sea of
Japan``)."""


def _runs(
    words: list[_Token], reader: _Reader, first: int, stop: int
) -> Iterator[tuple[int, int, list[str]]]:
    """Name runs as (first, last) token indexes (inclusive), with the titles before them,
    for the runs that start at ``first`` or later and before ``stop``."""
    capitals, index = reader.capitals, first
    while (at := bisect_left(capitals, index)) < len(capitals) and capitals[at] < stop:
        index = capitals[at]  # a name starts with a capital (its connectors come later)
        numbered = _ship_number(words, index, reader.language)
        if numbered:  # "das U-Boot S-13", "das Boot U 47"
            yield index, index + numbered - 1, []
            index += numbered
            continue
        work = _german_title(words, index + 1, reader)
        if work:  # "der Roman Der Zauberberg": the title after the work's noun
            yield index + 1, index + work, []
            index += work + 1
            continue
        quoted = _quoted_name(words, index, reader) or _titled(words, index, reader)
        quoted = quoted or _nicknamed(words, index, reader) or _the_titled(words, index, reader)
        if quoted:  # the "Iron Lady", the song I See a Star, known as the Iron Duke
            yield index, index + quoted - 1, []
            index += quoted
            continue
        titles: list[str] = []
        start = index
        while (
            start < len(words)
            and (
                is_title(words[start].text)
                or _title_before_von(words, start)
                or _role_after_possessive(words, start, reader)
            )
            and words[start].text[:1].isupper()
            and not _heads_firm(words, start)
            and not _title_as_adjective(words, start)
        ):
            titles.append(words[start].text.rstrip("."))
            start += 1
            rank_tail = _naval_rank_tail(words, start)
            if rank_tail:  # "Kapitän zur See"
                titles[-1] += " zur See"
                start += rank_tail
            if start < len(words) and not words[start].joined:
                break
        if titles and (start >= len(words) or not words[start].joined):
            index = start
            continue
        if titles and _apposed_peerage(words, index, start, reader):
            index = max(_run_end(words, start + 1, reader), start) + 1
            continue  # "James, Duke of York": York names the title, not a place of its own
        if titles and _ruled_after(words, start):
            titles, start = [], start + 1  # "des Herzogs von Württemberg": what he rules
        end = _run_end(words, start, reader, after_title=start > index)
        alone = end == start and (
            _placed_by_von(words, end, reader) or _lone_function_word(_bare(words[end].text))
        )
        if end < start or alone:  # "von Sachsen" placed; "Il" of a title "Il racconto ..."
            index = max(start, index) + 1
            continue
        if titles and index > 0 and words[index].joined and _named_ship(words, index, reader):
            titles, start = [], index  # "der Kreuzer Admiral Hipper": the ship's whole name
        if reader.language == "de" and not titles and start == index:
            start -= coordinated_head(reader.text, words, start)  # "Forst- und Vermessungsamt"
        roles = _english_roles(words, start, end, reader)
        if roles:  # "der Defensive End Kony Ealy": the role goes on the card
            titles.append(" ".join(word.text for word in words[start : start + roles]))
            start += roles
        if (
            reader.language == "en"
            and start < end
            and _nationality_before(words, start, end, reader)
        ):
            start += 1  # "an American Apollo spacecraft": whose it is, not its name
        if reader.language == "en" and _office_tail(words, start, end):
            index = end + 1  # "Chancellor of the Exchequer": the office goes on the card
            continue
        first_end = _second_name(words, start, end)
        if first_end == start < end and reader.language == "en" and _role_word(words[start].text):
            titles.append(words[start].text)  # "Signalman Thomas Barclay", "Democrat Joe Biden"
            start += 1
        else:
            end = first_end
        yield start, end, titles
        index = end + 1


_OFFICE_LINKS = frozenset(("of", "for"))
"""The words between an English office's title and what it is of or for (``Chancellor of
the Exchequer``, ``Secretary of State for War``)."""


def _lone_function_word(word: str) -> bool:
    """An article or particle of another language standing alone (``Il`` of a title ``Il
    racconto ...``), unless it is a given name too (``Les`` Dawson, ``Una`` Stubbs: alone it
    is the person)."""
    return word.lower() in LONE_FUNCTION_WORDS and not is_listed_first_name(word)


def _office_tail(words: list[_Token], start: int, end: int) -> bool:
    """Whether the run from ``start`` to ``end`` ends an English office's name, after a title
    and ``of`` or ``for`` (``Chancellor of the Exchequer``, ``First Lord of the Admiralty``,
    ``Secretary of State for War``): the role goes on the card, and what it names is no
    entry of its own there; a land the packages know is one (``Queen of the Netherlands``), and
    so is a peerage's place (``Earl of Crawford``)."""
    position = start - 1
    for _ in range(2):  # "of the Exchequer"; "of State for War"
        if position > 0 and words[position].text == "the" and words[position].joined:
            position -= 1
        if position < 1 or words[position].text not in _OFFICE_LINKS:
            return False
        if not words[position].joined or not words[position + 1].joined:
            return False
        before = words[position - 1].text
        if before in PEERAGES:
            return False  # "the Earl of Selkirk": the place of his title names him too
        if is_title(before):
            return not place_type(" ".join(word.text for word in words[start : end + 1]))
        if not before[:1].isupper():
            return False
        position -= 2  # the office's own tail ("State" in "Secretary of State for War")
    return False


PEERAGES = frozenset(
    """Duke Duchess Earl Countess Marquess Marquis Marchioness Viscount Viscountess Baron
    Baroness Prince Princess""".split()
)
"""English titles of nobility held ``of`` a place (``Duke of York``, ``Earl of Essex``)."""

GERMAN_PEERAGES = frozenset("Herzog Herzogin Fürst Fürstin Graf Gräfin Freiherr".split())
"""German titles of nobility a person holds of a place (``Fürst von Bismarck``)."""


def _apposed_peerage(words: list[_Token], first: int, start: int, reader: _Reader) -> bool:
    """Whether the title at ``first`` is a peerage set off by a comma after a name, before
    ``of`` and the place it is held of (``James, Duke of York``): the place names the title,
    which belongs to the person before it, not a place the text is about."""
    if reader.language != "en" or first == 0 or start + 1 >= len(words):
        return False
    title, previous = words[first], words[first - 1]
    if title.text not in PEERAGES or title.joined or title.initial:
        return False
    if title.start - previous.end != len(", ") or not previous.text[:1].isupper():
        return False
    return words[start].text == "of" and words[start].joined and words[start + 1].joined


def _nationality_before(words: list[_Token], start: int, end: int, reader: _Reader) -> bool:
    """Whether the run opens with an English adjective of nationality before a name the text
    also writes without it, more often than it writes the adjective (``an American Apollo
    spacecraft``, where ``Apollo`` is the name): the adjective says whose it is. Not before a
    head noun (``British Museum``, ``American Airlines``), nor a given name that looks like
    one (``Roman Abramovich``)."""
    if reader.language != "en":
        return False
    adjective, name = words[start].text, words[start + 1].text
    if head_kind(words[end].text) or reader.alone[name] <= reader.alone[adjective]:
        return False
    if adjective in language_names():  # "German", "French": also given names
        return True
    return bool(nationality_of(adjective)) and not is_listed_first_name(adjective)


def _and_partners(words: list[_Token], position: int) -> bool:
    """Whether ``and`` or ``und`` at ``position`` joins a firm's partners to the name
    before it (``and Company``, ``und Söhne``), which ends there."""
    partners = position + 1
    if partners >= len(words) or words[position].text not in ("and", "und"):
        return False
    if not (words[position].joined and words[partners].joined):
        return False
    after = words[partners + 1] if partners + 1 < len(words) else None
    ends = after is None or not after.joined or not after.text[:1].isupper()
    return words[partners].text in PARTNERS and ends


MAX_PARTNERS = 4
"""The most surnames a firm's name lists before its last partner."""


def _firm_of_partners(words: list[_Token], end: int, reader: _Reader) -> int:
    """How many words a firm named by its partners goes on after the surname at ``end``: more
    capitalised surnames each after a comma, then ``&`` or ``and`` and a partners' word
    (``Smith, Elder & Co.``, ``Barclay, Perkins and Company``); 0 for none. Without that last
    word the commas list people (``Shaw, Lowther and Maxton``)."""
    position, text = end, reader.text
    while position + 1 < len(words) and position - end < MAX_PARTNERS * 2:
        following = words[position + 1]
        gap = text[words[position].end : following.start]
        if gap == ", " and following.text[:1].isupper() and not following.text.isupper():
            position += 1
            continue
        if position == end:
            return 0
        if gap == " & " and following.text in _FAMILY_FIRM | PARTNERS:
            return position + 1 - end
        closing = position + 2 < len(words) and words[position + 2].joined
        if following.text == "and" and following.joined and closing:
            return position + 2 - end if words[position + 2].text in PARTNERS else 0
        return 0
    return 0


def _heads_firm(words: list[_Token], position: int) -> bool:
    """A title right before an organisation's head noun or a plural common noun is the
    first word of its name (``General Motors``, ``General Dynamics``), not a role; so is one
    before a place's head (``Queen Square``, ``King Street``)."""
    following = position + 1
    if following >= len(words) or not words[following].joined:
        return False
    word = words[following].text
    return head_kind(word) in ("organisation", "place") or _plural_of_a_noun(word)


def _plural_of_a_noun(word: str) -> bool:
    """An English plural of a common noun that no list knows as a surname (``Dynamics``,
    ``Industries``; not ``Banks``): after a title, what a firm is named by, not a person."""
    if not (word[:1].isupper() and word.endswith("s")) or is_surname(word) or is_first_name(word):
        return False
    return zipf(word.lower(), "en") >= COMMON_ZIPF and proper_noun_evidence(word, "en") <= 0


def _title_as_adjective(words: list[_Token], position: int) -> bool:
    """An English title after ``the`` before a capitalised common noun that ends the name
    and is no role (``the General Staff``, ``the General Strike``): the title is the
    name's adjective, not a person's rank (``the General Manager``: a role; ``General
    Smith``: a person)."""
    following = position + 1
    if position == 0 or following >= len(words) or words[position - 1].text != "the":
        return False
    noun = words[following]
    if not (noun.joined and words[position].joined and noun.text[:1].isupper()):
        return False
    if _heads_firm(words, position):
        return False  # "the General Board of Health": ``_heads_firm`` reads it
    after = words[following + 1] if following + 1 < len(words) else None
    if after is not None and after.joined and after.text[:1].isupper():
        return False
    tag = known_tag(noun.text.lower(), "en") or ""
    if not tag.startswith("NN") or is_first_name(noun.text):
        return False
    return tag == "NN0" or not _role_word(noun.text)  # "Staff": a body, not one person


MIN_ROLE_ZIPF = 3.5


def _english_roles(words: list[_Token], start: int, end: int, reader: _Reader) -> int:
    """How many English words begin a run in a German text as a role before a person's
    name (``Defensive End Kony Ealy``, ``Running Back Devontae Brisko``): the first words are
    frequent in English, more than in German, and no name or head noun; at least two words
    follow, the first of them a given name or rare in both languages."""
    if reader.language != "de":
        return 0
    for position in range(start, end):  # the name keeps two words at least
        word = words[position].text
        lower = word.lower()
        english = zipf(lower, "en")
        rare = max(english, zipf(lower, "de")) < COMMON_ZIPF
        if position > start and (rare or is_first_name(word)):
            return position - start if not head_kind(word) and word not in CONNECTORS else 0
        if english < MIN_ROLE_ZIPF or english < zipf(lower, "de"):
            return 0
        if is_listed_first_name(word) or head_kind(word) or reader.name_word(word, False):
            return 0  # "welche Vietnam Đại Việt regierte": a name, not a role
    return 0


def _firm_ahead(words: list[_Token], position: int) -> bool:
    """A capitalised word at ``position`` right before a legal form (``Energie AG``): the
    last word of a firm's name, though a common noun."""
    if position + 1 >= len(words):
        return False
    form = words[position + 1]  # most words: no legal form after them, the test first
    return form.text in LEGAL_FORMS and form.joined and words[position].text[:1].isupper()


def _second_name(words: list[_Token], start: int, end: int) -> int:
    """Where a run of two names side by side ends its first one: before a given name that
    follows a word that is none (``ernannte Nixon William E. Simon``), unless the run is a
    place (``San Francisco``); ``end`` when the run is one name."""
    if end - start < 2 or place_type(" ".join(word.text for word in words[start : end + 1])):
        return end
    if head_kind(words[end].text) in ("organisation", "place"):
        return end  # one name on its head noun: "East India Company"
    for position in range(start + 1, end):  # the second name has two words at least
        before = words[position - 1].text
        if (
            is_first_name(words[position].text)
            and before[:1].isupper()
            and not is_listed_first_name(before)  # "Rainer Maria Rilke"
            and not _INITIAL.fullmatch(before)
            and before not in CONNECTORS | PLACE_PREFIXES | CLUB_PREFIXES | ANY_SHIP_PREFIX
            and before not in ROMAN
        ):
            return position - 1
    return end


def _cut_short(words: list[_Token], start: int, end: int) -> bool:
    """Whether a name bridged up to ``end`` fills ``MAX_NAME_WORDS`` while its words go on
    (a capitalised word or a connector joined after it): the name after the link would be
    cut, so the link joins two names, not one (``the Joint Himalayan Committee of the
    Alpine Club`` was ``Joint Himalayan Committee of the Alpine``)."""
    if end - start + 1 < MAX_NAME_WORDS or end + 1 >= len(words):
        return False
    following = words[end + 1]
    return following.joined and (following.text[:1].isupper() or following.text in CONNECTORS)


_APOSTROPHES = ("' ", "’ ")


def _plural_possessive(words: list[_Token], end: int, reader: _Reader) -> bool:
    """Whether an English name word on ``s`` at ``end`` takes a bare apostrophe, the
    possessive of a name on ``s`` (``St Thomas' Hospital``, ``St James' Park``)."""
    word, following = words[end], words[end + 1]
    if reader.language != "en" or following.joined or not word.text.endswith("s"):
        return False
    return reader.text[word.end : following.start] in _APOSTROPHES


def _before_given_name(words: list[_Token], position: int) -> bool:
    """Whether a given name follows the word at ``position``, joined to it."""
    following = position + 1
    return (
        following < len(words) and words[following].joined and is_first_name(words[following].text)
    )


def _town_adjective_before_name(words: list[_Token], start: int, reader: _Reader) -> bool:
    """A German town's adjective that opened a run as a name word, before a noun it names
    (``_named_after_town``: ``Petersburger Blutsonntag``, ``Meißner Hochland``, ``des
    Warschauer Paktes``), after no indefinite article or number (``ein Kieler Student``):
    the checks an adjective that opens no run gets before its noun."""
    if reader.language != "de" or not _of_town(words[start].text):
        return False
    following = words[start + 1]
    if not (following.joined and following.text[:1].isupper()) or following.initial:
        return False
    if start > 0 and (
        words[start - 1].text.lower() in _INDEFINITE_ARTICLES or _counts(words[start - 1].text)
    ):
        return False
    return _named_after_town(following.text)


def _german_initials(words: list[_Token], start: int, reader: _Reader) -> bool:
    """Two initials or more before a German name (``H. J. G. Ferzenaar``): they open it
    (``_initials_open_name``), where one alone does not, as German texts name firms so
    (``bei S. Fischer``); a capital letter alone is otherwise inert."""
    if reader.language != "de" or start + 1 >= len(words):
        return False
    return _INITIAL.fullmatch(words[start + 1].text) is not None and _initials_open_name(
        words, start
    )


def _run_end(words: list[_Token], start: int, reader: _Reader, after_title: bool = False) -> int:
    """The last token of the name starting at ``start``, or ``start - 1`` for none. After a
    title any capitalised word opens a name (``Kaiser Gegen Khan``)."""
    if start >= len(words):
        return start - 1
    first = words[start]
    if start > 0 and first.joined and reader.owned(words[start - 1].text, first.text):
        return start - 1  # "Teslas Patente": what a name owns
    if first.initial and (apposed := apposed_start(reader, words, start)):
        return start + apposed - 1  # "Polar Music, the label he founded"
    if is_title(first.text) and _title_as_adjective(words, start):
        return start + 1  # "the General Strike"
    apposed = not after_title and _after_head_noun(words, start, reader)
    head_first = reader.language == "de" and (
        _named_institution(words, start, reader) or _institution_of_place(words, start, reader)
    )
    institution = head_first
    firm = _firm_ahead(words, start)  # "Ruhrkohle AG"; a common noun may end a firm's name
    firm = firm or (_firm_ahead(words, start + 1) and words[start + 1].joined)  # "Energie AG"
    firm = firm and first.text.lower() not in _DETERMINERS  # not "Die Siemens AG"
    firm = firm or (is_title(first.text) and _heads_firm(words, start))  # "General Motors"
    numbered = _numbered_name(words, start, reader.language)
    battle = reader.language == "de" and placed_event_word(words, start)  # "Seeschlacht bei"
    group = reader.language == "en" and _named_for_group(words, start)  # "Women's ... Union"
    if not first.initial and not (after_title or apposed) and reader.inert(first.text):
        if not (
            _before_lower_case_head(words, start, reader)
            or institution
            or firm
            or numbered
            or battle
            or _german_initials(words, start, reader)
        ):
            return start - 1
    opened = (
        reader.name_word(first.text, first.initial)
        or ((after_title or apposed) and reader.after_title(first.text))
        or institution  # "das Landgericht Hamburg", "die Universität Jena"
        or firm
        or start in reader.ruler_months  # "August der Starke", "August II."
    )
    if opened and (first.initial or reader.alone[first.text] == 1):
        if not first.initial or not seen_inside(reader, first.text):
            opened = not foreign_sentence(reader, words, start)  # "Teaser What if the US"
    if not opened and first.initial and start + 1 < len(words):
        opened = opens_with_first_word(reader, first, words[start + 1])
        opened = opened or subject_alone(reader, first, words[start + 1])
        opened = opened or predicated_subject(reader, words, start)
        opened = opened or _opens_before_head(words, start, reader)
        opened = opened or (is_first_name(first.text) and _title_as_surname(words, start + 1))
    if not opened and start + 1 < len(words):
        opened = reader.given_name_before_surname(first, words[start + 1])
        opened = opened or _given_name_and_initial(words, start)
        opened = opened or (reader.language == "en" and _initials_open_name(words, start))
        opened = opened or _german_initials(words, start, reader)
    if not opened and not first.initial and start + 1 < len(words):
        following = words[start + 1]
        opened = reader.foreign_name_word(first.text) and (
            (following.joined and reader.name_word(following.text, False))
            or bool(_head_ahead(words, start, reader))  # "National Energy Board"
        )
    if not opened and not first.initial:
        opened = _before_lower_case_head(words, start, reader) or _english_title_case(
            words, start, reader
        )
    titled = not opened and _title_possessive(words, start)
    opened = opened or titled or group  # "King's College", "Women's Social and Political Union"
    opened = opened or numbered  # "die Bundesstraße 96", "das Bündnis 90", "Route 66"
    opened = opened or bool(_known_place_ahead(words, start, start, reader))  # "Isle of Man"
    opened = opened or _named_of(words, start, start, reader)  # "the Dominion of Canada"
    opened = opened or bool(_of_named_head(words, start, start, reader))  # "Freedom of ..."
    if not opened and is_name_prefix(first.text) and start + 1 < len(words):
        opened = words[start + 1].joined and reader.after_title(words[start + 1].text)
        opened = opened and (first.text in NAME_PREFIXES or _storm_named(words, start, reader))
        opened = opened and not (first.initial and first.text.lower() in _DETERMINERS)
    headed = bool(
        head_kind(first.text)
        or (reader.language == "de" and inflected_head_kind(first.text))
        or first.text in LINKED_HEAD_KINDS  # "Friends of the Earth"
        or battle
    )
    if not opened and headed and start + 2 < len(words):
        opened = words[start + 1].text in _HEAD_LINKS and _bridges(words, start + 1, reader, True)
        opened = opened or _institution_for(words, start, reader)
        opened = opened or _english_purpose(words, start, start, reader) > 0
        opened = opened or _english_setting(words, start, start, reader) > 0
    adjectives = 0
    if not opened:
        # German "Oberste Heeresleitung", English "Red Army": adjectives then a noun
        position = start
        while position < len(words) and reader.adjective(words, position):
            position += 1
        adjectives = position - start
        if not adjectives or position >= len(words) or not words[position].joined:
            return start - 1
        if not words[position].text[:1].isupper() or is_title(words[position].text):
            return start - 1
        if words[position].text in reader.months:
            return start - 1
        if is_vessel(words[position].text, reader.language):
            return start - 1  # "der Schwere Kreuzer": a class of ship, not one
        if start > 0 and words[start - 1].text.lower() in _INDEFINITE_ARTICLES:
            return start - 1  # "in einer Moskauer Klinik": a name takes the definite article
        if start > 0 and _counts(words[start - 1].text):
            return start - 1  # "die sechs Münchner Brauereien": counted, so things of a sort
        if reader.language == "de" and firm_word_before_name(words, position):
            return start - 1  # "der Schweizer Konzern Richemont": what the firm is, its name
        adjective, noun = words[position - 1].text, words[position].text
        town = reader.language == "de" and _of_town(adjective)
        if town and not _named_after_town(noun):
            return start - 1  # "die Berliner Bürger"
        unlisted = reader.language == "de" and not town and _unlisted_town_adjective(adjective)
        if unlisted and not named_after_unlisted_town(noun):
            return start - 1  # "die Lausitzer Bauern"
    end = start + adjectives + head_first  # "Zirkus Lorch": the name after the head
    if numbered:
        return start + 1
    while end + 1 < len(words) and end - start + 1 < MAX_NAME_WORDS:
        following = words[end + 1]
        if not following.joined and _regnal_second_name(words, end + 1, reader):
            end += 1  # "Gustav II. Adolf": the numeral's period ends no sentence; the land
            break  # after it stays apart, as after "Karl V." ("von Schweden")
        if following.text == "und" and (double := double_name(words, end, reader.noble_pairs())):
            end += double  # "Gustav Krupp von Bohlen und Halbach", written so more than once
            break
        if _plural_possessive(words, end, reader):
            end += _possessive_head(words, end + 1, after_gap=True)  # "St Thomas' Hospital"
            break
        partners = _firm_of_partners(words, end, reader)
        if partners:
            end += partners  # "Smith, Elder & Co.": the partners' surnames and the firm word
            break
        if not following.joined:
            break
        noble = _noble_name(words, end + 1, start)
        if noble:
            end += noble  # "Helmuth James Graf von Moltke": the predicate is the name's
            break
        known = _known_place_ahead(words, start, end, reader)
        if known:  # "Bosnia and Herzegovina", "Port of Spain"
            end += known
            continue
        byname = _byname(words, end, reader) if end == start else _generation(words, end)
        if byname:
            end += byname  # "Heinrich der Löwe", "Heinrichs des Löwen"
            break
        if reader.genitive(words[end].text) or _possessor_after(words, end, reader):
            break
        if _closes(words[end]) and not (titled and end == start):
            lone = end == start or words[start].text in SAINTS
            lone = lone and not place_type(_bare(words[end].text))  # not "Russia's Navy"
            end += _possessive_head(words, end + 1, lone_owner=lone)  # "Robin Hood's Bay"
            break
        if reader.language == "de" and _common_tail(words[end].text):
            break  # "der ABC-Sender American Broadcasting Company": the noun ends it
        if end == start and reader.names_with_noun(words[end].text, following.text):
            end += 1  # "die IG Metall": an abbreviation never written alone, and a noun
            break
        if end == start and ship_prefix(words[end].text, reader.language):
            end += 1  # "SMS Emden", "HMS Beagle": the prefix and the ship's name
            continue
        if reader.language == "de" and _abbreviation_ends(words[end].text, following.text, reader):
            break  # "die UNESCO Zollverein": two names
        if _contest(words, end + 1, reader):
            end += 2  # "Betts v. Brady": a lawsuit between two sides
            continue
        if reader.language == "en" and _serial_number(words, end + 1, reader):
            end += 1  # "Apollo 11": one of a series
            break
        if following.text in reader.months and _given_name_month(words[end].text, following.text):
            end += 1  # "Ernst August", "Karl August"
            continue
        event = head_kind(words[end].text) == "event" and not is_event_prefix(words[end].text)
        if event and _after_event(following.text, reader):
            break  # an event's name ends on its head ("First World War Curie", "... Battle")
        if following.start - words[end].end == len(" & ") and following.text in _FAMILY_FIRM:
            end += 1  # "Godeffroy & Sohn", "Thonet & Söhne"
            break
        if _and_partners(words, end + 1):
            end += 2  # "Robert Steele and Company", "Franz Haniel und Söhne"
            break
        if end > start and reader.language == "de" and _head_before_person(words, end):
            break  # "das Hamburger Handelshaus J. C. Godeffroy": the firm's owner follows
        if following.text in TITLE_ABBREVIATIONS and _before_given_name(words, end + 1):
            break  # "Army Col. John Smith": the title begins the next name
        after_initial = _INITIAL.fullmatch(words[end].text) and following.text[:1].isupper()
        initial = _INITIAL.fullmatch(following.text) and _initial_before_name(words, end + 1)
        foreign = reader.foreign_name_word(following.text) and not head_kind(words[end].text)
        given = _given_before(words[end].text, following.text)
        given = given and (
            reader.after_given_name(following.text)
            or (after_title and end == start and _surname_after_title(following.text, reader))
        )
        if reader.continues(following.text) or following.text in ROMAN or after_initial or initial:
            end += 1
            continue
        if capitalised_particle(words, end) and reader.name_word(words[end + 2].text, False):
            end += 2  # "Maria Di Stasio": the particle begins the family name
            continue
        if end == start and byline_name(words, end, reader):
            end += 1  # "Von Mara Beispiel": the byline's author
            break
        if given:  # "Theodor Fontane": a surname that is frequent in German texts
            end += 1
            continue
        if end == start and _title_as_surname(words, end + 1):
            end += 1  # "Roman Herzog", "Priya Shah": a title's word as a surname
            break
        if words[end].text in CLUB_PREFIXES and reader.after_title(following.text):
            end += 1  # "FC Phönix", "VfB Mühlburg": any word names the club
            continue
        if is_event_prefix(words[end].text) and _storm_named(words, end, reader):
            end += 1  # "das Orkantief Vincinette": a rare word after it names the storm
            continue
        if foreign:  # "Colorado Springs" in a German text
            end += 1
            continue
        linked = _place_link(words, start, end, reader)
        if linked:  # "Frankfurt am Main"
            end += linked
            break
        if end == start and _placed_by_von(words, end, reader):
            break  # "der Hafen von Gotenhafen", "die Straßen von Paris": the town is the name,
            # and the head alone none (``_runs``)
        named = _of_named_head(words, start, end, reader)
        if named:  # "Freedom of Information Act"
            end += named
            break
        # "Treaty of Versailles", "Communist Party of China": a head noun before the link
        head_start = bool(head_kind(words[start].text) or head_kind(words[end].text))
        head_start = head_start or words[start].text in LINKED_HEAD_KINDS
        head_start = head_start or _body_of_land(words, start, end, reader)
        head_start = head_start or _named_of(words, start, end, reader)
        if words[end].text not in ROMAN and _bridges(words, end + 1, reader, head_start):
            bridged = end + (2 if words[end + 2].text not in CONNECTORS else 3)
            if _cut_short(words, start, bridged):
                break  # "the General Assembly Hall | of the Church of Scotland": two names
            end = bridged
            continue
        if end == start and _town_adjective_before_name(words, start, reader):
            end += 1  # "am Moskauer Konservatorium", "des Warschauer Paktes"
            break
        if head_kind(following.text) and not words[end].text.isupper():
            if reader.language == "de" and _object_after_head(words[end].text, following.text):
                break  # "führte die Kölner Konföderation Krieg": the verb's object
            end += 1  # "Weimarer Republik" ends on its head noun
            continue
        purpose = _purpose(words, end, reader)
        if purpose:  # "Bundesministerium für Gesundheit"
            end += purpose
            break
        field = _award_field(words, end, reader)
        if field:  # "Nobel Prize in Physics"
            end += field
            break
        setting = _english_setting(words, start, end, reader)
        if setting:  # "Theatre by the Lake"
            end += setting
            break
        purpose = _english_purpose(words, start, end, reader)
        if purpose:  # "Department for Education": the name goes on ("... for Security and")
            end += purpose
            continue
        if reader.language == "en" and following.text in LOWER_CASE_HEADS:
            end += 1  # "Song dynasty"
            break
        if _firm_ahead(words, end + 1):
            end += 2  # "Hallberg Antriebstechnik GmbH": the firm's name runs to its legal form
            break
        field = _field_and(words, start, end, reader)
        if field:  # "Ministry of Food and Agriculture"
            end += field
            break
        ahead = _head_ahead(words, end, reader) or _and_head(words, end, reader)
        if ahead:
            end += ahead  # "Westfield Radio Network", "Canal and River Trust"
            continue
        break
    if reader.language == "de":
        end += coordinated_tail(reader.text, words, start, end)  # "... Obst- und Weinbau"
    return end
