"""Side effects behind small interfaces (Qt signals allowed, widgets not)."""
