"""Synonym sets and German–English translations from the shipped lexicons, and links between
passages that meet by them."""

from __future__ import annotations

from dataclasses import replace

from glossary.features import DocumentFeatures, SentenceFeatures
from glossary.link_passages import Passage
from glossary.link_statistics import TermStatistics
from glossary.link_translations import TranslationMatching
from glossary.link_weights import LinkWeights
from glossary.link_words import english_agent_roots, german_agent_noun
from glossary.links import LinkIndex
from glossary.synonyms import Thesaurus, english_thesaurus, thesaurus
from glossary.translations import Translations, action_nouns, phrases, translations


def test_sets_are_read_as_keys_and_small_sets_tell_more() -> None:
    sets = Thesaurus.from_sets(
        ["Maß;Größe", "Flut;Menge;Heer;Armee;Schar;Masse;Haufen;Reihe", "allein"]
    )
    assert sets.meeting("mass", "grösse") == 1.0
    assert 0 < sets.meeting("flut", "armee") < 1.0
    assert sets.meeting("mass", "mass") == 0.0  # the same word is a shared lemma, not a synonym
    assert sets.meeting("mass", "armee") == 0.0
    assert sets.sets("allein") == ()
    assert sets.sets("grösse") == sets.sets("mass")


def test_shipped_thesaurus_knows_near_synonyms_of_the_issue() -> None:
    sets = thesaurus()
    assert sets.meeting("streitkräfte", "armee") > 0.5
    assert sets.meeting("manöver", "übung") > 0.5
    assert sets.meeting("besatzung", "crew") > 0.5


def german(doc: str, index: int, written: str) -> SentenceFeatures:
    """A sentence whose terms are the written words' lower case (nouns keep their capital)."""
    words = {word.lower(): word for word in written.split()}
    return SentenceFeatures(
        doc, index, index * 100, index * 100 + 99, terms=dict.fromkeys(words, 1.0), words=words
    )


def index_of(
    a: SentenceFeatures, b: SentenceFeatures, language: str = "de", other: str | None = None
) -> LinkIndex:
    """Two documents (in ``language``, the second in ``other`` if given): the given sentence
    first, then filler of unrelated rare words."""
    index = LinkIndex()
    for doc, first, lang in (("a", a, language), ("b", b, other or language)):
        filler = [german(doc, i, f"Füll{doc}{i} Wort{doc}{i} Rest{doc}{i}") for i in range(1, 40)]
        index.add(DocumentFeatures(doc, f"hash-{doc}", [first, *filler], lang))
    return index


def worded(doc: str, words: dict[str, str]) -> SentenceFeatures:
    """A sentence of the given words (key: as written); lower case weighs as a verb."""
    terms = {key: 0.5 if written[:1].islower() else 1.0 for key, written in words.items()}
    return SentenceFeatures(doc, 0, 0, 99, terms=terms, words=dict(words))


def test_synonymous_nouns_link_with_the_words_as_written() -> None:
    index = index_of(
        german("a", 0, "Streitkräfte Grenze Aufmarsch"), german("b", 0, "Armee Grenze Truppe")
    )
    links = index.links_for("a", 0)
    assert links and links[0].target.index == 0
    reasons = links[0].reasons
    assert ("Streitkräfte", "Armee") in reasons.words
    assert "streitkräfte~armee" in reasons.keys


def test_synonyms_add_to_a_shared_word() -> None:
    plain = index_of(german("a", 0, "Streitkräfte Grenze"), german("b", 0, "Armee Grenze"))
    unrelated = index_of(german("a", 0, "Streitkräfte Grenze"), german("b", 0, "Apfel Grenze"))
    a, b = plain.links_for("a", 0), unrelated.links_for("a", 0)
    assert a and a[0].target.index == 0
    assert not b or a[0].score > b[0].score


