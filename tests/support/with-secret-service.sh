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

# The keyring's own password only unlocks this throwaway keyring. The daemon
# writes to a log of its own, never to the caller's output: a test runner
# waits for its output to close, and a daemon left holding it would hold the
# test until its time ran out. When the command ends the daemon is stopped
# here rather than trusted to notice its session bus going.
dbus-run-session -- sh -c '
    printf %s copydesk-test-keyring \
        | gnome-keyring-daemon --unlock --components=secrets >/dev/null 2>"$HOME/keyring.log" || {
            cat "$HOME/keyring.log" >&2
            echo "with-secret-service.sh: gnome-keyring-daemon did not start" >&2
            exit 1
        }
    status=0
    "$@" || status=$?
    for environ in /proc/[0-9]*/environ; do
        dir=${environ%/environ}
        [ "$(cat "$dir/comm" 2>/dev/null)" = gnome-keyring-d ] || continue
        if { tr "\0" "\n" <"$environ"; } 2>/dev/null | grep -qxF "HOME=$HOME"; then
            kill "${dir#/proc/}" 2>/dev/null || true
        fi
    done
    exit "$status"
' with-secret-service "$@"
