"""Every code the app can raise or emit has a sentence in problems.PROBLEM_TEXTS, in English and
in French, filled with the parameters its raising site passes.

The codes are read from the sources (ast), so a new `raise ValidationError("x.new", ...)`
anywhere in focusapp/ fails here until it has its translation.
"""

from __future__ import annotations

import ast
import errno
import os
import re
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pytest

import focusapp
from focusapp.core.errors import Problem
from focusapp.services.blocking import hosts
from focusapp.store.errors import UNUSABLE_REASONS
from focusapp.ui.problems import PROBLEM_TEXTS, problem_message
from focusapp.ui.reasons import hosts_reason, unusable_reason
from tests.ui.language import speaking

PACKAGE = Path(focusapp.__file__).resolve().parent
ROOT = PACKAGE.parent
CODED_BASES = {"CodedError", "ValidationError"}

# Codes built at runtime, by the file and the expression that builds them (ast.unparse),
# spelled out here so that the test still knows every code. A new runtime-built code fails
# the test until it is listed (better: write the code as a literal).
RUNTIME_CODES: dict[tuple[str, str], tuple[str, ...]] = {
    # CodedError.problem re-wraps a code raised elsewhere: nothing new.
    ("focusapp/core/errors.py", "self.code"): (),
    # The command line rebuilds the running app's refusal from the wire: raised elsewhere.
    ("focusapp/services/single_instance.py", "code"): (),
    # blocking.app_entry words the app rule's own refusal: a code raised elsewhere.
    ("focusapp/ui/problems.py", "str(p.get('error'))"): (),
    # The calendars' list keeps the last refresh's problem, raised elsewhere.
    ("focusapp/store/calendars.py", "str(problem['code'])"): (),
    # A name of a system's own hosts, refused with its group's code (core/domains.py).
    ("focusapp/core/domains.py", "reserved"): (
        "domain.reserved", "domain.reserved_windows", "domain.reserved_apple"),
    # BlockingController._guard(key, action, ...) with action "enable" or "restore".
    ("focusapp/services/blocking/controller.py", "f'blocking.mechanism_{action}'"): (
        "blocking.mechanism_enable", "blocking.mechanism_restore"),
}

_NOW = datetime(2026, 11, 23, 9, 0, tzinfo=timezone(timedelta(hours=1)))
# A plausible value for each parameter a raising site passes (most are computed at runtime).
SAMPLES: dict[str, object] = {
    "activity": "cold calls", "char": "U+200B", "choices": ("news", "social", "video"),
    "columns": "Id, Company", "ref": "claire",
    "count": 3, "detail": "Codepoint U+00E9 not allowed", "entries": ["a b", "#x", "10.0.0.1"],
    "error": "not_authorized", "first": date(2026, 12, 24), "high": 180, "hours": 24,
    "last": date(2026, 12, 20), "length": 70, "limit": 63, "low": 5, "mechanism": "dnd.gnome",
    "name": "Calls", "metric": "touches", "now": _NOW, "role": "field_sales",
    "scripts": ("CYRILLIC", "LATIN"),
    "text": "25:00", "until": _NOW + timedelta(hours=30), "valid": "calls, emails",
    "value": "exa mple.com", "week": 53, "year": 2026, "argument": "focusapp\x01",
    "entry": "bad/relative", "place": "~/.config/autostart/focusapp.desktop",
    "reason": "EROFS", "path": "/home/ana/week.pdf", "folder": "/home/ana/gone",
    "key": "id", "byte": 12, "line": 3, "column": 14, "item": "horoscope", "id": "zz12",
    "day": date(1999, 12, 31), "due": date(1999, 12, 30), "days": 400,
    "canonical": "example.com", "index": 2, "host": "calendar.example.com", "status": 500,
    "broken": 2, "zones": "Mars/Olympus",
    "system": "macOS", "megabytes": 50, "version": "99", "supported": "1, 2", "reasons": (
        Problem("dnd.no_gsettings", {}, "gsettings is not installed"),
        Problem("dnd.no_notification_server", {"detail": "Introspect failed: timeout"})),
}
# Where one value does not fit every code: a number out of range, a badly written date.
SAMPLES_BY_CODE: dict[str, dict[str, object]] = {
    "minutes.range": {"value": 240}, "energy.range": {"value": 7},
    "setting.range": {"value": 0}, "count.range": {"value": 20_000},
    "target.minutes": {"value": 2000}, "target.count": {"value": 0},
    "date.format": {"text": "24/12/2026"}, "week.format": {"text": "2026-48"},
    "export.format": {"name": "week.txt"}, "domain.type": {"value": "None"},
    "dnd.gsettings_value": {"value": "'maybe'"},
}
PLACEHOLDER = re.compile(r"%\d|%n")


