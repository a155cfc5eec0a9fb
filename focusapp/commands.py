"""Commands from `focusapp start|stop|status|one-thing|review|export|import`, served by the
running app (it holds the data folder). The CLI sends them over the local socket."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from focusapp.core.days import IsoWeek
from focusapp.services.timer import StartRequest

if TYPE_CHECKING:
    from focusapp.app import FocusApp


def focus_command_handler(focus: FocusApp) -> Any:
    """Commands from `focusapp start|stop|status|one-thing` sent by the CLI."""

    def handle(command: str, args: dict[str, Any]) -> dict[str, Any]:
        if command == "start":
            role = args.get("role") or focus.daily.default_role()
            activity = args.get("activity")
            minutes = int(args.get("minutes") or focus.daily.settings().presets[0])
            started = focus.start_block(StartRequest(
                minutes=minutes, role=role, activity=activity,
                serves_one_thing=focus.daily.serves_one_thing(role, activity)))
            return {"id": started.id, "minutes": started.planned_minutes, "role": started.role}
        if command == "stop":
            focus.timer.stop()
            return {"stopped": True}
        if command == "one_thing":
            day = focus.daily.set_one_thing(str(args.get("text", "")), focus.daily.default_role())
            return {"one_thing": day.one_thing}
        if command == "status":
            block = focus.timer.block
            one_thing = focus.daily.one_thing()
            return {
                "state": focus.timer.state.value,
                "remaining_seconds": round(focus.timer.remaining_seconds()),
                "block_id": block.id if block else None,
                "role": block.role if block else None,
                "activity": block.activity if block else None,
                "one_thing": one_thing.one_thing if one_thing else None,
                "tray": focus.tray is not None and focus.tray.icon.isVisible(),
                "today_visible": focus.today.isVisible() and not focus.today.isMinimized(),
            }
        if command == "review":
            window = focus.show_review(IsoWeek.parse(args["week"]) if args.get("week") else None)
            return {"week": str(window.week)}
        if command == "review_export":
            from focusapp.ui.report import export_week
            from focusapp.ui.review_model import ReviewProvider

            week = IsoWeek.parse(args["week"]) if args.get("week") else IsoWeek.of(
                focus.daily.today())
            provider = ReviewProvider.from_daily(focus.daily, focus.store.reviews)
            export_week(provider, week, pdf=str(args["pdf"]))
            return {"week": str(week), "pdf": str(args["pdf"])}
        if command in ("export", "import"):
            return _data_command(focus, command, args)
        raise ValueError(f"Unknown command '{command}'.")

    return handle


def _data_command(focus: FocusApp, command: str, args: dict[str, Any]) -> dict[str, Any]:
    """`focusapp export|import FILE` served by the running app, which holds the folder."""
    from datetime import date

    from focusapp.services.data_files import export_to, import_from

    path = Path(str(args["file"]))
    if command == "export":
        first, last = (date.fromisoformat(args[k]) if args.get(k) else None
                       for k in ("first", "last"))
        return export_to(focus.store, path, first, last)
    result = import_from(focus.store, path)
    if result["ok"]:
        focus.daily.reload()  # the imported days, blocks, settings and roles show at once
    return result
