#!/usr/bin/env bash
# Build the one-folder bundle and prove it runs: the tray app starts offscreen on a temp data
# folder and reports ready, the CLI answers "not running", the hosts helper answers.
#
#   packaging/check_bundle.sh            build (PyInstaller into .venv if missing), then check
#   SKIP_BUILD=1 packaging/check_bundle.sh   check an existing build/dist/FocusApp
#
# Run from anywhere; needs `make setup` done (the venv and focusapp/i18n/*.qm).
set -euo pipefail
cd "$(dirname "$0")/.."

VENV=${VENV:-.venv}
PY="$VENV/bin/python"
DIST=build/dist
BUNDLE="$DIST/FocusApp"
START=$(date +%s)

fail() { echo "check_bundle: FAIL: $*" >&2; exit 1; }

if [ "${SKIP_BUILD:-0}" != 1 ]; then
  "$PY" -c 'import PyInstaller' 2>/dev/null || "$PY" -m pip install --quiet 'pyinstaller>=6.10'
  ls focusapp/i18n/*.qm >/dev/null 2>&1 || fail "no focusapp/i18n/*.qm: run 'make translations' first"
  "$VENV/bin/pyinstaller" --noconfirm --log-level WARN \
    --distpath "$DIST" --workpath build/work packaging/focusapp.spec
fi
BUILT=$(date +%s)

[ -x "$BUNDLE/focusapp" ] || fail "$BUNDLE/focusapp was not built"
[ -x "$BUNDLE/focusapp-hosts-helper" ] || fail "$BUNDLE/focusapp-hosts-helper was not built"
[ -x "$BUNDLE/focusapp-browser-host" ] || fail "$BUNDLE/focusapp-browser-host was not built"
for f in focusapp/i18n/focusapp_en.qm focusapp/i18n/focusapp_fr.qm focusapp/assets/chime.wav; do
  [ -f "$BUNDLE/_internal/$f" ] || fail "package data missing from the bundle: $f"
done

TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
# The bundle must not lean on the checkout or the venv: run it from the temp folder with a
# clean environment (no PYTHONPATH, no VIRTUAL_ENV) and a temp HOME.
run() {
  (cd "$TMP" && env -i PATH=/usr/bin:/bin HOME="$TMP/home" LANG=C.UTF-8 \
     QT_QPA_PLATFORM=offscreen XDG_RUNTIME_DIR="$TMP/run" "$@")
}
mkdir -p "$TMP/home" "$TMP/run" && chmod 700 "$TMP/run"

# 1. The app starts, shows its Today window offscreen, prints "ready <time>" and exits 0.
set +e
out=$(run timeout 60 "$PWD/$BUNDLE/focusapp" --exit-when-ready --data-dir "$TMP/data" 2>&1)
rc=$?
set -e
echo "$out" | sed 's/^/  app: /'
if [ $rc -eq 124 ] && echo "$out" | grep -q '^ready '; then
  fail "the app printed 'ready' but did not exit within 60 s (quit() refused?)"
fi
[ $rc -eq 0 ] || fail "the app exited $rc"
echo "$out" | grep -q '^ready ' || fail "the app did not print a 'ready' line"
[ -n "$(ls -A "$TMP/data" 2>/dev/null)" ] || fail "the app wrote nothing in its data folder"

# 2. The CLI of the bundle answers: nothing is running on that folder (exit 1).
set +e
out=$(run timeout 30 "$PWD/$BUNDLE/focusapp" --data-dir "$TMP/data" status 2>&1)
rc=$?
set -e
echo "  status: $out (exit $rc)"
[ $rc -eq 1 ] || fail "'focusapp status' exited $rc, expected 1"
echo "$out" | grep -qi 'not running' || fail "'focusapp status' did not say 'not running'"

# 3. The hosts helper of the bundle answers (status is read-only; frozen, it refuses the
#    test override, so only its refusal to take arguments is checked here).
set +e
out=$(run timeout 30 "$PWD/$BUNDLE/focusapp-hosts-helper" --help 2>&1)
rc=$?
set -e
echo "  helper: $out (exit $rc)"
echo "$out" | grep -q '"ok": false' || fail "the hosts helper did not answer in JSON"

# 4. The browser extension's host of the bundle runs: with the browser gone (stdin closed)
#    and no app listening, it ends at once and cleanly.
set +e
out=$(run timeout 30 "$PWD/$BUNDLE/focusapp-browser-host" --socket "$TMP/run/none-web" \
      </dev/null 2>&1)
rc=$?
set -e
echo "  browser host: exit $rc $out"
[ $rc -eq 0 ] || fail "the browser host exited $rc"

size=$(du -sh "$BUNDLE" | cut -f1)
echo "check_bundle: OK  build $((BUILT - START)) s, checks $(( $(date +%s) - BUILT )) s, bundle $size ($BUNDLE)"
