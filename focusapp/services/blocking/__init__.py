"""Distraction blocking mechanisms (SPEC §6): hosts file, apps, do-not-disturb, windows.

Keep this file free of imports: `focusapp.services.blocking.helper` runs as root and must load
nothing but the standard library, `idna` and the few core modules its contract in
pyproject.toml names (no Qt).
"""
