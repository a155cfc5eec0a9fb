"""Before an import writes anything: what it would change, with Import and Cancel.

The words are in `ui.import_text` (the command line says the same); a list setting shows
its first added and removed entries, and every entry is in the details.
"""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget

from focusapp.core.text import fill
from focusapp.store.import_preview import ImportPreview
from focusapp.ui.import_text import change_details, change_lines


class ImportPreviewDialog(QMessageBox):
    def __init__(self, name: str, preview: ImportPreview, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import data"))
        self.setIcon(QMessageBox.Icon.Question)
        self.setText(fill(self.tr("Import “%1”? This is what it would change:"), name))
        self.setInformativeText("\n".join(f"• {line}" for line in change_lines(preview))
                                + "\n\n" + self.tr("Your data as it is now is kept in the "
                                                   "backups folder first."))
        details = change_details(preview)
        if details:
            self.setDetailedText("\n".join(details))
        self.import_button = self.addButton(self.tr("Import"),
                                            QMessageBox.ButtonRole.AcceptRole)
        self.cancel_button = self.addButton(QMessageBox.StandardButton.Cancel)
        self.setDefaultButton(self.cancel_button)

    @property
    def confirmed(self) -> bool:
        return self.clickedButton() is self.import_button
