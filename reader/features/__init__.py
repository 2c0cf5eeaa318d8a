"""The reading screen's features, each a widget owning its state, bindings and workers.

A feature wraps the document panes (``ReadingScreen.compose`` nests them in the order of
``reading.FEATURES``), so its bindings are in the focus chain of every pane and its queries
find the panes below it. It reports with messages and is told what to do with method calls;
see docs/architecture.md.
"""