def test_a_compound_part_meets_the_same_word_but_not_its_synonyms() -> None:
    """ "Punkt" in "Tiefpunkt" is no "Position", though the two words share a synonym set."""
    assert thesaurus().meeting("punkt", "position") > 0
    low = german("a", 0, "Tiefpunkt Apfel")
    low.terms["punkt"], low.words["punkt"], low.parts = 0.5, "Tiefpunkt", {"punkt"}
    position = german("b", 0, "Position Birne")
    score, reasons = index_of(low, position).score(low, position)
    assert score == 0 and "punkt~position" not in reasons.keys
    point = german("a", 0, "Punkt Apfel")
    score, reasons = index_of(point, position).score(point, position)
    assert score > 0 and "punkt~position" in reasons.keys


def test_verbs_and_other_languages_do_not_meet_as_synonyms() -> None:
    verbs = index_of(german("a", 0, "gehen Grenze"), german("b", 0, "laufen Grenze"))
    assert all("gehen~laufen" not in link.reasons.keys for link in verbs.links_for("a", 0))
    english = index_of(german("a", 0, "Streitkräfte"), german("b", 0, "Armee"), language="en")
    assert not english.links_for("a", 0)


def test_translations_are_looked_up_both_ways_and_many_senses_tell_less() -> None:
    pairs = [("besatzung", "crew"), ("schiff", "ship"), ("schiff", "boat"), ("schiff", "nave")]
    lexicon = Translations.from_pairs(pairs)
    assert lexicon.of("crew", "en") == ("besatzung",)
    assert lexicon.closeness("besatzung", "crew") == 1.0
    assert 0 < lexicon.closeness("schiff", "ship") < 1.0
    assert lexicon.closeness("schiff", "crew") == 0.0
    assert "cave" in translations().of("höhle", "de")
    # an adjective used as a noun is in the lexicon in the masculine ("Betroffener")
    assert translations().of("betroffene", "de") == translations().of("betroffener", "de") != ()
    # ... and an English word names that entry, so a German passage is found under it too
    assert translations().entry("betroffene", "de") == "betroffener"
    assert translations().entry("höhle", "de") == "höhle"
    assert "betroffener" in translations().of("victim", "en")


def test_a_german_adjectival_noun_is_posted_under_the_masculine_entry_english_names() -> None:
    """The English "victims" translates "Betroffener"; the lemmatiser gives "Betroffenen" as
    "betroffene": the German passage is found under the entry the English word names."""
    german_side = worded("a", {"betroffene": "Betroffenen", "warten": "warteten"})
    english_side = SentenceFeatures("b", 0, 0, 99, terms={"victim": 1.0}, words={})
    matching = TranslationMatching(LinkWeights(), TermStatistics([], {}), {})
    assert "=betroffener" in matching.pivots(Passage.alone(german_side), "de")
    assert "=betroffener" in matching.pivots(Passage.alone(english_side), "en")


def test_an_english_word_meets_the_head_of_its_german_compound_translation() -> None:
    """The lexicon gives "airliner" as "Passagierflugzeug" only; a German passage that writes
    "Flugzeug" says what the airliner is: the head meets the word, as a noun only."""
    english_side = SentenceFeatures(
        "b", 0, 0, 99, terms={"airliner": 1.0, "land": 0.5}, words={"airliner": "airliner"}
    )
    for written, meets in (("Flugzeug", True), ("flugzeug", False)):
        german_side = worded("a", {"flugzeug": written, "monat": "Monat"})
        index = index_of(german_side, english_side, language="de", other="en")
        words = index.score(german_side, english_side)[1].words
        assert ((written, "airliner") in words) is meets


def test_a_german_noun_meets_its_english_translation() -> None:
    index = index_of(
        german("a", 0, "Besatzung Höhle Taucher"),
        german("b", 0, "crew cave divers"),
        language="de",
        other="en",
    )
    links = index.links_for("a", 0)
    assert links and (links[0].target.doc, links[0].target.index) == ("b", 0)
    assert ("Höhle", "cave") in links[0].reasons.words
    assert "höhle~cave" in links[0].reasons.keys
    back = index.links_for("b", 0)  # and the other way round
    assert back and ("cave", "Höhle") in back[0].reasons.words


