#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
#
# A throwaway PostgreSQL cluster for the tests, as ctest's "postgres" fixture.
#
#   postgres-cluster.sh start STATE_DIR   initdb and start a server on a free loopback
#                                         port; STATE_DIR/address gets its address
#   postgres-cluster.sh stop STATE_DIR    stop it and remove its files
#
# With KEEP_DIR after STATE_DIR the cluster lives there and is kept: made
# on the first start, started again later, stopped but never removed (the
# benchmarks' generated libraries). KEEP_DIR's parent must let the server's
# user through.
#
# The cluster lives in a temporary folder of its own and runs as an
# unprivileged user: as root, the files and the server belong to nobody.
set -euo pipefail

action=${1:?start or stop}
state=${2:?state folder}
keep=${3:-}
mkdir -p "$state"

as_server_user() {
    if [ "$(id -u)" -eq 0 ]; then
        setpriv --reuid=nobody --regid=nogroup --clear-groups -- "$@"
    else
        "$@"
    fi
}

bin=
for candidate in /usr/lib/postgresql/*/bin; do
    [ -x "$candidate/initdb" ] && bin=$candidate
done

stop_cluster() {
    [ -f "$state/cluster" ] || return 0
    local dir
    dir=$(cat "$state/cluster")
    if [ -n "$bin" ] && [ -f "$dir/data/postmaster.pid" ]; then
        # A kept cluster is shut down cleanly; a throwaway one at once.
        local mode=immediate
        [ -f "$state/kept" ] && mode=fast
        as_server_user "$bin/pg_ctl" -D "$dir/data" -m $mode -w -t 120 stop >/dev/null 2>&1 || true
    fi
    [ -f "$state/kept" ] || rm -rf -- "$dir"
    rm -f "$state/cluster" "$state/address" "$state/kept"
}

case $action in
start)
    stop_cluster
    if [ -z "$bin" ]; then
        echo "PostgreSQL's server is not installed (apt install postgresql)." >&2
        exit 1
    fi
    if [ -n "$keep" ]; then
        dir=$keep
        mkdir -p "$dir"
        touch "$state/kept"
    else
        dir=$(mktemp -d /tmp/copydesk-postgres.XXXXXX)
    fi
    echo "$dir" >"$state/cluster"
    chmod 755 "$dir"
    [ "$(id -u)" -eq 0 ] && chown nobody:nogroup "$dir"
    # A kept cluster may still run from a start whose stop never came (a killed benchmark).
    if [ -n "$keep" ] && [ -f "$dir/data/postmaster.pid" ]; then
        as_server_user "$bin/pg_ctl" -D "$dir/data" -m fast -w -t 120 stop >/dev/null 2>&1 || true
    fi
    if [ ! -f "$dir/data/PG_VERSION" ]; then
        rm -rf -- "$dir/data"
        as_server_user "$bin/initdb" -D "$dir/data" -U copydesk --auth=trust -E UTF8 \
            --locale=C.UTF-8 --no-sync >"$state/initdb.log" 2>&1 \
            || { cat "$state/initdb.log" >&2; stop_cluster; exit 1; }
        # Everyone is trusted on loopback but the role "copydesk_password",
        # which must give its password, as a newsroom's server asks.
        hba="$dir/data/pg_hba.conf"
        { echo "host all copydesk_password 127.0.0.1/32 scram-sha-256"
          echo "local all copydesk_password scram-sha-256"
          cat "$hba"; } >"$hba.new" && mv "$hba.new" "$hba"
        [ "$(id -u)" -eq 0 ] && chown nobody:nogroup "$hba"
    fi
    # A port another program holds makes the start fail: take another.
    for attempt in 1 2 3 4 5 6 7 8; do
        port=$((20000 + RANDOM % 30000))
        if as_server_user "$bin/pg_ctl" -D "$dir/data" -w -t 30 -l "$dir/server.log" \
            -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200" \
            start >/dev/null 2>&1; then
            echo "postgresql://copydesk@127.0.0.1:$port/postgres" >"$state/address"
            echo "PostgreSQL $("$bin/postgres" --version | awk '{print $3}') on 127.0.0.1:$port ($dir)"
            exit 0
        fi
        grep -q "already in use\|could not bind" "$dir/server.log" 2>/dev/null || break
    done
    cat "$dir/server.log" >&2 2>/dev/null || true
    stop_cluster
    exit 1
    ;;
stop)
    stop_cluster
    ;;
*)
    echo "usage: $0 start|stop STATE_DIR [KEEP_DIR]" >&2
    exit 2
    ;;
esac
