"""Widgets only: they render view-models from core/services and emit intents."""
