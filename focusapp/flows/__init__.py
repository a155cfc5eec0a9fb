"""The user's flows: each one reason to change, driven through a `Shell` (flows/shell.py)."""
