#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
#
# Provides KDE KSyntaxHighlighting built against Qt 6 on Debian 12.
#
# Debian 12 only packages the Qt 5 build of KSyntaxHighlighting, and Qt 5 and
# Qt 6 libraries cannot be mixed in one process. The Debian 13 source package
# (5.116.0, the last KF5 release) builds against Qt 6.4 once its ECM
# requirement is relaxed, so we build that into a per-user cache.
#
# Usage:
#   prefix=$(packaging/debian/build-ksyntaxhighlighting.sh | tail -n1)
#   cmake -DCMAKE_PREFIX_PATH="$prefix" ...
#
# The last line on stdout is always the install prefix; all progress goes to
# stderr. Once built, later runs return immediately.
#
# Assumes the build dependencies are installed (build-essential cmake
# ninja-build qt6-base-dev qt6-tools-dev qt6-l10n-tools extra-cmake-modules
# xz-utils perl). Downloading the source needs the network and a Debian
# archive mirror carrying trixie; the mirror is taken from the system's own
# apt sources, or from KSH_DEBIAN_ARCHIVE_URI if that is set.

set -euo pipefail

readonly PKG=ksyntax-highlighting
readonly UPSTREAM_VERSION=5.116.0
readonly SOURCE_SUITE=trixie
readonly TARBALL="${PKG}_${UPSTREAM_VERSION}.orig.tar.xz"
readonly SRC_SUBDIR="syntax-highlighting-${UPSTREAM_VERSION}"
# The cache is keyed by upstream version only, so pin the tarball as well:
# a mirror serving different bytes under the same version must not be able to
# change what that key means.
readonly ORIG_SHA256=6f8ccacebd0dc9ce050b2b23b715750c97938b3336fbbb80967920cb8c1dfaa7
readonly DEBIAN_KEYRING=/usr/share/keyrings/debian-archive-keyring.gpg

# Every configure option lives here: it is also written into the stamp, so
# changing the recipe invalidates an earlier build instead of silently
# reusing it.
readonly CMAKE_OPTIONS=(
    -DCMAKE_BUILD_TYPE=Release
    -DQT_MAJOR_VERSION=6
    -DBUILD_TESTING=OFF
    -DBUILD_QCH=OFF
    # Callers look for lib/cmake/..., not Debian's multiarch lib/<triplet>.
    -DKDE_INSTALL_LIBDIR=lib
    # ECM 5.103 computes the install RPATH from a variable KF 5.116 no
    # longer sets and would embed the bare prefix; the library needs none,
    # as Qt lives in the system library path.
    -DKDE_SKIP_RPATH_SETTINGS=ON
    # Example programs (ecm_optional_add_subdirectory options).
    -DBUILD_codeeditor=OFF
    -DBUILD_codepdfprinter=OFF
    # The QML plugin would be built whenever qt6-declarative-dev happens to be
    # installed; keep the result independent of that.
    -DCMAKE_DISABLE_FIND_PACKAGE_Qt6Quick=ON
    # Syntax definitions stay compiled into the library (the default); the
    # app relies on Markdown, JSON and XML being there without data files.
    -DQRC_SYNTAX=ON
)
# Bump when the source patches below change.
readonly PATCH_REVISION=1

die() {
    printf '%s: error: %s\n' "${0##*/}" "$*" >&2
    exit 1
}

note() {
    printf '%s: %s\n' "${0##*/}" "$*" >&2
}

usage() {
    cat <<EOF
Usage: ${0##*/} [--print-prefix]

Builds KSyntaxHighlighting ${UPSTREAM_VERSION} against Qt 6 into a per-user
cache and prints the install prefix on the last line of stdout.

  --print-prefix   print the prefix and exit without building
  -h, --help       show this help

Environment:
  XDG_CACHE_HOME            cache root (default: \$HOME/.cache)
  KSH_DEBIAN_ARCHIVE_URI    Debian archive to fetch the trixie source from,
                            instead of the one in the system's apt sources
EOF
}

print_only=false
while (($#)); do
    case $1 in
        --print-prefix) print_only=true ;;
        -h | --help) usage; exit 0 ;;
        *) usage >&2; die "unknown argument: $1" ;;
    esac
    shift
done

