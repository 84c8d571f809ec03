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

for tool in dbus-run-session dbus-send gnome-keyring-daemon; do
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

# Every process of this throwaway home but the shells and tools of this
# script (and the bus, which dbus-run-session stops): the keyring daemon
# detaches from the session, and a service the bus starts on request
# writes to the bus's output, which a test runner waits to see closed.
sweep='
    sweep() {
        for environ in /proc/[0-9]*/environ; do
            dir=${environ%/environ}
            pid=${dir#/proc/}
            case " $1 " in *" $pid "*) continue ;; esac
            comm=$(cat "$dir/comm" 2>/dev/null) || continue
            case $comm in
            sh | bash | dash | tr | grep | cat | sleep | dbus-run-sessio | with-secret-ser) continue ;;
            dbus-daemon) [ "$2" = all ] || continue ;;
            esac
            if { tr "\0" "\n" <"$environ"; } 2>/dev/null | grep -qxF "HOME=$HOME"; then
                echo "$pid"
            fi
        done
    }
    stop_sweep() {
        for pid in $(sweep "$1" "$2"); do kill "$pid" 2>/dev/null || true; done
        tries=0
        while [ -n "$(sweep "$1" "$2")" ] && [ "$tries" -lt 30 ]; do
            sleep 0.1
            tries=$((tries + 1))
        done
        for pid in $(sweep "$1" "$2"); do kill -9 "$pid" 2>/dev/null || true; done
    }'
export sweep

# The keyring's own password only unlocks this throwaway keyring. The command
# starts once the daemon holds the secret service's name on the bus: asked
# earlier, the bus would start a second daemon of its own. When the command
# ends, everything this home started is stopped here rather than trusted to
# notice its session bus going.
status=0
dbus-run-session -- sh -c '
    eval "$sweep"
    printf %s copydesk-test-keyring \
        | gnome-keyring-daemon --unlock --components=secrets >/dev/null 2>"$HOME/keyring.log" || {
            cat "$HOME/keyring.log" >&2
            echo "with-secret-service.sh: gnome-keyring-daemon did not start" >&2
            exit 1
        }
    tries=0
    until dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
            org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets 2>/dev/null \
            | grep -q "boolean true"; do
        tries=$((tries + 1))
        if [ "$tries" -ge 100 ]; then
            cat "$HOME/keyring.log" >&2
            echo "with-secret-service.sh: the keyring did not take the secret service name" >&2
            exit 1
        fi
        sleep 0.1
    done
    status=0
    "$@" || status=$?
    stop_sweep "$$ $PPID" bus-kept
    exit "$status"
' with-secret-service "$@" || status=$?
# Whatever outlived the session (the bus included) goes too.
eval "$sweep"
stop_sweep "$$ $BASHPID" all
exit "$status"