def test_a_german_noun_meets_the_head_of_its_english_compound() -> None:
    """The German "Gewitter" is "thunderstorm" only, and a thunderstorm is a storm; "Wissen" is
    "knowledge", which is no "ledge"."""
    storm, ledge = german("a", 0, "Gewitter Wissen"), german("b", 0, "storm ledge")
    _, reasons = index_of(storm, ledge, language="de", other="en").score(storm, ledge)
    assert reasons.words == [("Gewitter", "storm")]


def test_a_word_of_a_date_meets_no_translation_outside_a_date() -> None:
    trains = german("a", 0, "Züge Brücke Tal")  # "Zug" also translates as "march"
    in_march = german("b", 0, "march bridge valley opened")  # "opened in March 1890"
    in_march.dated = {"march"}
    index = index_of(trains, in_march, language="de", other="en")
    links = index.links_for("a", 0)
    assert links and ("Brücke", "bridge") in links[0].reasons.words
    assert all("march" not in pair for pair in links[0].reasons.words)


def test_a_word_of_a_date_finds_no_candidates_as_a_translation() -> None:
    """The month of "22 August" finds the sentences in August by their period, not every German
    sentence that writes the month."""
    in_august = german("b", 0, "August drill note")
    in_august.dated = {"august"}
    index = index_of(german("a", 0, "August Zettel"), in_august, language="de", other="en")
    pivots = index._pivot_terms(index._by_doc["b"][0])
    assert "=zettel" in pivots and "=august" not in pivots


def test_words_of_dates_on_both_sides_meet_as_translations() -> None:
    days = german("a", 0, "Tag Bewohner Koffer")  # "nach drei Tagen"
    days.dated = {"tag"}
    three_days = german("b", 0, "day resident suitcase")  # "for three days"
    three_days.dated = {"day"}
    index = index_of(days, three_days, language="de", other="en")
    keys = {key for link in index.links_for("a", 0) for key in link.reasons.keys}
    assert {"tag~day", "bewohner~resident"} <= keys

    found = phrases(["global", "supply", "chain", "depend"])
    assert found["supply_chain"] == ("supply", "chain")
    assert "global_supply_chain" in found
    assert "global_chain" not in found  # not one after another
    assert "rainy_season" in translations().of("regenzeit", "de")  # the shipped lexicon
    assert "tear_gas" in translations().of("tränengas", "de")


def test_a_german_noun_meets_an_english_phrase_written_word_after_word() -> None:
    lexicon = Translations.from_pairs([("regenzeit", "rainy_season"), ("regen", "rain")])
    assert lexicon.of("rainy_season", "en") == ("regenzeit",)
    index = index_of(
        german("a", 0, "Regenzeit Taucher Höhle"),
        german("b", 0, "rainy season divers cave"),
        language="de",
        other="en",
    )
    links = index.links_for("a", 0)
    assert links and ("Regenzeit", "rainy season") in links[0].reasons.words
    assert "regenzeit~rainy_season" in links[0].reasons.keys
    apart = index_of(
        german("a", 0, "Regenzeit"),
        german("b", 0, "season rainy"),  # the words, but not as the phrase
        language="de",
        other="en",
    )
    assert not apart.links_for("a", 0)


def test_action_nouns_by_regular_endings() -> None:
    assert action_nouns("bohren", "de")[0] == "bohrung"
    assert action_nouns("ermitteln", "de") == ("ermittlung",)
    # a verb in zurück- names its action in Rück-
    assert {"rückkehr", "rückgabe"} <= {
        *action_nouns("zurückkehren", "de"),
        *action_nouns("zurückgeben", "de"),
    }
    assert {"decision", "deciding"} <= set(action_nouns("decide", "en"))
    assert "evacuation" in action_nouns("evacuate", "en")
    assert "survival" in action_nouns("survive", "en")
    assert "drilling" in action_nouns("drill", "en")
    assert "emission" in action_nouns("emit", "en")


