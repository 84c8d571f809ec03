#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
#
# Sets up a Debian 12 machine for Copydesk and builds it, then runs the app
# or the test suite. Every step is skipped when it is already done, so the
# second run goes straight to building (incrementally) and running.
#
#   packaging/debian/setup.sh run [copydesk options]   build and start the app
#   packaging/debian/setup.sh test [ctest options]     build and run every test
#   packaging/debian/setup.sh build                    set up and build only
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
source_dir=$(cd "$here/../.." && pwd)
build_dir=${COPYDESK_BUILD_DIR:-$source_dir/build}
mode=${1:-build}
[ $# -gt 0 ] && shift

say() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }

# What the build, the tests and the app need from Debian, by package name.
packages=(
    build-essential cmake ninja-build pkg-config git
    dpkg-dev xz-utils perl ca-certificates
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qt6-translations-l10n
    libqt6sql6-sqlite libqt6sql6-psql libqt6svg6 qt6-qpa-plugins libgl-dev
    extra-cmake-modules
    libmd4c-dev libmd4c-html0-dev libsqlite3-dev
    libhunspell-dev hunspell-en-us libdtl-dev tzdata
    xvfb xauth fonts-dejavu-core
    nginx-light python3-feedparser python3-jsonschema
    qtkeychain-qt6-dev openssl curl libicu-dev libexiv2-dev
    e2fsprogs mount postgresql util-linux
    dbus-bin dbus-daemon gnome-keyring
    # The tests' WordPress (tests/support/wordpress-site.sh) on PHP's built-in
    # web server with a MariaDB of its own, and a theme for its public pages.
    # "php" is named so that apt meets WordPress's "libapache2-mod-php | php"
    # with php8.2-cgi, not Apache's module; nginx meets its "apache2 | httpd".
    wordpress wordpress-theme-twentytwentythree php php-cli php-mysql php8.2-cgi
    mariadb-server-core
)

install_packages() {
    local missing=()
    for package in "${packages[@]}"; do
        dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed' \
            || missing+=("$package")
    done
    if [ ${#missing[@]} -eq 0 ]; then
        say "Debian packages: all installed"
        return
    fi
    local sudo=()
    if [ "$(id -u)" -ne 0 ]; then
        command -v sudo >/dev/null || { echo "Installing ${missing[*]} needs root (or sudo)." >&2; exit 1; }
        sudo=(sudo)
    fi
    say "Installing Debian packages: ${missing[*]}"
    # Installing nginx would start it as a system service on port 80; the
    # tests start their own on loopback. Debian's policy-rc.d hook keeps
    # package scripts from starting services, for this install only.
    local policy=/usr/sbin/policy-rc.d placed=no
    if [ ! -e "$policy" ]; then
        printf '#!/bin/sh\nexit 101\n' | "${sudo[@]}" tee "$policy" >/dev/null
        "${sudo[@]}" chmod 755 "$policy"
        placed=yes
    fi
    local status=0
    "${sudo[@]}" apt-get update \
        && DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y --no-install-recommends \
            "${missing[@]}" \
        || status=$?
    [ "$placed" = yes ] && "${sudo[@]}" rm -f "$policy"
    return "$status"
}

ksyntaxhighlighting_prefix() {
    # A distribution's KF6 build needs nothing more; CMake prefers it.
    if dpkg-query -W -f='${Status}' libkf6syntaxhighlighting-dev 2>/dev/null | grep -q 'install ok installed'; then
        return
    fi
    "$here/build-ksyntaxhighlighting.sh" | tail -n 1
}

configure_and_build() {
    local prefix
    prefix=$(ksyntaxhighlighting_prefix)
    if [ ! -f "$build_dir/build.ninja" ]; then
        say "Configuring in $build_dir"
        cmake -S "$source_dir" -B "$build_dir" -G Ninja \
            -DCMAKE_BUILD_TYPE=RelWithDebInfo \
            ${prefix:+-DCMAKE_PREFIX_PATH="$prefix"}
    fi
    say "Building"
    cmake --build "$build_dir" --parallel "$(nproc)"
}

install_packages
configure_and_build

case "$mode" in
build)
    ;;
run)
    app="$build_dir/app/copydesk"
    if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
        say "No display: starting Copydesk on a virtual X server (xvfb-run)"
        exec xvfb-run -a -s "-screen 0 1600x1000x24" "$app" "$@"
    fi
    exec "$app" "$@"
    ;;
test)
    say "Running the test suite"
    exec ctest --test-dir "$build_dir" --output-on-failure --parallel "$(nproc)" "$@"
    ;;
*)
    echo "usage: $0 run|test|build [options]" >&2
    exit 2
    ;;
esac
