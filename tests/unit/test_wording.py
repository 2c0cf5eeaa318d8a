"""Content words for cross-links: lemmas, forms as written, and compound parts that are words."""

from __future__ import annotations

from glossary.wording import HEAD_WEIGHT, PART_WEIGHT, content_words


def keys(text: str, language: str = "de") -> dict[str, tuple[str, float]]:
    return {word.key: (word.surface, word.weight) for word in content_words(text, language)}


def test_inflected_forms_share_one_lemma_and_keep_their_spelling() -> None:
    words = keys("Nach den Manövern verhängten sie Sanktionen.")
    assert words["manöver"] == ("Manövern", 1.0)
    assert words["sanktion"] == ("Sanktionen", 1.0)
    assert words["verhängen"] == ("verhängten", 0.5)  # a German verb tells less than a noun
    assert "nach" not in words and "den" not in words  # stopwords


def test_compound_part_counts_when_it_is_a_word_weighted_by_rarity() -> None:
    words = keys("Das Militärmanöver und die Präsidentschaftswahlen")
    surface, weight = words["manöver"]
    assert surface == "Militärmanöver" and 0 < weight <= HEAD_WEIGHT
    wahl = words["wahl"][1]
    assert 0 < wahl < weight  # "Wahl" is a commoner word than "Manöver": it tells less
    assert 0 < words["militär"][1] <= PART_WEIGHT < HEAD_WEIGHT  # the head names what it is
    parts = {word.key: word.part for word in content_words("Das Militärmanöver")}
    assert parts == {"militärmanöver": False, "militär": True, "manöver": True}


def test_common_compounds_and_participles_are_not_split() -> None:
    words = keys("Die Niederlage war eine Herausforderung für die regierende Partei.")
    assert {"lage", "nieder", "heraus", "forderung", "regie", "ende"}.isdisjoint(words)
    assert {"rei", "sender"}.isdisjoint(keys("Ein Reisender kam."))  # a participle as noun


def test_english_words_are_lemmatised_and_numbers_are_counts() -> None:
    words = keys("The elections were held amid sanctions.", "en")
    assert set(words) == {"election", "hold", "amid", "sanction"}
    assert words["election"] == ("elections", 1.0)
    # a count is one key in words and digits (the features blank the digits of dates first)
    assert keys("all thirty-three were well", "en")["33"] == ("thirty-three", 0.5)
    assert keys("Allen 33 gehe es gut")["33"] == ("33", 0.5)


def test_words_of_everyday_language_are_marked() -> None:
    everyday = {word.key: word.everyday for word in content_words("Die Folgen der Schleuse")}
    assert everyday == {"folge": True, "schleuse": False}
    english = {word.key: word.everyday for word in content_words("New rules for dredgers", "en")}
    assert english["new"] and not english["dredger"]


def test_a_capital_at_a_sentence_start_makes_no_noun_of_an_adverb_or_verb() -> None:
    words = keys("Stattdessen stritten sie. Heftig wurde gestritten. Folgen hatte das.")
    assert words["stattdessen"][1] == 0.5 and words["heftig"][1] == 0.5
    assert words["folge"] == ("Folgen", 1.0)  # a noun's lemma keeps its capital


def test_a_compound_splits_into_words_with_a_noun_head() -> None:
    def parts(text: str) -> set[str]:
        return {word.key for word in content_words(text) if word.part}

    assert parts("Der Vierungsturm") == {"turm"}  # Vierung|s|turm, not vier + Sturm
    assert parts("Die Havarie") == set()  # no have + Arie
    assert parts("Ein Schalter") == set()  # no sch + Alter: a piece without a vowel is no word
    assert "manöver" in parts("unter dem Vorwand von Militärmanövern")  # split as its lemma
    assert "laufen" not in parts("die Lieferketten")  # "lief" is no part of "Liefer-"
    assert parts("Obdachlose und Teilnehmende") == set()  # adjectives and participles as nouns
    assert "löschen" in parts("gegen Löschflugzeuge")  # a verb stem as its infinitive