def test_action_nouns_of_german_verbs_in_ieren_by_their_latin_endings() -> None:
    assert action_nouns("evakuieren", "de")[0] == "evakuierung"  # the regular noun first
    assert "explosion" in action_nouns("explodieren", "de")
    assert "reaktion" in action_nouns("reagieren", "de")
    assert "produktion" in action_nouns("produzieren", "de")
    assert "kontrolle" in action_nouns("kontrollieren", "de")
    assert "pass" not in action_nouns("passieren", "de")  # the stem alone is no noun
    assert action_nouns("go", "en") == ()  # too short to tell


def test_action_nouns_of_strong_verbs_by_ablaut() -> None:
    """A strong verb names its action with another vowel and no ending; the caller keeps the
    forms the lexicon knows, the regular one first."""
    assert action_nouns("ausbrechen", "de")[:2] == ("ausbrechung", "ausbruch")
    assert "fluss" in action_nouns("fliessen", "de")
    assert "griff" in action_nouns("greifen", "de")
    assert "schnitt" in action_nouns("schneiden", "de")
    assert "sprung" in action_nouns("springen", "de")
    assert action_nouns("bergen", "de")[0] == "bergung"  # before "burg", that the lexicon has too
    assert "sturz" in action_nouns("stürzen", "de")  # a verb made from a noun with umlaut
    assert action_nouns("räumen", "de")[0] == "räumung"  # before "raum"


def test_action_nouns_of_the_plain_stem_come_last() -> None:
    """A verb's noun without another vowel (Kauf, Frage, Annahme) and an English action noun by
    -ance, -al, -ure or -y: asked after the regular and the ablaut nouns."""
    assert action_nouns("kaufen", "de")[1:] == ("kauf", "kaufe")
    assert "frage" in action_nouns("fragen", "de")
    assert action_nouns("annehmen", "de")[-1] == "annahme"
    assert action_nouns("räumen", "de").index("raum") < action_nouns("räumen", "de").index("räum")
    assert "acceptance" in action_nouns("accept", "en")
    assert {"refusal", "failure", "recovery", "denial"} <= {
        noun for verb in ("refuse", "fail", "recover", "deny") for noun in action_nouns(verb, "en")
    }
    assert "party" not in action_nouns("part", "en")  # -y only after r: no adjective, no party


def test_a_german_verb_meets_an_english_verb_through_their_action_nouns() -> None:
    """The lexicon has no verbs: "entschied" / "decided" meet as Entscheidung / decision,
    "bohrten" / "bore" as Bohrung / bore; a German noun written alike is no verb."""

    german_side = worded("a", {"feuerwehr": "Feuerwehr", "entscheiden": "entschied"})
    english_side = worded("b", {"firefighter": "firefighters", "decide": "decided"})
    index = index_of(german_side, english_side, language="de", other="en")
    _, reasons = index.score(german_side, english_side)
    assert ("entschied", "decided") in reasons.words
    assert "entscheiden~decide" in reasons.keys
    drilled = worded("a", {"bohren": "bohrten", "loch": "Löcher"})
    bore = worded("b", {"bore": "bore", "hole": "holes"})
    _, reasons = index_of(drilled, bore, language="de", other="en").score(drilled, bore)
    assert ("bohrten", "bore") in reasons.words
    erupted = worded("a", {"vulkan": "Vulkan", "ausbrechen": "ausbrach"})
    eruption = worded("b", {"eruption": "eruption", "ice": "ice"})
    _, reasons = index_of(erupted, eruption, language="de", other="en").score(erupted, eruption)
    assert ("ausbrach", "eruption") in reasons.words  # Ausbruch, the strong verb's noun
    salvaged = worded("a", {"bergen": "bargen", "mann": "Männer"})
    castle = worded("b", {"castle": "castle", "man": "men"})
    _, reasons = index_of(salvaged, castle, language="de", other="en").score(salvaged, castle)
    assert "bergen~castle" not in reasons.keys  # its regular noun is Bergung, not Burg
    noun = worded("a", {"bohren": "Bohren"})  # "das Bohren": a noun, not in the lexicon
    _, reasons = index_of(noun, bore, language="de", other="en").score(noun, bore)
    assert "bohren~bore" not in reasons.keys