@dataclass(frozen=True)
class Site:
    """One place in focusapp/ that raises or emits `code` with parameters named `params`."""

    code: str
    where: str  # "focusapp/core/days.py:98"
    params: tuple[str, ...]


@dataclass(frozen=True)
class _Forward:
    """A helper (`_refuse`, `_report`, `validate_text`) whose parameter `param` (at `index`)
    becomes the code `template.format(value)`, with parameters `params` of its own."""

    param: str
    index: int  # past the positional ones for a keyword-only parameter
    template: str
    params: tuple[str, ...]
    takes_params: bool  # its **kwargs reach the code's parameters


class _Module:
    def __init__(self, path: Path) -> None:
        self.name = str(path.relative_to(ROOT))
        self.tree = ast.parse(path.read_text(encoding="utf-8"))
        self.classes = {n.name: n for n in ast.walk(self.tree) if isinstance(n, ast.ClassDef)}
        self.imports = {alias.asname or alias.name: node.module or ""
                        for node in ast.walk(self.tree) if isinstance(node, ast.ImportFrom)
                        for alias in node.names}

    def resolve(self, node: ast.expr) -> str | None:
        """The "file:Name" a name refers to here: a class of this module, or an import."""
        if not isinstance(node, ast.Name):
            return None
        if node.id in self.classes or node.id not in self.imports:
            return f"{self.name}:{node.id}"
        return f"{self.imports[node.id].replace('.', '/')}.py:{node.id}"

    def callee(self, call: ast.Call) -> str | None:
        """The "file:function" a call goes to: a name (local or imported) or self.method."""
        f = call.func
        if isinstance(f, ast.Attribute) and isinstance(f.value, ast.Name) and f.value.id == "self":
            return f"{self.name}:{f.attr}"
        return self.resolve(f)

    def calls(self) -> Iterator[tuple[ast.Call, ast.FunctionDef | None, ast.ClassDef | None]]:
        """Every call, with the function and the class it is written in."""

        def visit(node: ast.AST, func: ast.FunctionDef | None, cls: ast.ClassDef | None):
            for child in ast.iter_child_nodes(node):
                if isinstance(child, ast.Call):
                    yield child, func, cls
                if isinstance(child, ast.ClassDef):
                    yield from visit(child, None, child)
                elif isinstance(child, ast.FunctionDef):
                    yield from visit(child, child, cls)
                else:
                    yield from visit(child, func, cls)

        yield from visit(self.tree, None, None)


def _carries_code(node: ast.ClassDef) -> bool:
    """A record whose first field is `code`, as core.errors.Problem (store.import_check's Problem
    starts with `kind`: it reports a file's problems, it carries no code)."""
    fields = [s for s in node.body if isinstance(s, ast.AnnAssign)]
    return bool(fields) and isinstance(fields[0].target, ast.Name) and fields[0].target.id == "code"


def _keeps_signature(node: ast.ClassDef) -> bool:
    """No __init__ of its own, or one whose first parameter is still the code."""
    inits = [s for s in node.body if isinstance(s, ast.FunctionDef) and s.name == "__init__"]
    return not inits or [a.arg for a in inits[0].args.args[1:2]] == ["code"]


def _code_takers(modules: list[_Module]) -> set[str]:
    """The "file:Class" names whose first argument is a code: the coded errors, their
    subclasses that keep the signature, and the records that carry a code. (A subclass with
    its own __init__, as TimerBusy, fixes its code in super().__init__ instead.)"""
    takers = {f"focusapp/core/errors.py:{name}" for name in CODED_BASES}
    takers |= {f"{m.name}:{name}" for m in modules for name, node in m.classes.items()
               if _carries_code(node)}
    while True:
        grown = takers | {f"{m.name}:{name}" for m in modules
                          for name, node in m.classes.items() if _keeps_signature(node)
                          and any(m.resolve(base) in takers for base in node.bases)}
        if grown == takers:
            return takers
        takers = grown


def _is_code_call(m: _Module, call: ast.Call, cls: ast.ClassDef | None, takers: set[str]) -> bool:
    """A coded error or record built here, or super().__init__ in a subclass of one."""
    if m.resolve(call.func) in takers:
        return True
    f = call.func
    return (isinstance(f, ast.Attribute) and f.attr == "__init__"
            and isinstance(f.value, ast.Call) and m.resolve(f.value.func) == f"{m.name}:super"
            and cls is not None and any(m.resolve(base) in takers for base in cls.bases))


