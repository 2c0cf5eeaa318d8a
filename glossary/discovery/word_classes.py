"""Word classes and frequency thresholds that several steps of discovery share.

Kept in one place so that the reader, the runs and the clues mean the same by "an article" or
"a frequent word".
"""

from __future__ import annotations

import re

RARE_ZIPF = 2.0


COMMON_ZIPF = 3.0
"""A word this frequent (one per million words) may be an ordinary word."""


_AND = frozenset(("und", "oder"))


_OTHER_LANGUAGES = {"de": ("en", "fr"), "en": ("de", "fr")}


_DETERMINERS = frozenset(
    """der die das den dem des ein eine einer einen einem eines kein keine keinen keinem keiner
    keines sein seine seinen seinem seiner seines ihr ihre ihren ihrem ihrer ihres unser unsere
    dieser diese dieses diesen diesem jeder jede jedes jeden jedem jener jene welche welcher
    mancher manche alle aller allen beide beiden""".split()
)


POSSESSIVES = frozenset(
    """mein meine meinen meinem meiner meines dein deine deinen deinem deiner deines sein seine
    seinen seinem seiner seines ihr ihre ihren ihrem ihrer ihres unser unsere unseren unserem
    unserer unseres euer eure euren eurem eurer eures""".split()
)
"""The German possessive determiners: a noun follows them, never a name (``sein Vetter``)."""


_ARTICLES = _DETERMINERS | {"the"}
"""The German determiners and the English article."""


ENGLISH_ARTICLES = frozenset(("the", "a", "an"))
"""The English articles."""


LONE_FUNCTION_WORDS = frozenset(
    """il lo la le les gli el los las un une una uno des del della delle degli dei du het een
    de der die das den dem von zu zur ten ter the""".split()
)
"""Articles and name particles of Italian, French, Spanish, Dutch, German and English. They
open names (``La Spezia``, ``Le Havre``, ``De Gasperi``) but are none alone: a title in
another language begins with one (``Il racconto del Vajont``). Not ``van`` (Lake Van) or
``al`` (a given name), which stand alone as names. Listed by hand: the packages' stop lists
(jusText's) hold content words too (``san``, ``new``)."""


GERMAN_CONTRACTIONS = frozenset("im am zum zur vom beim".split())
"""German prepositions and the definite article in one word (``zur Rhön``, ``im Taunus``)."""


GERMAN_DEFINITE = frozenset("der die das den dem des".split()) | GERMAN_CONTRACTIONS
"""The German definite articles and their contractions with a preposition."""


GENDERED_ARTICLES = frozenset(("der", "die", "dem", "den"))
"""The German definite articles of a masculine or feminine noun in the singular (and of the
plural): not the neuter ``das``, which a noun made of another word takes (``das Aber``)."""


NOMINATIVE_BYNAME_ARTICLES = frozenset(("der", "die"))
"""The article of a ruler's byname in the nominative, where a noun may be one too."""


OBLIQUE_BYNAME_ARTICLES = frozenset(("dem", "den", "des"))
"""The article of a ruler's adjective byname in the other cases (``Ludwig dem Frommen``,
``Friedrich des Großen``); a noun there is mostly an object (``gab Peter den Brief.``)."""


BYNAME_ARTICLES = NOMINATIVE_BYNAME_ARTICLES | OBLIQUE_BYNAME_ARTICLES
"""The articles of a ruler's byname in its four cases (``Heinrich den Löwen``)."""


GENERATIONS = {
    **dict.fromkeys(("Jr", "jr", "junior", "Junior", "jun", "Jüngere", "Jüngeren"), "JR"),
    **dict.fromkeys(("Sr", "sr", "senior", "Senior", "sen", "Ältere", "Älteren"), "SR"),
}
"""Generation suffixes after a person's name (``Henry Ford junior``, ``Lucas Cranach der
Jüngere``, ``John Glenn Jr.``), one key for the son's and one for the father's: they tell
two people of one name apart."""


_GENITIVE_ARTICLES = frozenset(("der", "des"))
"""The German articles of the genitive: inside a name before its genitive attribute
(``Verband der Automobilindustrie``), after a word of direction (``nördlich der Alpen``)."""


_HYPHEN = re.compile(r"[\-‐‑–]")
