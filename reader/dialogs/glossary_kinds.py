"""The translated names of the glossary's kinds of entry (singular and plural)."""

from __future__ import annotations

from reader.i18n import _

__all__ = ["kind_group_label", "kind_label"]


def _kind_names() -> dict[str, tuple[str, str]]:
    """Each entry kind's translated (singular, plural) name, looked up in the UI's language."""
    return {
        "person": (_("Person"), _("People")),
        "state": (_("State"), _("States")),
        "organisation": (_("Organisation"), _("Organisations")),
        "alliance": (_("Alliance"), _("Alliances")),
        "military unit": (_("Military unit"), _("Military units")),
        "exercise": (_("Exercise"), _("Exercises")),
        "event": (_("Event"), _("Events")),
        "agreement": (_("Agreement"), _("Agreements")),
        "place": (_("Place"), _("Places")),
        "programme": (_("Programme"), _("Programmes")),
        "weapon": (_("Weapon"), _("Weapons")),
        "vessel": (_("Vessel"), _("Vessels")),
        "concept": (_("Concept"), _("Concepts")),
    }


def kind_label(kind: str) -> str:
    """The translated name of an entry kind (singular); an unknown kind keeps its name."""
    return _kind_names().get(kind, (kind, kind))[0]


def kind_group_label(kind: str) -> str:
    """The translated heading of a group of entries of one kind (plural)."""
    return _kind_names().get(kind, (kind, kind))[1]