def _keywords(call: ast.Call) -> tuple[str, ...]:
    """The parameters a call passes: its keywords, and the keys of a dict it is given
    (Problem(code, {"name": ...}, message))."""
    keys = [k.value for arg in call.args if isinstance(arg, ast.Dict) for k in arg.keys
            if isinstance(k, ast.Constant) and isinstance(k.value, str)]
    return tuple(k.arg for k in call.keywords if k.arg is not None) + tuple(keys)


def _code_arg(call: ast.Call, index: int = 0, keyword: str = "code") -> ast.expr | None:
    for k in call.keywords:
        if k.arg == keyword:
            return k.value
    return call.args[index] if len(call.args) > index else None


def _forward(func: ast.FunctionDef | None, code: ast.expr | None,
             call: ast.Call) -> _Forward | None:
    """How `func` turns one of its parameters into the code of `call`, if it does:
    `code` itself, or an f-string `f"{code}.suffix"`."""
    if func is None or code is None:
        return None
    args = [a.arg for a in func.args.args + func.args.kwonlyargs if a.arg != "self"]
    head, tail = (code.values[0], code.values[1:]) if isinstance(code, ast.JoinedStr) else (
        code, [])
    if isinstance(head, ast.FormattedValue):
        head = head.value
    if not (isinstance(head, ast.Name) and head.id in args
            and all(isinstance(v, ast.Constant) for v in tail)):
        return None
    template = "{}" + "".join(str(v.value) for v in tail if isinstance(v, ast.Constant))
    return _Forward(head.id, args.index(head.id), template, _keywords(call),
                    func.args.kwarg is not None)


def collect() -> tuple[list[Site], list[str]]:
    """Every raising site in focusapp/, and the runtime-built codes nobody listed."""
    modules = [_Module(path) for path in sorted(PACKAGE.rglob("*.py"))]
    takers = _code_takers(modules)
    sites: list[Site] = []
    unknown: list[str] = []
    forwards: dict[str, list[_Forward]] = {}  # "file:helper" -> how it forwards a code
    direct: list[tuple[_Module, ast.Call]] = []
    for m in modules:
        for call, func, cls in m.calls():
            if not _is_code_call(m, call, cls, takers):
                continue
            forward = _forward(func, _code_arg(call), call)
            if forward is not None and func is not None:
                forwards.setdefault(f"{m.name}:{func.name}", []).append(forward)
            else:
                direct.append((m, call))
    for m, call in direct:
        _add(sites, unknown, m, call, _code_arg(call), _keywords(call))
    for m in modules:
        for call, _, _ in m.calls():
            for forward in forwards.get(m.callee(call) or "", []):
                own = _keywords(call) if forward.takes_params else ()
                params = forward.params + tuple(p for p in own if p != forward.param)
                code = _code_arg(call, forward.index, forward.param)
                _add(sites, unknown, m, call, code, params, forward.template)
    return sites, unknown


def _add(sites: list[Site], unknown: list[str], m: _Module, call: ast.Call,
         code: ast.expr | None, params: tuple[str, ...], template: str = "{}") -> None:
    where = f"{m.name}:{call.lineno}"
    if isinstance(code, ast.Constant) and isinstance(code.value, str):
        sites.append(Site(template.format(code.value), where, params))
        return
    built = ast.unparse(code) if code is not None else "<no code>"
    expanded = RUNTIME_CODES.get((m.name, built))
    if expanded is None:
        unknown.append(f"{where}: code built at runtime: {built}")
    sites.extend(Site(template.format(value), where, params) for value in expanded or ())


SITES, UNKNOWN = collect()
CODES = sorted({site.code for site in SITES})


def sentence(site: Site) -> str:
    params = {name: SAMPLES_BY_CODE.get(site.code, {}).get(name, SAMPLES[name])
              for name in site.params}
    return problem_message(Problem(site.code, params, "English fallback from the source"))




def test_the_walk_finds_the_codes_of_every_kind_of_raising_site():
    """Guards the walker itself: one code from each way of raising one."""
    found = {site.code: site for site in SITES}
    assert found["time.format"].params == ("text",)  # ValidationError(code, msg, **params)
    assert found["timer.busy"].where.startswith("focusapp/services/timer.py")  # super().__init__
    assert "value" in found["domain.ip"].params  # _refuse adds value=text
    assert found["note.long"].params == ("limit", "length")  # validate_text(code="note")
    assert "blocking.rejected" in found  # self._report(code, ...) -> Problem
    assert "blocking.mechanism_restore" in found  # listed in RUNTIME_CODES
    assert found["windows.x11_failed"].params == ("detail",)  # Problem(code, {...}, msg)
    assert found["hosts.not_installed"].where.startswith("focusapp/services/blocking/hosts.py")
    assert not any(site.code == "file" for site in SITES)  # import_check's Problem(kind, ...)
    assert len(CODES) > 60