def test_a_german_verb_meets_its_action_noun_in_another_german_passage() -> None:
    """Lemmas keep "wählten" and "Wahl" apart; as words of one family they meet, either way
    round, but a noun written alike is no verb."""
    election = worded("b", {"wahl": "Wahl", "partei": "Partei"})
    cases = [
        (worded("a", {"wählen": "wählten", "bürger": "Bürger"}), election, ("wählten", "Wahl")),
        (
            worded("a", {"bohrung": "Bohrungen", "gestein": "Gestein"}),
            worded("b", {"bohren": "bohrten", "loch": "Löcher"}),
            ("Bohrungen", "bohrten"),
        ),
    ]
    for source, target, pair in cases:
        _, reasons = index_of(source, target).score(source, target)
        assert pair in reasons.words
    noun = worded("a", {"wählen": "Wählen", "bürger": "Bürger"})  # "das Wählen": a noun
    assert not index_of(noun, election).score(noun, election)[1].words


def test_a_german_noun_meets_an_english_verb_through_its_action_noun() -> None:
    """A German noun and an English verb: "Messungen" / "measured" (the lexicon pairs Messung
    with measurement, the action noun of the verb); the verb is quoted as written."""
    nouns = SentenceFeatures(
        "a", 0, 0, 99, terms={"messung": 1.0, "asche": 1.0}, words={"messung": "Messungen"}
    )
    verbs = SentenceFeatures(
        "b", 0, 0, 99, terms={"measure": 1.0, "ash": 1.0}, words={"measure": "measured"}
    )
    index = index_of(nouns, verbs, language="de", other="en")
    _, reasons = index.score(nouns, verbs)
    assert ("Messungen", "measured") in reasons.words
    assert "messung~measure" in reasons.keys


def test_a_compound_meets_the_translations_of_its_parts_one_after_the_other() -> None:
    """The lexicon has no "Eichenbalken", but "Eiche" is oak and "Balken" beam: an English
    passage that writes "oak beams" says the same; "beams of oak" does not."""
    compound = SentenceFeatures(
        "a",
        0,
        0,
        99,
        terms={"eichenbalken": 1.0, "eiche": 0.4, "balken": 0.6},
        words={"eichenbalken": "Eichenbalken", "eiche": "Eichenbalken", "balken": "Eichenbalken"},
        parts={"eiche", "balken"},
    )
    beams = german("b", 0, "oak beams cut")
    beams.terms = {"oak": 1.0, "beam": 1.0, "cut": 1.0}
    beams.words = {"oak": "oak", "beam": "beams", "cut": "cut"}
    _, reasons = index_of(compound, beams, language="de", other="en").score(compound, beams)
    assert ("Eichenbalken", "oak beams") in reasons.words
    apart = german("b", 0, "beam oak")
    _, reasons = index_of(compound, apart, language="de", other="en").score(compound, apart)
    assert "eichenbalken~beam_oak" not in reasons.keys


