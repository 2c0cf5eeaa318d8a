"""Sequences kept as columns of numbers, each item made only when asked for.

A 20 MB text has hundreds of thousands of sentences and mentions; as one object each they
took tens of MB for as long as the document was open. :class:`documents.model.Spans` and
:class:`glossary.mentions.MentionTable` keep them as ``array`` columns instead and share the
sequence behaviour here.
"""

from __future__ import annotations

from array import array
from collections.abc import Sequence
from typing import TypeVar, overload

T = TypeVar("T")


class Columns(Sequence[T]):
    """A sequence whose items are rebuilt from columns: a subclass keeps ``starts`` (one
    value per item) and makes the item at an index in :meth:`_item`. Equal to any sequence
    with the same items."""

    starts: array[int]
    """Where each item starts (sorted where the subclass says so: searchable with bisect)."""

    def _item(self, index: int) -> T:
        raise NotImplementedError

    def __len__(self) -> int:
        return len(self.starts)

    @overload
    def __getitem__(self, index: int) -> T: ...
    @overload
    def __getitem__(self, index: slice) -> list[T]: ...
    def __getitem__(self, index: int | slice) -> T | list[T]:
        if isinstance(index, slice):
            return [self._item(at) for at in range(*index.indices(len(self)))]
        return self._item(index)

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Sequence) and not isinstance(other, str):
            return len(self) == len(other) and all(a == b for a, b in zip(self, other, strict=True))
        return NotImplemented

    __hash__ = None  # type: ignore[assignment]  # mutable, compared by content
