"""An import in words (ui/import_text.py): the refusal of a file that is not an export, and
what an import changes, in the user's language; a damaged record keeps the file's names."""

from __future__ import annotations

from pathlib import Path

import pytest

from focusapp.services.data_files import ImportOutcome, refused_import
from focusapp.store.export import ImportReport
from focusapp.store.import_preview import ImportPreview, SettingChange
from focusapp.ui.import_text import import_summary
from tests.ui.language import speaking


def _refusal(path: Path) -> str:
    outcome = refused_import(path)
    assert outcome is not None and not outcome.ok
    return import_summary(outcome)


@pytest.mark.parametrize(("content", "english", "french"), [
    (b'{"format": "something-else"}', "This file is not a FocusApp export.",
     "Ce fichier n'est pas un export FocusApp."),
    (b'{"format": "focusapp-export", "version": 99}',
     "This export has version 99, which this FocusApp cannot read (it reads versions 1, 2, 3): "
     "update FocusApp, then import it again.",
     "Cet export est en version 99, que ce FocusApp ne sait pas lire (il lit les versions "
     "1, 2, 3)\u00a0: mettez FocusApp à jour, puis importez-le de nouveau."),
    (b"  \n", "The file is empty.", "Le fichier est vide."),
])
def test_a_refused_file_is_said_in_the_users_language(qapp, tmp_path: Path, content: bytes,
                                                      english: str, french: str) -> None:
    path = tmp_path / "file.json"
    path.write_bytes(content)
    with speaking(qapp, "en"):
        assert _refusal(path).splitlines() == ["Nothing was imported: 1 problem found.",
                                               f"• {english}"]
    with speaking(qapp, "fr"):
        assert _refusal(path).splitlines() == [
            "Rien n'a été importé\u00a0: 1 problème trouvé.", f"• {french}"]


def test_a_missing_file_says_there_is_none(qapp, tmp_path: Path) -> None:
    with speaking(qapp, "fr"):
        assert _refusal(tmp_path / "nowhere.json").splitlines()[-1] == (
            "• Le fichier ne peut pas être lu\u00a0: ce fichier n'existe pas.")


def test_a_damaged_record_is_named_as_the_file_names_it(qapp, tmp_path: Path) -> None:
    from focusapp.store.import_check import Problem

    refused = ImportOutcome("x.json", ImportReport(problems=(
        Problem("blocks", "[12] (id b3)", "'start' has no UTC offset"),)))
    with speaking(qapp, "fr"):
        assert import_summary(refused).splitlines()[-1] == (
            "• blocks[12] (id b3): 'start' has no UTC offset")


def test_what_an_import_changed_is_listed_in_french(qapp, tmp_path: Path) -> None:
    preview = ImportPreview(blocks_added=3, settings=(SettingChange("day_start", "04:00",
                                                                    "05:00"),))
    done = ImportOutcome("x.json", ImportReport(preview=preview, kept_copy=tmp_path / "kept"))
    with speaking(qapp, "fr"):
        lines = import_summary(done).splitlines()
    assert lines[0] == "Importé\u00a0:"
    assert "  Blocs de concentration\u00a0: 3 nouveau(x), 0 modifié(s)" in lines
    assert lines[-1] == (f"Vos données d'avant l'import sont gardées dans {tmp_path / 'kept'}.")
    with speaking(qapp, "fr"):
        dry = import_summary(ImportOutcome("x.json", ImportReport(preview=preview), True))
    assert dry.splitlines()[0] == ("Essai à blanc, rien n'a été écrit. Importer x.json "
                                   "changerait\u00a0:")


def test_a_setting_out_of_range_is_said_with_its_label_in_french(qapp, tmp_path: Path) -> None:
    from focusapp.store.database import Store
    from focusapp.store.export import dumps_export, export_all
    from tests.ui.history import NOW

    store, _ = Store.open(tmp_path / "data", now=lambda: NOW)
    with store:
        doc = export_all(store)
    doc["settings"]["presets"] = [1]
    path = tmp_path / "hostile.json"
    path.write_bytes(dumps_export(doc))
    with speaking(qapp, "fr"):
        assert _refusal(path).splitlines()[-1] == (
            "• Durées prédéfinies du minuteur\u00a0: La valeur doit être comprise entre 5 et "
            "180, pas 1.")


def test_the_accounts_an_import_brings_are_listed_in_french(qapp, tmp_path: Path) -> None:
    preview = ImportPreview(book=(("accounts", 2, 0), ("follow_ups", 1, 1)))
    done = ImportOutcome("x.json", ImportReport(preview=preview, kept_copy=tmp_path))
    with speaking(qapp, "fr"):
        lines = import_summary(done).splitlines()
    assert "  Comptes\u00a0: 2 nouveau(x), 0 modifié(s)" in lines
    assert "  Relances\u00a0: 1 nouvelle(s), 1 modifiée(s)" in lines
