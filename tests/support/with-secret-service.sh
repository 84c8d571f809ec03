#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
#
# Runs a command with a desktop secret service of its own, as a desktop
# session has one: a private D-Bus session bus and gnome-keyring-daemon,
# its keyring unlocked and kept in a temporary home removed afterwards.
# Nothing of the machine's own keyring or session is touched.
#
#   with-secret-service.sh COMMAND [ARGUMENTS...]
set -euo pipefail

for tool in dbus-run-session gnome-keyring-daemon; do
    command -v "$tool" >/dev/null || {
        echo "with-secret-service.sh: $tool is missing (packaging/debian/setup.sh installs it)" >&2
        exit 1
    }
done

home=$(mktemp -d /tmp/copydesk-keyring.XXXXXX)
trap 'rm -rf -- "$home"' EXIT
chmod 700 "$home"
export HOME=$home XDG_RUNTIME_DIR=$home
unset DBUS_SESSION_BUS_ADDRESS

# The keyring's own password only unlocks this throwaway keyring; the
# daemon ends with the session bus when the command ends.
dbus-run-session -- sh -c '
    printf %s copydesk-test-keyring | gnome-keyring-daemon --unlock --components=secrets >/dev/null \
        || { echo "with-secret-service.sh: gnome-keyring-daemon did not start" >&2; exit 1; }
    exec "$@"
' with-secret-service "$@"
