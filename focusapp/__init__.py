"""FocusApp: a tray app that helps a salesperson do the work that matters, with focus."""

__version__ = "0.1.0"
