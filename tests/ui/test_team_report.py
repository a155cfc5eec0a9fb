"""The team PDF: a team too big for one page (every rep once, on as many pages as needed,
each page with its headers, nothing drawn past the bottom of a page), and what cannot be
shown said in the manager's language."""

from __future__ import annotations

import re
import subprocess
import unicodedata
from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QLocale
from PySide6.QtGui import QPageSize

from focusapp.core.days import IsoWeek
from focusapp.core.errors import Problem as CodedProblem
from focusapp.core.handoffs import DEFAULT_CHECKLIST, Handoff, HandoffStatus
from focusapp.core.models import Settings
from focusapp.core.roles import RoleId, default_role_configs
from focusapp.core.team import Rep, team_relays, team_rows
from focusapp.store.import_check import Problem as ImportProblem
from focusapp.ui.team_report import RepWeek, TeamReport, team_pdf
from tests.core.factories import block

WEEK = IsoWeek(2026, 48)
ROLES = default_role_configs(frozenset({RoleId.OUTBOUND_PROSPECTOR, RoleId.FIELD_SALES}))


def _rep(index: int) -> Rep:
    blocks = tuple(block(day, 20 + 10 * index, count=index) for day in WEEK.days[:5])
    handoff = Handoff(f"h{index}", blocks[0].start + timedelta(hours=2), "outbound_prospector",
                      "field_sales", True, DEFAULT_CHECKLIST, DEFAULT_CHECKLIST,
                      HandoffStatus.ACCEPTED)
    return Rep(f"Rep {index:02d}", f"p{index}", (f"rep{index}.json",), Settings(), ROLES, (),
               blocks, (), (handoff,))


def _pages(pdf: Path) -> list[str]:
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True,
                          text=True, check=True).stdout
    # Each page ends with a form feed; ligatures ("ﬀ") read as their letters.
    return unicodedata.normalize("NFKC", text).split("\f")[:-1]


def test_a_big_team_goes_on_as_many_pages_as_it_needs(english, tmp_path: Path) -> None:
    reps = [_rep(i) for i in range(1, 13)]
    rows = [RepWeek(r.name, tuple(team_rows([r], WEEK, date(2026, 12, 1)))) for r in reps]
    report = TeamReport(WEEK, tuple(rows), team_relays(reps, WEEK), exports=12)
    pdf = tmp_path / "team.pdf"
    pdf.write_bytes(team_pdf(report, QLocale("en_GB"), QPageSize(QPageSize.PageSizeId.A4)))
    pages = _pages(pdf)
    assert len(pages) >= 3
    text = "".join(pages)
    for rep in reps:
        assert text.count(rep.name) == 1, rep.name  # each rep once: none lost at a page break
    assert text.count("Outbound") == 12 + 1  # a row per rep, and the handoffs row
    for page in pages[1:]:
        assert "Team report — Week 48 · 23–29 Nov 2026" in page  # which report this page is of
    for page in pages:
        reps_part = page.split("Handoffs between roles")[0]
        if "Outbound" in reps_part:  # a page of reps: the grid's headers, each row under its rep
            assert "Days met" in page and "Streak" in page
            first_row = min(i for i in (reps_part.find("Field Sales"), reps_part.find("Outbound"))
                            if i >= 0)
            assert 0 <= reps_part.find("Rep ") < first_row, page
    assert "Handoffs between roles" in pages[-1]
    assert re.search(r"Outbound prospecting → Field Sales\s+12\s+12\s+0\s+0", pages[-1])


def test_what_cannot_be_shown_is_said_in_the_managers_language(french, tmp_path: Path) -> None:
    """A rep with no role, a week with no handoff, and the three kinds of files left out, in
    French: no English left."""
    (row,) = team_rows([_rep(1)], WEEK, date(2026, 12, 1))[1:]  # Outbound prospecting only
    skipped = (
        ("notes.json", ImportProblem("file", "", "'format' is None")),
        ("ana.json", ImportProblem("blocks", "[3] (id b3)", "'start' has no UTC offset")),
        ("ben.json", ImportProblem("settings", "", "presets: 1000 entries, at most 6.",
                                   CodedProblem("setting.too_many", {
                                       "name": "presets", "count": 1000, "limit": 6}))),
    )
    report = TeamReport(WEEK, (RepWeek("Ana", ()), RepWeek("Ben", (row,))), (), 3, skipped)
    pdf = tmp_path / "équipe.pdf"
    pdf.write_bytes(team_pdf(report, QLocale("fr_FR")))
    (page,) = _pages(pdf)
    assert "Aucun rôle commercial n'est activé." in page.split("Ben")[0]  # under Ana
    assert "Aucun transfert n'a été envoyé cette semaine." in page
    assert "notes.json : pas un export FocusApp que cette version sait lire" in page
    assert "ana.json : certains de ses enregistrements sont illisibles" in page
    assert ("ben.json : Durées prédéfinies du minuteur : Cette liste compte au plus 6 entrées, "
            "pas 1 000.") in page
    for english in ("handoff", "records", "export from", "No sales", "presets"):
        assert english not in page, english
