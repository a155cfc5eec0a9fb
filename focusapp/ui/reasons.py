"""The words for the reasons inside the sentences of `ui.problems`: why the hosts helper
failed, which mechanism, which script, why a data folder cannot be used."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

translate = QCoreApplication.translate  # lupdate reads calls by this name too


def script_name(script: str) -> str:
    """A Unicode script (as core.domains names it: "CYRILLIC") in the UI language."""
    names = {
        "LATIN": translate("Errors", "Latin"),
        "CYRILLIC": translate("Errors", "Cyrillic"),
        "GREEK": translate("Errors", "Greek"),
        "ARMENIAN": translate("Errors", "Armenian"),
        "GEORGIAN": translate("Errors", "Georgian"),
        "HEBREW": translate("Errors", "Hebrew"),
        "ARABIC": translate("Errors", "Arabic"),
        "HAN": translate("Errors", "Chinese characters"),
        "HIRAGANA": translate("Errors", "Hiragana"),
        "KATAKANA": translate("Errors", "Katakana"),
        "HANGUL": translate("Errors", "Hangul"),
        "THAI": translate("Errors", "Thai"),
        "DEVANAGARI": translate("Errors", "Devanagari"),
    }
    return names.get(script, script.lower())


def hosts_reason(error: str | None) -> str:
    """Why the hosts helper failed, from its stable error code (services.blocking.hosts)."""
    reasons = {
        "not_installed": translate("Errors", "the hosts helper is not installed"),
        "no_pkexec": translate("Errors", "pkexec (polkit) is not installed"),
        "not_authorized": translate("Errors", "authorisation was refused"),
        "timeout": translate(
            "Errors", "the hosts helper did not answer (was the password prompt left open?)"),
        "launch_failed": translate("Errors", "the hosts helper could not be started"),
        "bad_answer": translate("Errors", "the hosts helper gave no readable answer"),
        "service_impostor": translate(
            "Errors", "what answered for the FocusApp hosts service is not a system service, "
            "so nothing was sent to it"),
        # the helper's own refusals (services.blocking.helper)
        "invalid_domains": translate(
            "Errors", "some blocked sites are not valid domains, so nothing was blocked"),
        "unsupported": translate("Errors", "the hosts helper does not support this system"),
        "hosts_symlink": translate(
            "Errors", "the hosts file is a symbolic link, which the helper refuses to edit"),
        "hosts_not_regular": translate("Errors", "the hosts file is not a regular file"),
        "hosts_missing": translate("Errors", "the hosts file does not exist"),
        "hosts_too_large": translate("Errors", "the hosts file is too large"),
        "busy": translate(
            "Errors", "another change to the hosts file was in progress; try again"),
        "lock_unsafe": translate(
            "Errors", "the helper's lock file is not its own (someone else made it)"),
        "hosts_changing": translate(
            "Errors", "the hosts file kept changing while the helper worked; try again"),
        "io": translate("Errors", "the hosts file could not be read or written"),
        "test_path_refused": translate("Errors", "the hosts helper refused its test hosts path"),
        "until_in_past": translate("Errors", "the block had already ended"),
        "not_isolated": translate(
            "Errors", "the hosts helper is not installed safely (its Python does not start "
            "isolated, with -I)"),
        "install_unsafe": translate(
            "Errors", "the hosts helper is not installed safely (a user other than root can "
            "change its files)"),
    }
    return reasons.get(error or "", translate("Errors", "the hosts helper failed"))


def mechanism_name(mechanism: str | None) -> str:
    """A blocking mechanism's key ("apps", "dnd.gnome") as the user knows it."""
    names = {
        "hosts": translate("Errors", "website blocking"),
        "apps": translate("Errors", "app blocking"),
        "windows": translate("Errors", "distraction tracking"),
        "dnd": translate("Errors", "Do Not Disturb"),
        "idle": translate("Errors", "time away from the desk"),
        "tray": translate("Errors", "the tray icon"),
        "messages": translate("Errors", "FocusApp's messages"),
    }
    key = (mechanism or "").split(".", 1)[0]
    return names.get(key, mechanism or "")


def unusable_reason(reason: object) -> str:
    """Why a data folder cannot be used, from the errno name the store gives."""
    reasons = {
        "EEXIST": translate("Errors", "it is a file, not a folder"),
        "ENOTDIR": translate("Errors", "a part of its path is a file, not a folder"),
        "EROFS": translate("Errors", "it is on a read-only disk"),
        "EACCES": translate("Errors", "you are not allowed to write there"),
        "EPERM": translate("Errors", "you are not allowed to write there"),
        "ENOSPC": translate("Errors", "the disk is full"),
    }
    return reasons.get(str(reason), translate("Errors", "the system refused it"))


def unreadable_reason(reason: object) -> str:
    """Why a file cannot be read, from its errno name."""
    reasons = {
        "ENOENT": translate("Errors", "there is no such file"),
        "EACCES": translate("Errors", "you are not allowed to read it"),
        "EPERM": translate("Errors", "you are not allowed to read it"),
        "EISDIR": translate("Errors", "it is a folder"),
    }
    return reasons.get(str(reason), translate("Errors", "the system refused it"))
