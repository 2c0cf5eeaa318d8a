"""A second process that adds notes: ``writer.py DB COUNT LABEL``.

Prints ``ready``, waits for a line on stdin (so two writers start together), then adds COUNT
notes and prints each id once its transaction has committed.
"""

from __future__ import annotations

import sys
from pathlib import Path

from reader.notes import NoteStore, Target

TEXT = "Der Wal singt im Meer. Die Möwe ruft am Strand. Das Boot schaukelt im Hafen."


def main() -> int:
    db, count, label = Path(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
    store = NoteStore.open_strict(db, daily_backup=False)
    print("ready", flush=True)
    sys.stdin.readline()
    target = Target.from_text("doc", "hash", TEXT, 4, 7)
    for number in range(count):
        annotation = store.add(target, note=f"{label} {number}", tags=[label])
        print(annotation.id, flush=True)
    store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