def test_a_noun_is_no_form_of_the_verb_made_from_it() -> None:
    """simplemma reads "Kapsel" as "kapseln": a capitalised word keeps its noun, and a compound
    with it as head splits ("Rettungskapsel": Rettung + Kapsel)."""
    words = keys("Der Bergmann kam in der Kapsel und aß mit dem Löffel.")
    assert words["kapsel"] == ("Kapsel", 1.0) and words["löffel"] == ("Löffel", 1.0)
    assert "kapseln" not in words
    assert {"rettung", "kapsel"} <= set(keys("Die Marine baute eine Rettungskapsel."))
    assert keys("Sie kapseln es ein.")["einkapseln"][1] == 0.5  # the verb stays a verb


def test_a_run_of_parts_that_is_a_common_word_is_taken_whole() -> None:
    def parts(text: str) -> set[str]:
        return {word.key for word in content_words(text) if word.part}

    assert parts("gegen Löschflugzeuge") == {"löschen", "flugzeug"}  # no Flug + Zeug
    assert "kamp" not in parts("Ein Kampfflugzeug")
    assert {"hochwasser", "schutz", "wasser"} <= parts("Der Hochwasserschutz")  # rarer runs too


def test_a_preposition_fused_with_its_article_is_no_content_word() -> None:
    assert set(keys("32 Menschen kamen ums Leben, unterm Dach.")) == {
        "32",
        "mensch",
        "kommen",
        "leben",
        "dach",
    }


def test_a_separable_verb_is_rejoined_with_its_particle_at_the_clause_end() -> None:
    words = keys("Winterkorn trat zurück und beteuerte, nichts gewusst zu haben.")
    assert words["zurücktreten"] == ("trat", 0.5)  # the verb as written, the particle a stop word
    assert "treten" not in words
    assert "zurücktreten" in keys("Er sagte, dass Winterkorn zurücktrat.")  # one key either way
    assert "ausstossen" in keys("Auf der Straße stießen die Autos Stickoxide aus.")
    assert "zugeben" in keys("Die Forscher lagen falsch, das gebe ich zu.")
    assert "mitfahren" in keys("Er wartete auf den Zug und fuhr mit.")
    assert "warten" in keys("Er wartete auf den Zug und fuhr mit.")  # "auf" ends no clause
    assert "gehen" in keys("Das Boot ging auf Grund.")


def test_a_noun_in_e_is_not_cut_to_a_rarer_word() -> None:
    """simplemma reads "Luke" as "Luk" and "Quelle" as "Quell"; "Zwecke" is a form of "Zweck"."""
    assert {"luke", "quelle", "pumpe"} <= set(keys("Die Luke, die Quelle und die Pumpe."))
    assert {"notluke", "luke"} <= set(keys("Sie öffneten die Notluke."))
    assert "zweck" in keys("Für diese Zwecke.")


def test_a_participle_the_dictionary_keeps_whole_is_read_as_its_verb() -> None:
    """simplemma keeps "gedrängelt" and "geflutet" as words of their own; adjectives that
    look like participles ("gerecht", "beliebt") stay themselves."""
    words = keys("Es wurde gedrängelt, der Keller war geflutet, der Zug entgleist.")
    assert {"drängeln", "fluten", "entgleisen"} <= set(words)
    assert words["drängeln"][0] == "gedrängelt"
    assert {"gerecht", "beliebt"} <= set(keys("Das ist gerecht und beliebt."))


def test_a_compound_head_spelled_with_ss_by_the_splitter_is_read_with_sharp_s() -> None:
    """The splitter spells "ß" as "ss": "Landstraßen" has the head "Straße", not "Strass"."""
    assert "strasse" in keys("Auf den Landstraßen.")
    assert "strass" not in keys("Auf den Landstraßen.")
    assert "bus" in keys("Die Reisebusse fuhren.")  # "Busse" is a form of "Bus", not "Buße"
