"""Modal screens: each asks one thing and dismisses with a typed result.

One dialog per module (``confirm.ConfirmDialog``, ``note_editor.NoteEditor``, ...), imported
from its module when first opened: nothing here imports them, so start-up loads none.
"""