# The XDG spec says relative values are invalid and must be ignored.
cache_home=${XDG_CACHE_HOME:-}
if [[ $cache_home != /* ]]; then
    cache_home="${HOME:?HOME is not set}/.cache"
fi
readonly cache_root="$cache_home/copydesk/${PKG}-${UPSTREAM_VERSION}-qt6"
readonly prefix="$cache_root/prefix"
readonly stamp="$cache_root/installed.stamp"
readonly config_file="$prefix/lib/cmake/KF5SyntaxHighlighting/KF5SyntaxHighlightingConfig.cmake"

if $print_only; then
    printf '%s\n' "$prefix"
    exit 0
fi

expected_stamp() {
    printf 'version=%s\nsha256=%s\npatch-revision=%s\n' \
        "$UPSTREAM_VERSION" "$ORIG_SHA256" "$PATCH_REVISION"
    printf 'cmake-option=%s\n' "${CMAKE_OPTIONS[@]}"
}

is_installed() {
    [[ -f $stamp && -f $config_file ]] && [[ $(<"$stamp") == "$(expected_stamp)" ]]
}

if is_installed; then
    printf '%s\n' "$prefix"
    exit 0
fi

# From here on, tool output must not end up on stdout, where the caller only
# expects the prefix.
exec 3>&1 1>&2

mkdir -p "$cache_root"
# Two builds racing on the same cache (e.g. parallel CI jobs) would delete
# each other's trees.
exec 9>"$cache_root/.lock"
if command -v flock >/dev/null; then
    flock 9
    if is_installed; then
        printf '%s\n' "$prefix" >&3
        exit 0
    fi
fi

# ---------------------------------------------------------------------------
# Prerequisites

missing=()
need_cmd() {
    command -v "$1" >/dev/null || missing+=("$2 (for '$1')")
}
need_file() {
    local pattern=$1 package=$2 f
    for f in $pattern; do
        [[ -e $f ]] && return 0
    done
    missing+=("$package (for $pattern)")
}

need_cmd cmake cmake
need_cmd c++ build-essential
need_cmd perl perl
need_cmd xz xz-utils
need_cmd tar tar
need_cmd sha256sum coreutils
need_cmd apt-get apt
need_cmd apt-cache apt
if ! command -v ninja >/dev/null; then
    need_cmd make build-essential
fi
need_file '/usr/share/ECM/cmake/ECMConfig.cmake' extra-cmake-modules
need_file '/usr/lib/*/cmake/Qt6Core/Qt6CoreConfig.cmake' qt6-base-dev
need_file '/usr/lib/*/cmake/Qt6Gui/Qt6GuiConfig.cmake' qt6-base-dev
need_file '/usr/lib/*/cmake/Qt6Network/Qt6NetworkConfig.cmake' qt6-base-dev
need_file '/usr/lib/*/cmake/Qt6Test/Qt6TestConfig.cmake' qt6-base-dev
need_file '/usr/lib/qt6/libexec/rcc' qt6-base-dev-tools
need_file '/usr/lib/*/cmake/Qt6LinguistTools/Qt6LinguistToolsConfig.cmake' qt6-tools-dev
need_file '/usr/lib/qt6/bin/lconvert' qt6-l10n-tools
if ((${#missing[@]})); then
    printf '  missing: %s\n' "${missing[@]}" >&2
    die "install the missing packages first, e.g. apt-get install -y <package>"
fi

ecm_version=$(sed -n 's/^set(PACKAGE_VERSION "\([0-9.]*\)").*/\1/p' \
    /usr/share/ECM/cmake/ECMConfigVersion.cmake 2>/dev/null || true)
if [[ -z $ecm_version ]]; then
    ecm_version=$(dpkg-query -W -f='${Version}' extra-cmake-modules 2>/dev/null || true)
    ecm_version=${ecm_version#*:}
    ecm_version=${ecm_version%%-*}
fi
[[ $ecm_version =~ ^[0-9]+\.[0-9]+(\.[0-9]+)?$ ]] ||
    die "cannot determine the installed extra-cmake-modules version"

# ---------------------------------------------------------------------------
# Source download

readonly download_dir="$cache_root/download"
readonly apt_dir="$cache_root/apt"
mkdir -p "$download_dir"

sha256_of() {
    sha256sum "$1" | cut -d' ' -f1
}

# Reads "URI<TAB>keyring" candidates for the main Debian archive from the
# system's apt sources, best first. Only entries for the release's own
# codename with a main component qualify, which leaves out -security,
# -updates, backports and third-party repositories.
system_archive_candidates() {
    local codename=$1 SL SP
    eval "$(apt-config shell SL Dir::Etc::SourceList/f SP Dir::Etc::SourceParts/d)"
    {
        local f
        for f in "$SL" "$SP"*.list; do
            [[ -f $f ]] || continue
            awk -v codename="$codename" '
                { sub(/#.*/, "") }
                $1 != "deb" && $1 != "deb-src" { next }
                {
                    i = 2; keyring = ""
                    if ($2 ~ /^\[/) {
                        opts = ""
                        for (; i <= NF; i++) {
                            opts = opts " " $i
                            if ($i ~ /\]$/) { i++; break }
                        }
                        gsub(/[][]/, " ", opts)
                        n = split(opts, o, " ")
                        for (j = 1; j <= n; j++)
                            if (o[j] ~ /^signed-by=/) { keyring = substr(o[j], 11) }
                    }
                    uri = $i; suite = $(i + 1); main = 0
                    for (j = i + 2; j <= NF; j++) if ($j == "main") main = 1
                    if (suite == codename && main && uri !~ /debian-security/ && uri !~ /^cdrom:/)
                        print uri "\t" keyring
                }' "$f"
        done
        for f in "$SP"*.sources; do
            [[ -f $f ]] || continue
            awk -v codename="$codename" '
                function flush(   n, u, s, c, j, ok, main) {
                    if (enabled != "no" && types ~ /(^| )deb(-src)?( |$)/) {
                        split(suites, s, " "); ok = 0
                        for (j in s) if (s[j] == codename) ok = 1
                        split(comps, c, " "); main = 0
                        for (j in c) if (c[j] == "main") main = 1
                        if (ok && main) {
                            n = split(uris, u, " ")
                            for (j = 1; j <= n; j++)
                                if (u[j] !~ /debian-security/ && u[j] !~ /^cdrom:/)
                                    print u[j] "\t" keyring
                        }
                    }
                    types = uris = suites = comps = keyring = enabled = ""
                }
                /^[ \t]*$/ { flush(); next }
                /^#/ { next }
                /^[ \t]/ { next }
                {
                    key = tolower($0); sub(/:.*/, "", key)
                    val = $0; sub(/^[^:]*:[ \t]*/, "", val); sub(/[ \t]+$/, "", val)
                    if (key == "types") types = val
                    else if (key == "uris") uris = val
                    else if (key == "suites") suites = val
                    else if (key == "components") comps = val
                    else if (key == "enabled") enabled = tolower(val)
                    # An inline key block cannot be passed on by path.
                    else if (key == "signed-by" && val ~ /^\//) keyring = val
                }
                END { flush() }' "$f"
        done
    } | awk -F'\t' '
        # Prefer entries that are verified with the Debian archive keyring
        # (or the default trust store), so a third-party repository that
        # also publishes "<codename> main" is not picked first.
        $2 == "" || $2 ~ /debian-archive-keyring/ { print 0 "\t" $0; next }
        { print 1 "\t" $0 }' | sort -s -t$'\t' -k1,1n | cut -f2- | awk '!seen[$0]++'
}

choose_archive() {
    if [[ -n ${KSH_DEBIAN_ARCHIVE_URI:-} ]]; then
        local keyring=""
        [[ -f $DEBIAN_KEYRING ]] && keyring=$DEBIAN_KEYRING
        printf '%s\t%s\n' "$KSH_DEBIAN_ARCHIVE_URI" "$keyring"
        return
    fi
    local codename
    # shellcheck source=/dev/null
    codename=$(. /etc/os-release && printf '%s' "${VERSION_CODENAME:-}")
    [[ -n $codename ]] || die "cannot read VERSION_CODENAME from /etc/os-release"
    local first
    first=$(system_archive_candidates "$codename" | awk 'NR == 1')
    [[ -n $first ]] ||
        die "no '$codename main' Debian archive entry found in the apt sources;" \
            "set KSH_DEBIAN_ARCHIVE_URI to a Debian archive URI"
    printf '%s\n' "$first"
}

# apt runs against private sources, lists and caches so that neither the
# system's package lists nor its sources configuration learn about trixie
# (which would offer trixie binaries to every later apt-get upgrade). The
# system's apt.conf.d still applies, so proxies and similar settings carry
# over.
setup_private_apt() {
    local uri=$1 keyring=$2 opts=""
    rm -rf "$apt_dir"
    mkdir -p "$apt_dir/lists/partial" "$apt_dir/cache/archives/partial" "$apt_dir/sources.list.d"
    # An empty dpkg status keeps apt from parsing the installed-package
    # database, which is irrelevant for fetching source.
    : >"$apt_dir/status"
    if [[ -n $keyring ]]; then
        [[ $keyring == *,* || -r $keyring ]] || die "apt keyring $keyring is not readable (package debian-archive-keyring?)"
        opts="[signed-by=$keyring] "
    fi
    printf 'deb-src %s%s %s main\n' "$opts" "$uri" "$SOURCE_SUITE" >"$apt_dir/sources.list"
    {
        # System hooks (PackageKit, AppStream, ...) react to updates of the
        # system's lists, not ours, and may write system state.
        printf '#clear APT::Update::Pre-Invoke;\n'
        printf '#clear APT::Update::Post-Invoke;\n'
        printf '#clear APT::Update::Post-Invoke-Success;\n'
        printf 'Dir::Etc::SourceList "%s";\n' "$apt_dir/sources.list"
        printf 'Dir::Etc::SourceParts "%s";\n' "$apt_dir/sources.list.d"
        printf 'Dir::State::Lists "%s";\n' "$apt_dir/lists"
        printf 'Dir::State::status "%s";\n' "$apt_dir/status"
        printf 'Dir::Cache "%s";\n' "$apt_dir/cache"
        if ((EUID == 0)); then
            # The download directory is under root's home, which the _apt
            # sandbox user cannot enter; apt would fall back to root anyway,
            # only with a warning on every run.
            printf 'APT::Sandbox::User "root";\n'
        fi
    } >"$apt_dir/apt.conf"
}

apt_private() {
    local tool=$1
    shift
    "$tool" -c "$apt_dir/apt.conf" "$@"
}

# Prints the sha256 listed for $TARBALL in the Checksums-Sha256 field of a
# .dsc or a Sources paragraph.
checksum_field() {
    awk -v name="$TARBALL" '
        /^Checksums-Sha256:/ { in_field = 1; next }
        /^[^ \t]/ { in_field = 0 }
        in_field && $3 == name && !found { print $1; found = 1 }'
}

fetch_source() {
    local archive uri keyring
    archive=$(choose_archive)
    uri=${archive%%$'\t'*}
    keyring=${archive#*$'\t'}
    note "fetching $PKG $UPSTREAM_VERSION source from $uri $SOURCE_SUITE"
    setup_private_apt "$uri" "$keyring"

    # Without --error-on=any an unreachable mirror is only a warning.
    if ! apt_private apt-get update --error-on=any; then
        die "apt-get update of '$uri $SOURCE_SUITE' failed. The archive must carry" \
            "$SOURCE_SUITE and its Release file must verify with ${keyring:-the trusted keys in /etc/apt}" \
            "(trixie is signed with the bookworm and the trixie archive keys, both in" \
            "debian-archive-keyring). Set KSH_DEBIAN_ARCHIVE_URI to use another archive."
    fi

    local sources_entry deb_version
    sources_entry=$({ apt_private apt-cache showsrc --only-source "$PKG" 2>/dev/null || true; } |
        awk -v v="$UPSTREAM_VERSION" -v RS= -v ORS='\n\n' '$0 ~ "\nVersion: " v "-"')
    deb_version=$(printf '%s\n' "$sources_entry" | awk '/^Version: / && !v { v = $2 } END { print v }')
    [[ -n $deb_version ]] ||
        die "$SOURCE_SUITE at $uri has no $PKG $UPSTREAM_VERSION source package"
    printf '%s\n' "$sources_entry" | checksum_field >"$download_dir/index.sha256"

    # Only the .orig tarball matters: we build upstream's sources, not the
    # Debian packaging. Some mirrors do not serve the .dsc, .asc or
    # .debian.tar.xz, which makes apt-get exit non-zero even though the
    # tarball arrived; the checksum test below decides.
    rm -f "$download_dir/$TARBALL" "$download_dir/${PKG}_"*.dsc
    if ! (cd "$download_dir" && apt_private apt-get source --download-only "$PKG=$deb_version"); then
        note "apt-get source reported errors; checking what was fetched"
    fi
}

# Verifies the tarball against the pinned hash and against the signed
# archive metadata: the .dsc if it was served, otherwise the Sources index
# entry it is listed in (both are covered by the InRelease signature).
verify_tarball() {
    local tarball="$download_dir/$TARBALL" dsc expected="" origin=""
    [[ -f $tarball ]] || die "$TARBALL was not downloaded (see the apt output above)"

    for dsc in "$download_dir/${PKG}_${UPSTREAM_VERSION}"-*.dsc; do
        [[ -f $dsc ]] || continue
        expected=$(checksum_field <"$dsc")
        [[ -n $expected ]] || die "${dsc##*/} has no Checksums-Sha256 entry for $TARBALL"
        origin=${dsc##*/}
    done
    if [[ -z $origin && -s $download_dir/index.sha256 ]]; then
        expected=$(<"$download_dir/index.sha256")
        origin="the signed $SOURCE_SUITE Sources index (no .dsc was served)"
    fi

    if [[ -n $origin && $expected != "$ORIG_SHA256" ]]; then
        die "checksum for $TARBALL in $origin ($expected) differs from the" \
            "pinned $ORIG_SHA256; refusing to build"
    fi

    local actual
    actual=$(sha256_of "$tarball")
    if [[ $actual != "$ORIG_SHA256" ]]; then
        rm -f "$tarball"
        die "SHA-256 MISMATCH for $TARBALL: got $actual, expected $ORIG_SHA256" \
            "${origin:+(as listed in $origin)}; the file was deleted"
    fi
    note "$TARBALL verified (sha256 $actual${origin:+, matches $origin})"
}

# A tarball left behind by an earlier run is reused only if it still matches
# the pin; anything else is fetched again.
if [[ -f $download_dir/$TARBALL && $(sha256_of "$download_dir/$TARBALL") == "$ORIG_SHA256" ]]; then
    note "reusing downloaded $TARBALL"
else
    fetch_source
fi
verify_tarball

# ---------------------------------------------------------------------------
# Build

# Everything derived from the tarball is recreated, so that leftovers of an
# interrupted or differently configured run cannot leak into this one.
rm -f "$stamp"
rm -rf "$cache_root/src" "$cache_root/build" "$prefix"
mkdir -p "$cache_root/src"
tar -xJf "$download_dir/$TARBALL" -C "$cache_root/src"
readonly source_dir="$cache_root/src/$SRC_SUBDIR"
[[ -f $source_dir/CMakeLists.txt ]] || die "$TARBALL did not unpack to $SRC_SUBDIR/"

# KF 5.116 asks for the matching ECM release, but builds fine with the older
# one Debian 12 ships. Only ever lower the requirement.
if [[ $(printf '%s\n' "$ecm_version" "$UPSTREAM_VERSION" | sort -V | awk 'NR == 1') != "$UPSTREAM_VERSION" ]]; then
    sed -i "s/^find_package(ECM ${UPSTREAM_VERSION//./\\.} /find_package(ECM ${ecm_version} /" \
        "$source_dir/CMakeLists.txt"
    grep -q "^find_package(ECM ${ecm_version//./\\.} " "$source_dir/CMakeLists.txt" ||
        die "could not relax the ECM requirement in CMakeLists.txt to $ecm_version"
    note "ECM requirement lowered to the installed $ecm_version"
fi

# The kate-syntax-highlighter command-line tool has no switch of its own and
# is of no use to a library consumer.
if grep -q '^ *add_subdirectory(cli)' "$source_dir/src/CMakeLists.txt"; then
    sed -i '/^ *add_subdirectory(cli)/d' "$source_dir/src/CMakeLists.txt"
else
    note "warning: src/CMakeLists.txt has no add_subdirectory(cli); building it as is"
fi

generator="Unix Makefiles"
command -v ninja >/dev/null && generator=Ninja
jobs=$(nproc 2>/dev/null || echo 2)

note "configuring ($generator, ECM $ecm_version)"
cmake -S "$source_dir" -B "$cache_root/build" -G "$generator" \
    -DCMAKE_INSTALL_PREFIX="$prefix" "${CMAKE_OPTIONS[@]}"
note "building with $jobs jobs"
cmake --build "$cache_root/build" --parallel "$jobs"
cmake --install "$cache_root/build"

[[ -f $config_file ]] || die "install finished but $config_file is missing"

# Written last and atomically: only a complete install counts as done.
expected_stamp >"$stamp.tmp"
mv -f "$stamp.tmp" "$stamp"
note "installed into $prefix"
printf '%s\n' "$prefix" >&3