def test_every_code_is_written_as_a_literal_or_listed():
    assert not UNKNOWN, "\n".join(UNKNOWN)


def test_every_code_raised_in_focusapp_has_a_sentence():
    missing = sorted(f"{site.code}  ({site.where})" for site in SITES
                     if site.code not in PROBLEM_TEXTS)
    assert not missing, "codes with no entry in problems.PROBLEM_TEXTS:\n" + "\n".join(missing)


def test_every_sentence_belongs_to_a_code_still_raised():
    stale = sorted(set(PROBLEM_TEXTS) - set(CODES))
    assert not stale, f"problems.PROBLEM_TEXTS has codes nothing raises any more: {stale}"


def test_every_parameter_a_site_passes_has_a_sample():
    missing = sorted({f"{name}  ({site.code}, {site.where})" for site in SITES
                      for name in site.params if name not in SAMPLES})
    assert not missing, "add a sample value to SAMPLES for:\n" + "\n".join(missing)


@pytest.mark.parametrize("site", SITES, ids=lambda s: f"{s.code}@{s.where}")
def test_the_sentence_is_filled_with_what_the_site_passes(qapp, site):
    with speaking(qapp, "en"):
        text = sentence(site)
    assert text and text != "English fallback from the source"
    assert not PLACEHOLDER.search(text), text


@pytest.mark.parametrize("site", SITES, ids=lambda s: f"{s.code}@{s.where}")
def test_the_sentence_is_french_when_french_is_chosen(qapp, site):
    with speaking(qapp, "en"):
        english = sentence(site)
    with speaking(qapp, "fr"):
        french = sentence(site)
    assert french != english
    assert not PLACEHOLDER.search(french), french


def test_every_hosts_helper_error_has_words_of_its_own(qapp):
    """hosts.last_failed and blocking.hosts_apply word the hosts call's error code: each code
    the client or the helper gives says what went wrong, not just "the hosts helper failed"."""
    client = ("not_installed", "no_pkexec", "not_authorized", "timeout",
              "launch_failed", "bad_answer", "service_impostor")
    vague = [code for code in (*client, *hosts._HELPER_REASONS)
             if hosts_reason(code) == hosts_reason("some_new_code")]
    assert not vague, f"add these to reasons.hosts_reason: {vague}"


@pytest.mark.linux_only(reason="the Linux hosts helper, as root")
@pytest.mark.skipif(getattr(os, "geteuid", lambda: -1)() != 0,
                    reason="the helper checks its install only as root")
def test_a_helper_installed_unsafely_is_said_plainly_in_both_languages(qapp, tmp_path):
    """A packager pointed pkexec at pip's entry point (a Python started without -I): the
    user reads that websites are not blocked because the helper is not installed safely."""
    hosts_file = tmp_path / "hosts"
    hosts_file.write_bytes(b"127.0.0.1 localhost\n")
    entry = Path(sys.executable).parent / "focusapp-hosts-helper"
    result = hosts.HostsBlocker([str(entry), "--test-hosts-path", str(hosts_file)]).clear()
    assert result.error == "not_isolated"
    said = {}
    for language in ("en", "fr"):
        with speaking(qapp, language):
            said[language] = problem_message(Problem(
                "blocking.hosts_apply", {"error": result.error}, result.reason))
            unsafe = hosts_reason("install_unsafe")
        assert said[language] != unsafe and "-I" in said[language]
    assert said["en"] == ("Websites are not blocked: the hosts helper is not installed safely "
                          "(its Python does not start isolated, with -I).")
    assert said["fr"] == ("Les sites web ne sont pas bloqués\u00a0: l'assistant hosts n'est pas "
                          "installé de façon sûre (son Python ne démarre pas isolé, avec -I).")
    assert "un autre utilisateur que root" in unsafe  # the French of the other refusal
def test_the_store_and_the_ui_give_the_same_reasons_a_data_folder_is_unusable(qapp):
    """The store's English (CLI, logs) and the UI's words name the same reasons for every
    errno: a reason added on one side only fails here, so none arrives untranslated."""
    with speaking(qapp, "en"):
        fallback = unusable_reason("not an errno name")
        ui = {name: unusable_reason(name) for name in errno.errorcode.values()}
    assert ui == {name: UNUSABLE_REASONS.get(name, fallback) for name in ui}
    with speaking(qapp, "fr"):
        untranslated = [name for name in UNUSABLE_REASONS
                        if unusable_reason(name) == UNUSABLE_REASONS[name]]
    assert not untranslated
