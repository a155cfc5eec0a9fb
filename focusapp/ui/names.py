"""Translatable names for the ids core uses: roles, activities, count metrics.

Core returns ids; only this layer turns them into words, in the UI language (the sentences
for core's codes are in `focusapp.ui.problems`).
Every string is a literal inside a translate() call so pyside6-lupdate extracts it.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from focusapp.core.roles import Activity, RoleId


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


def practice_name(role_id: str) -> str:
    """A specialised role's work as a solo seller does it (the wizard's question)."""
    names = {
        "account_manager": QCoreApplication.translate(
            "Names", "Look after my clients (account management)"),
        "field_sales": QCoreApplication.translate(
            "Names", "Meet prospects and close (field sales)"),
        "inbound_qualifier": QCoreApplication.translate(
            "Names", "Qualify the leads that come in (inbound)"),
        "outbound_prospector": QCoreApplication.translate(
            "Names", "Prospect by calls, emails and social (outbound)"),
        "business_developer": QCoreApplication.translate(
            "Names", "Open new markets and partners (business development)"),
    }
    return names.get(role_id, role_name(role_id))


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


def checklist_item_name(item: str) -> str:
    """An item of a handoff brief's checklist: built-in ones translated, the user's as typed."""
    names = {
        "need": QCoreApplication.translate("Names", "the need"),
        "budget": QCoreApplication.translate("Names", "the budget"),
        "decision_maker": QCoreApplication.translate("Names", "the decision maker"),
        "next_step": QCoreApplication.translate("Names", "the next step"),
    }
    return names.get(item, item)


def receiver_name(to: str) -> str:
    """Who a handoff went to: a role's name, or the colleague or service as typed."""
    return role_name(to) if to in {r.value for r in RoleId} else to


def interruption_name(what: str) -> str:
    """A kind's name in the UI language; free text as it was typed."""
    names = {
        "phone": QCoreApplication.translate("Interruptions", "Phone call"),
        "colleague": QCoreApplication.translate("Interruptions", "Colleague"),
        "manager": QCoreApplication.translate("Interruptions", "Manager"),
        "email": QCoreApplication.translate("Interruptions", "Email or message"),
        "client": QCoreApplication.translate("Interruptions", "Client"),
        # A lead touched during a block (core.leads.LEAD_INTERRUPTION): allowed, not a kind
        # to pick in the interruption dialog.
        "lead": QCoreApplication.translate("Interruptions", "Lead touched"),
    }
    return names.get(what, what)
