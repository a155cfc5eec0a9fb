"""Translatable names for the ids core uses, and sentences for core's error codes.

Core returns ids and codes; only this layer turns them into words, in the UI language.
Every string is a literal inside a translate() call so pyside6-lupdate extracts it.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication

from focusapp.core.errors import CodedError, Problem
from focusapp.core.roles import Activity
from focusapp.core.text import fill


def role_name(role_id: str) -> str:
    names = {
        "account_manager": QCoreApplication.translate("Names", "Account Manager"),
        "field_sales": QCoreApplication.translate("Names", "Field Sales"),
        "inbound_qualifier": QCoreApplication.translate("Names", "Inbound lead qualification"),
        "outbound_prospector": QCoreApplication.translate("Names", "Outbound prospecting"),
        "business_developer": QCoreApplication.translate("Names", "Business Developer"),
        "solo": QCoreApplication.translate("Names", "Solo seller"),
    }
    return names.get(role_id, role_id)

def activity_name(activity: Activity | None, activity_id: str | None = None) -> str:
    if activity is not None and activity.name:
        return activity.name
    key = activity.id if activity is not None else (activity_id or "")
    slug = key.split(".", 1)[-1]
    names = {
        "value_touches": QCoreApplication.translate("Names", "Proactive value touches"),
        "health_review": QCoreApplication.translate("Names", "Account health review"),
        "renewal_next_step": QCoreApplication.translate("Names", "Renewal / upsell next step"),
        "route_client_issue": QCoreApplication.translate(
            "Names", "Handoff: route a client issue to the right service"),
        "meeting_preparation": QCoreApplication.translate(
            "Names", "Meeting preparation from the handoff brief"),
        "prospect_meetings": QCoreApplication.translate("Names", "Qualified-prospect meetings"),
        "dated_next_step": QCoreApplication.translate(
            "Names", "Dated next step agreed and logged"),
        "proposal_closing": QCoreApplication.translate("Names", "Proposal / closing action"),
        "brief_account_manager": QCoreApplication.translate(
            "Names", "Handoff: brief the won client's Account Manager"),
        "speed_to_lead": QCoreApplication.translate(
            "Names", "Speed-to-lead: first touch on new leads"),
        "qualification_conversations": QCoreApplication.translate(
            "Names", "Qualification conversations"),
        "meetings_booked": QCoreApplication.translate("Names", "Qualified meetings booked"),
        "meeting_brief": QCoreApplication.translate(
            "Names", "Handoff: brief for every booked meeting"),
        "icp_research": QCoreApplication.translate("Names", "Ideal-customer list research"),
        "prospecting_block": QCoreApplication.translate(
            "Names", "Prospecting block: calls, emails, social"),
        "conversations": QCoreApplication.translate("Names", "Conversations held"),
        "pass_to_field_sales": QCoreApplication.translate(
            "Names", "Handoff: pass a qualified prospect to Field Sales"),
        "market_intelligence": QCoreApplication.translate("Names", "New-market intelligence"),
        "partner_conversations": QCoreApplication.translate(
            "Names", "Partner / channel conversations"),
        "event_follow_ups": QCoreApplication.translate(
            "Names", "Event and networking follow-ups"),
        "feed_prospecting": QCoreApplication.translate(
            "Names", "Handoff: feed prospecting a target list"),
    }
    if not key:
        return QCoreApplication.translate("Names", "Other work")
    return names.get(slug, slug.replace("_", " "))

def metric_name(metric: str | None) -> str:
    names = {
        "accounts_touched": QCoreApplication.translate("Names", "accounts touched"),
        "accounts_scored": QCoreApplication.translate("Names", "accounts scored"),
        "proposals": QCoreApplication.translate("Names", "proposals"),
        "escalations_routed": QCoreApplication.translate("Names", "escalations routed"),
        "meetings_prepared": QCoreApplication.translate("Names", "meetings prepared"),
        "meetings_held": QCoreApplication.translate("Names", "meetings held"),
        "next_steps": QCoreApplication.translate("Names", "next steps"),
        "briefs": QCoreApplication.translate("Names", "briefs"),
        "leads_touched": QCoreApplication.translate("Names", "leads touched"),
        "conversations": QCoreApplication.translate("Names", "conversations"),
        "meetings_booked": QCoreApplication.translate("Names", "meetings booked"),
        "accounts_researched": QCoreApplication.translate("Names", "accounts researched"),
        "touches": QCoreApplication.translate("Names", "touches"),
        "notes": QCoreApplication.translate("Names", "notes"),
        "follow_ups": QCoreApplication.translate("Names", "follow-ups"),
        "lists": QCoreApplication.translate("Names", "lists"),
    }
    return names.get(metric or "", metric or "")

translate = QCoreApplication.translate  # lupdate reads calls by this name too

# Each code core or a service can raise or emit, with its sentence in the UI language.
# tests/ui/test_names.py walks the sources for codes and fails on one missing here.
PROBLEM_TEXTS: dict[str, Callable[[Mapping[str, Any]], str]] = {
    "one_thing.empty": lambda p: translate(
        "Errors", "Write your One Thing first: the text is empty."),
    "one_thing.long": lambda p: fill(
        translate(
        "Errors", "Keep your One Thing to %1 characters; this one has %2."), p.get("limit"),
        p.get("length")),
    "minutes.range": lambda p: fill(translate(
        "Errors", "A focus block lasts from %1 to %2 minutes."),
                                    p.get("low"), p.get("high")),
    "time.format": lambda p: fill(
        translate(
        "Errors", "'%1' is not a time of day; write it as HH:MM, e.g. 08:30."), p.get("text")),
    "time.range": lambda p: fill(
        translate(
        "Errors", "'%1' is not a time of day; write it as HH:MM, e.g. 08:30."), p.get("text")),
    "blocking.locked": lambda p: translate(
        "Errors", "The block lists cannot change while a strict focus block runs."),
    "roles.none": lambda p: translate("Errors", "Enable at least one sales role."),
    "weekdays.empty": lambda p: translate("Errors", "Choose at least one working day in the week."),
    "timer.strict_locked": lambda p: translate(
        "Errors", "This is a strict block: type the phrase to stop it early."),
    "timer.busy": lambda p: translate("Errors", "A focus block is already running."),
    "timer.no_block": lambda p: translate("Errors", "No focus block is running."),
    "activity.unknown": lambda p: fill(
        translate("Errors", "'%1' is not an activity of this role. Valid activities: %2."),
        p.get("activity"), p.get("valid")),
}


def problem_message(problem: Problem) -> str:
    """A coded refusal or problem in the UI language (the English message as the fallback:
    a code missing here is a bug that tests/ui/test_names.py catches)."""
    text = PROBLEM_TEXTS.get(problem.code)
    if text is not None:
        return text(problem.params)
    if problem.code.endswith(".long"):
        return fill(translate("Errors", "Keep it to %1 characters; this text has %2."),
                    problem.params.get("limit"), problem.params.get("length"))
    return problem.message


def error_message(error: CodedError) -> str:
    """A ValidationError (or any coded refusal) in the UI language."""
    return problem_message(error.problem)
