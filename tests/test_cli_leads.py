"""`focusapp lead`: over the socket to the running app (its Today window shows the clock at
once, a touch during a block keeps it running) and headless with no app (the data folder
itself), in English and in French."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
import shiboken6

from focusapp.app import FocusApp, Options
from focusapp.core.leads import LEAD_INTERRUPTION
from focusapp.core.roles import RoleId, default_role_configs
from focusapp.gui import serve_commands
from focusapp.store.database import Store
from tests import test_cli
from tests.test_cli import FRENCH_SYSTEM

run_cli = test_cli.run_cli  # the fixture: `focusapp` as a real process

INBOUND = frozenset({RoleId.INBOUND_QUALIFIER})


def _hold_inbound(store: Store, language: str = "") -> None:
    store.roles.save(default_role_configs(INBOUND))
    if language:
        store.settings.save(store.settings.get().updated(language=language))


@pytest.fixture
def inbound_app(qtbot: Any, data_dir: Path, clock: Any) -> Iterator[FocusApp]:
    """The real app, offscreen, held by an inbound lead qualifier, serving the CLI."""
    store, report = Store.open(data_dir, now=clock.now)
    _hold_inbound(store)
    app = FocusApp(clock, store, report, Options(tray=False, wizard=False, reminders=False))
    qtbot.addWidget(app.shell.today)
    app.start()
    serve_commands(app)
    yield app
    app.shutdown()
    shiboken6.delete(app)
    store.close()


def test_leads_over_the_socket_show_in_today_and_a_touch_keeps_the_block_running(
        run_cli: Any, inbound_app: FocusApp, data_dir: Path, clock: Any) -> None:
    folder = ("--data-dir", str(data_dir))
    new = run_cli(*folder, "lead", "Acme")
    assert new.returncode == 0, new.stderr
    assert re.fullmatch(r"Clock started for Acme \(id [0-9a-f]{8}\): touch it within 5 "
                        r"minutes\. 1 lead waiting\.", new.stdout.strip()), new.stdout
    assert "Acme · 0:00" in inbound_app.shell.today_lines()
    inbound_app.blocks.start_for(25, "inbound_qualifier", "qualification_conversations")
    clock.advance(minutes=3, seconds=7)
    touched = run_cli(*folder, "lead", "--touched", "acme")
    assert touched.stdout.strip() == ("Acme touched after 3:07, within the 5-minute target. "
                                      "No lead waiting.")
    block = inbound_app.timer.block
    assert block is not None and [i.what for i in block.interruptions] == [LEAD_INTERRUPTION]
    assert not any("Acme" in line for line in inbound_app.shell.today_lines())


def test_a_touch_of_no_waiting_lead_is_refused_in_the_users_language(
        run_cli: Any, inbound_app: FocusApp, data_dir: Path) -> None:
    inbound_app.store.settings.save(inbound_app.store.settings.get().updated(language="fr"))
    refused = run_cli("--data-dir", str(data_dir), "lead", "--touched", "Acme")
    assert refused.returncode == 1
    assert refused.stderr.strip() == ("FocusApp a refusé\u00a0: Aucun lead en attente ne "
                                      "s'appelle «\u00a0Acme\u00a0» ni n'a un identifiant qui "
                                      "commence ainsi.")


def test_with_no_app_running_leads_go_to_the_data_folder_in_french(
        run_cli: Any, data_dir: Path, clock: Any) -> None:
    store, _ = Store.open(data_dir, now=clock.now)
    with store:
        _hold_inbound(store, "fr")
        store.roles.save(tuple(replace(c, lead_minutes=7) for c in store.roles.get()))
    folder = ("--data-dir", str(data_dir))
    new = run_cli(*folder, "lead")
    assert new.returncode == 0, new.stderr
    assert re.fullmatch(r"Chrono lancé pour un nouveau lead \(id ([0-9a-f]{8})\)\u00a0: "
                        r"contactez-le d'ici 7 minutes\. 1 lead en attente\.",
                        new.stdout.strip()), new.stdout
    lead_id = new.stdout.split("(id ")[1][:8]
    touched = run_cli(*folder, "lead", "--touched", lead_id[:4])
    assert touched.returncode == 0, touched.stderr
    assert re.fullmatch(rf"Le lead {lead_id} contacté après \d+:\d\d, dans l'objectif de 7 "
                        r"minutes\. Aucun lead en attente\.", touched.stdout.strip())
    reopened, _ = Store.open(data_dir, now=clock.now)
    with reopened:
        (lead,) = reopened.leads.all()
        assert lead.touched_at is not None and lead.target_minutes == 7


def test_with_no_app_and_no_lead_role_the_lead_is_refused_and_nothing_is_kept(
        run_cli: Any, data_dir: Path, clock: Any) -> None:
    store, _ = Store.open(data_dir, now=clock.now)
    with store:
        store.roles.save(default_role_configs(frozenset({RoleId.FIELD_SALES})))
    refused = run_cli("--data-dir", str(data_dir), "lead", "Acme", env=FRENCH_SYSTEM)
    assert refused.returncode == 1
    assert refused.stderr.strip().splitlines()[-1] == (
        "Impossible d'enregistrer le lead\u00a0: Les chronos de leads sont pour le rôle "
        "Qualification des leads entrants (ou le vendeur solo)\u00a0: activez-le dans "
        "Réglages → Rôles.")
    reopened, _ = Store.open(data_dir, now=clock.now)
    with reopened:
        assert reopened.leads.all() == []


def test_a_name_and_touched_together_are_a_usage_error(run_cli: Any, data_dir: Path) -> None:
    for both in (("Acme", "--touched", "Acme"), ("--touched", "Acme", "--drop", "Acme")):
        done = run_cli("--data-dir", str(data_dir), "lead", *both)
        assert done.returncode == 2
        assert ("Give a new lead's NAME, --touched NAME|ID or --drop NAME|ID: one of them."
                in done.stderr)


def test_with_no_app_a_spam_lead_is_set_aside_in_french(
        run_cli: Any, data_dir: Path, clock: Any) -> None:
    store, _ = Store.open(data_dir, now=clock.now)
    with store:
        _hold_inbound(store, "fr")
    folder = ("--data-dir", str(data_dir))
    assert run_cli(*folder, "lead", "Offre SEO gratuite").returncode == 0
    assert run_cli(*folder, "lead", "Acme").returncode == 0
    dropped = run_cli(*folder, "lead", "--drop", "offre seo gratuite")
    assert dropped.returncode == 0, dropped.stderr
    assert dropped.stdout.strip() == ("Offre SEO gratuite mis de côté : ce n'est pas un "
                                      "lead, il ne compte nulle part. 1 lead en attente.")
    again = run_cli(*folder, "lead", "--drop", "Offre SEO gratuite")
    assert again.returncode == 1  # no longer waiting
    reopened, _ = Store.open(data_dir, now=clock.now)
    with reopened:
        kept = {lead.name: lead.dropped_at is not None for lead in reopened.leads.all()}
    assert kept == {"Offre SEO gratuite": True, "Acme": False}


def test_an_over_long_name_is_refused_before_anything_is_written(
        run_cli: Any, data_dir: Path) -> None:
    done = run_cli("--data-dir", str(data_dir), "lead", "x" * 81)
    assert done.returncode == 2
    assert "A lead's name is at most 80 characters; this one has 81." in done.stderr
    assert not (data_dir / "focusapp.json").exists()

