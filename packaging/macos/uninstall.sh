#!/bin/bash
# Removes what FocusApp's .pkg installed, as root:  sudo packaging/macos/uninstall.sh
# Your data (~/Library/Application Support/FocusApp) and your start-at-login item are yours:
# turn "Start at login" off in Settings first (packaging/README.md).
set -u
HELPER_DIR=/Library/PrivilegedHelperTools/org.focusapp.hosts-helper

launchctl bootout system/org.focusapp.hosts-sweep 2>/dev/null
# Lift a block that is still on (the sweep only lifts expired ones).
if [ -x "$HELPER_DIR/focusapp-hosts-helper" ]; then
  printf '{"verb": "clear"}' | "$HELPER_DIR/focusapp-hosts-helper"
fi
rm -rf "$HELPER_DIR" /Library/LaunchDaemons/org.focusapp.hosts-sweep.plist \
  /Applications/FocusApp.app /var/log/focusapp-hosts-sweep.log
pkgutil --forget org.focusapp.FocusApp >/dev/null 2>&1
echo "FocusApp removed."