def test_a_german_noun_meets_an_english_noun_that_translates_its_synonym() -> None:
    """The lexicon gives "rescue" as "Rettung", the thesaurus "Bergung" as its synonym: a
    passage on the "Bergung" meets one on the "rescue"; the English verb form "rescued" does
    not (its senses are the verb's)."""
    salvage = german("a", 0, "Bergung Schacht")
    rescue = german("b", 0, "rescue tunnel")
    _, reasons = index_of(salvage, rescue, language="de", other="en").score(salvage, rescue)
    assert ("Bergung", "rescue") in reasons.words
    assert "bergung~rescue" in reasons.keys
    rescued = german("b", 0, "rescue tunnel")
    rescued.words = {"rescue": "rescued", "tunnel": "tunnel"}
    _, reasons = index_of(salvage, rescued, language="de", other="en").score(salvage, rescued)
    assert "bergung~rescue" not in reasons.keys


def test_a_german_noun_meets_an_english_synonym_of_its_translation() -> None:
    """The lexicon gives "Lohn" only as "wage", WordNet "wage" and "pay" as one thing: a
    passage on the "Lohn" of a baker meets one on her "pay"; "paid", a verb's form, does not
    (nouns only, as the German thesaurus)."""
    assert english_thesaurus().meeting("wage", "pay") > 0.0
    wage = german("a", 0, "Lohn Bäckerin")
    pay = german("b", 0, "pay raise")
    _, reasons = index_of(wage, pay, language="de", other="en").score(wage, pay)
    assert ("Lohn", "pay") in reasons.words
    paid = german("b", 0, "pay raise")
    paid.words = {"pay": "paid", "raise": "raise"}
    _, reasons = index_of(wage, paid, language="de", other="en").score(wage, paid)
    assert ("Lohn", "paid") not in reasons.words


def test_english_synonyms_join_a_word_in_its_first_senses_only() -> None:
    """The trimmed WordNet keeps each word in the sets of its two most frequent senses:
    "doctor" and "physician" stay one, "coup" and "putsch" too, but "drill", a tool and
    a baboon in its first senses, meets no "exercise" (its fourth sense, a practice)."""
    sets = english_thesaurus()
    assert sets.meeting("doctor", "physician") > 0.0
    assert sets.meeting("coup", "putsch") == 1.0
    assert sets.meeting("drill", "exercise") == 0.0


def test_a_german_verb_meets_the_english_name_of_the_one_who_does_it() -> None:
    """ "spenden" / "donors": the lexicon pairs Spender, who gives, with donor. A thing in -er
    is no one who does anything ("Messer": knife, not who measures)."""
    gave = worded("a", {"spenden": "spenden", "jahr": "Jahr"})
    donors = worded("b", {"donor": "donors", "million": "million"})
    _, reasons = index_of(gave, donors, language="de", other="en").score(gave, donors)
    assert ("spenden", "donors") in reasons.words
    measured = worded("a", {"messen": "gemessen", "wert": "Werte"})
    knife = worded("b", {"knife": "knife", "blade": "blade"})
    _, reasons = index_of(measured, knife, language="de", other="en").score(measured, knife)
    assert not reasons.words


def test_german_words_of_one_family_meet_the_one_who_acts_and_a_quality() -> None:
    """Lemmas keep "Spender" and "spenden", "Retter" and "Rettung", "Sicherheit" and "sicher"
    apart; as words of one family they meet. "Messer" (a knife) is no relative of "messen"."""
    cases = [
        (
            worded("a", {"spender": "Spender", "organ": "Organe"}),
            worded("b", {"spenden": "spenden", "geld": "Geld"}),
            ("Spender", "spenden"),
        ),
        (
            worded("a", {"retter": "Retter", "höhle": "Höhle"}),
            worded("b", {"rettung": "Rettung", "taucher": "Taucher"}),
            ("Retter", "Rettung"),
        ),
        (
            worded("a", {"sicherheit": "Sicherheit", "argument": "Argument"}),
            worded("b", {"sicher": "sichersten", "straße": "Straßen"}),
            ("Sicherheit", "sichersten"),
        ),
    ]
    for source, target, pair in cases:
        _, reasons = index_of(source, target).score(source, target)
        assert pair in reasons.words
    knife = worded("a", {"messer": "Messer", "küche": "Küche"})
    measured = worded("b", {"messen": "gemessen", "wert": "Werte"})
    assert not index_of(knife, measured).score(knife, measured)[1].words


