"""The terminal reading companion: app, command line and notes store."""

__version__ = "0.1.0"
