"""The catalogue of bundled documents: file names and metadata in a small TOML file."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from pathlib import Path

from documents.errors import DocumentError
from documents.model import DocumentMeta

SEEDS_DIR = Path(__file__).resolve().parents[1] / "seeds"
CATALOG_NAME = "catalog.toml"


@dataclass(frozen=True, slots=True)
class CatalogEntry:
    """A bundled document: its id, file and metadata."""

    id: str
    path: Path
    meta: DocumentMeta


def read_catalog(directory: Path = SEEDS_DIR) -> list[CatalogEntry]:
    """Read ``catalog.toml`` in ``directory``."""
    path = directory / CATALOG_NAME
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as error:
        raise DocumentError(f"{path}: cannot read the document catalogue ({error})") from None
    return [
        CatalogEntry(item["id"], directory / item["file"], DocumentMeta.from_mapping(item))
        for item in data.get("document", [])
    ]