def test_an_english_agent_noun_is_built_on_a_translation_of_the_action() -> None:
    """An English agent noun names who does the action when it is built on a word of the
    action's translations ("donor" on don-ation, "sinner" on sin with its doubled consonant),
    not when it merely shares a few first letters with one ("stripper" with "string", the
    Strippe: a cord is no stripping)."""
    assert english_agent_roots("donor") == ("don",)
    assert english_agent_roots("sinner") == ("sinn", "sin")
    assert english_agent_roots("ant") == ()
    assert english_agent_roots("knife") == ()
    lexicon = translations()
    assert german_agent_noun("spenden", lexicon) == ("spender", ("donor",))
    assert german_agent_noun("strippen", lexicon) is None


def test_a_word_and_a_synonym_of_its_translation_find_each_other_as_candidates() -> None:
    """ "Strom" / "electricity": the lexicon translates "electricity" as Elektrizität, the
    thesaurus names Strom beside it. Scored, the two meet as a translated synonym; they must
    also find each other as candidates, in both directions, though they share no word and no
    translation."""
    index = LinkIndex(LinkWeights(threshold=0.0))
    for doc, first, lang in (
        ("a", german("a", 0, "Strom"), "de"),
        ("b", german("b", 0, "electricity"), "en"),
    ):
        filler = [german(doc, i, f"Füll{doc}{i} Wort{doc}{i} Rest{doc}{i}") for i in range(1, 40)]
        index.add(DocumentFeatures(doc, f"hash-{doc}", [first, *filler], lang))
    assert ("b", 0) in [(link.target.doc, link.target.index) for link in index.links_for("a", 0)]
    assert ("a", 0) in [(link.target.doc, link.target.index) for link in index.links_for("b", 0)]


def test_english_passages_are_posted_apart_from_german_synonym_sets() -> None:
    """An English text posted under the synonym sets of its words' translations must not
    lengthen the postings two German texts find each other by ("Armee" / "Streitkräfte"):
    a set's length and rarity are the German texts' own; the German and the English passage
    still find each other, both ways."""
    index = LinkIndex(LinkWeights(threshold=0.0))
    sentences = [
        ("a", german("a", 0, "Armee Grenze"), "de"),
        ("b", german("b", 0, "Streitkräfte Manöver"), "de"),
        ("c", german("c", 0, "army troops"), "en"),
    ]
    for doc, first, lang in sentences:
        filler = [german(doc, i, f"Füll{doc}{i} Wort{doc}{i} Rest{doc}{i}") for i in range(1, 9)]
        index.add(DocumentFeatures(doc, f"hash-{doc}", [first, *filler], lang))
    english = index._by_doc["c"][0]
    assert all(sid != english for postings in index._synsets.values() for sid, _ in postings)
    rough_b = index._candidates(index._by_doc["b"][0])
    assert index._by_doc["a"][0] in rough_b and english in rough_b
    assert index._by_doc["b"][0] in index._candidates(english)


def test_a_german_word_meets_an_english_one_spelt_alike_only_in_a_sense_the_lexicon_gives() -> None:
    """German "Listen" (lists: "Liste" is "list") and English "listened" share a cognate key by
    the endings the two languages trade, but not a sense; "Pandemie" is "pandemic", and a
    word the lexicon lacks ("Chlorakne") meets its cognate as before, a name ("Müller", also
    a miller) itself."""
    german_side = worded(
        "a",
        {"liste": "Listen", "pandemie": "Pandemie", "chlorakne": "Chlorakne", "müller": "Müller"},
    )
    english_side = worded(
        "b",
        {
            "listen": "listened",
            "pandemic": "pandemic",
            "chloracne": "chloracne",
            "Müller": "Müller",
        },
    )
    index = index_of(german_side, english_side, language="de", other="en")
    _, reasons = index.score(german_side, english_side)
    assert ("Listen", "listened") not in reasons.words
    assert ("Pandemie", "pandemic") in reasons.words
    assert ("Chlorakne", "chloracne") in reasons.words
    assert ("Müller", "Müller") in reasons.words
    _, back = index.score(english_side, german_side)
    assert ("listened", "Listen") not in back.words and ("pandemic", "Pandemie") in back.words


