#!/bin/bash
# FocusApp's macOS installers, unsigned, from the repository's root, on a Mac:
#     packaging/macos/build_installers.sh [VERSION]
# -> build/installer/FocusApp-VERSION.dmg   the app and a link to /Applications (no website
#                                            blocking: dragging cannot install a root helper)
#    build/installer/FocusApp-VERSION.pkg   the app, the root hosts helper and its sweep
#                                            daemon (website blocking); asks for an admin once
# Needs the app bundle (pyinstaller packaging/focusapp.spec -> build/dist/FocusApp.app).
# The helper is built here on its own (stdlib + idna, a few MB): it must live where only
# root writes (/Library/PrivilegedHelperTools), not inside an app admins can replace.
set -euo pipefail

VERSION="${1:-0.1.0}"
APP=build/dist/FocusApp.app
OUT=build/installer
WORK=build/macos
HELPER_DIR=Library/PrivilegedHelperTools/org.focusapp.hosts-helper
HERE=packaging/macos

test -d "$APP" || { echo "no $APP: run pyinstaller packaging/focusapp.spec first" >&2; exit 1; }
rm -rf "$WORK" && mkdir -p "$WORK" "$OUT"

# The helper alone, with the exclusions of the spec's helper analysis.
pyinstaller --noconfirm --log-level WARN --onedir --console --name focusapp-hosts-helper \
  --distpath "$WORK/helper" --workpath "$WORK/helper-work" --specpath "$WORK" \
  --exclude-module PySide6 --exclude-module shiboken6 --exclude-module tinydb \
  --exclude-module apscheduler --exclude-module psutil --exclude-module platformdirs \
  --exclude-module focusapp.app --exclude-module focusapp.ui --exclude-module focusapp.store \
  packaging/entry_hosts_helper.py

# The .pkg's payload, laid out as it lands on the disk.
ROOT="$WORK/root"
mkdir -p "$ROOT/Applications" "$ROOT/$HELPER_DIR" "$ROOT/Library/LaunchDaemons"
ditto "$APP" "$ROOT/Applications/FocusApp.app"
ditto "$WORK/helper/focusapp-hosts-helper" "$ROOT/$HELPER_DIR"
install -m 644 "$HERE/sweep.json" "$ROOT/$HELPER_DIR/sweep.json"
install -m 644 "$HERE/org.focusapp.hosts-sweep.plist" "$ROOT/Library/LaunchDaemons/"
plutil -lint "$ROOT/Library/LaunchDaemons/org.focusapp.hosts-sweep.plist"

# Installed where it says, never "relocated" to another copy of the app found on the disk
# (the payload's one bundle is FocusApp.app: component 0).
pkgbuild --analyze --root "$ROOT" "$WORK/components.plist"
plutil -replace 0.BundleIsRelocatable -bool NO "$WORK/components.plist"

pkgbuild --root "$ROOT" --component-plist "$WORK/components.plist" \
  --scripts "$HERE/scripts" --identifier org.focusapp.FocusApp --version "$VERSION" \
  --install-location / "$OUT/FocusApp-$VERSION.pkg"

# The .dmg: drag FocusApp to Applications.
DMG="$WORK/dmg"
mkdir -p "$DMG"
ditto "$APP" "$DMG/FocusApp.app"
ln -s /Applications "$DMG/Applications"
hdiutil create -quiet -volname FocusApp -srcfolder "$DMG" -ov -format UDZO \
  "$OUT/FocusApp-$VERSION.dmg"

ls -lh "$OUT"