def test_a_common_word_spelt_alike_in_both_languages_meets_only_in_a_sense_the_lexicon_gives() -> (
    None
):
    """German "Stern" is a star, "Taste" a key and "Brief" a letter, not English "stern",
    "taste" and "brief"; a name spelt alike ("Müller", also a miller) still meets itself."""
    german_side = worded(
        "a", {"taste": "Taste", "stern": "Stern", "brief": "Brief", "müller": "Müller"}
    )
    english_side = worded(
        "b", {"taste": "taste", "stern": "stern", "brief": "brief", "Müller": "Müller"}
    )
    index = index_of(german_side, english_side, language="de", other="en")
    _, reasons = index.score(german_side, english_side)
    assert ("Taste", "taste") not in reasons.words
    assert ("Stern", "stern") not in reasons.words
    assert ("Brief", "brief") not in reasons.words
    assert ("Müller", "Müller") in reasons.words


def test_a_word_pair_met_by_two_keys_is_shown_once() -> None:
    manoeuvre = {"militärmanöver": 1.0, "manöver": 0.7, "grenze": 1.0, "sapad": 1.0}
    ours = SentenceFeatures(
        "a",
        0,
        0,
        99,
        terms=manoeuvre,
        words={"militärmanöver": "Militärmanöver", "manöver": "Militärmanöver", "grenze": "Grenze"}
        | {"sapad": "Sapad"},
    )
    theirs = replace(
        ours,
        doc="b",
        words={"militärmanöver": "Militärmanövern", "manöver": "Militärmanövern"}
        | {"grenze": "Grenze", "sapad": "Sapad"},
    )
    reasons = index_of(ours, theirs).links_for("a", 0)[0].reasons
    assert reasons.words.count(("Militärmanöver", "Militärmanövern")) == 1
    assert len(reasons.keys) == len(reasons.words) == len(reasons.terms)


def translated_words(german_words: dict[str, str], english_words: dict[str, str]) -> set:
    """The word pairs a German and an English sentence of these words (key: as written) share."""
    german_side, english_side = worded("a", german_words), worded("b", english_words)
    index = index_of(german_side, english_side, language="de", other="en")
    return set(index.score(german_side, english_side)[1].words)


def test_an_english_verb_form_meets_no_noun_of_the_lexicon() -> None:
    """ "Bistum" is also the Holy See; "seeing" is the verb "see", no see."""
    assert "see" in translations().of("bistum", "de")
    verb = translated_words({"bistum": "Bistum", "teilen": "geteilt"}, {"see": "seeing"})
    assert ("Bistum", "seeing") not in verb
    noun = translated_words({"bistum": "Bistum", "teilen": "geteilt"}, {"see": "see"})
    assert ("Bistum", "see") in noun


def test_a_pair_of_function_like_words_is_no_shared_word() -> None:
    """ "zum ersten Mal" / "for the first time": the two most frequent words of their kind."""
    assert "time" in translations().of("mal", "de")
    first = translated_words({"mal": "Mal", "wandern": "wanderten"}, {"time": "time"})
    assert ("Mal", "time") not in first
    clock = translated_words({"uhrzeit": "Uhrzeit", "wandern": "wanderten"}, {"time": "time"})
    assert ("Uhrzeit", "time") in clock
