#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
#
# A throwaway WordPress for the tests, as ctest's "wordpress" fixture: Debian's
# WordPress on PHP's built-in web server, on a free loopback port, with a
# MariaDB server of its own on a Unix socket only.
#
#   wordpress-site.sh start STATE_DIR        set it up and start it (says so and
#                                            succeeds when it runs already)
#   wordpress-site.sh stop STATE_DIR         stop it and remove its files
#   wordpress-site.sh php STATE_DIR 'CODE'   run PHP code with WordPress loaded
#                                            and print what it prints
#   wordpress-site.sh pause STATE_DIR        stop the web server alone ...
#   wordpress-site.sh resume STATE_DIR       ... and start it again, on the same port
#
# What a test reads, in STATE_DIR: address (http://127.0.0.1:PORT), user
# (editor, an administrator), app-password (that user's application
# password, for HTTP basic authentication) and admin-password (the login's).
# The site has pretty permalinks (/%postname%/), so /wp-json/ answers as well
# as ?rest_route=; WP_ENVIRONMENT_TYPE is "local", which lets application
# passwords work over plain HTTP. Nothing runs as a service and nothing needs
# root: the servers run as the user who starts them (as root, MariaDB is told
# that is meant). The database, throwaway and fsync-heavy, lives in a
# temporary folder of its own, on /dev/shm when there is one.
#
# When a package is missing, start exits 77, which ctest counts as a skip;
# under CI=true, where a skip is not a pass, it exits 1.
set -euo pipefail

action=${1:?start, stop, php, pause or resume}
state=${2:?state folder}
mkdir -p "$state"
state=$(cd "$state" && pwd)
site=$state/site
wordpress=/usr/share/wordpress

# PHP's built-in server runs one request at a time without workers, and a
# page that asks the site itself would wait for its own answer.
export PHP_CLI_SERVER_WORKERS=4
php_options=(-d upload_max_filesize=64M -d post_max_size=64M -d display_errors=0 -d log_errors=1)

say() { printf '%s\n' "$*"; }
fail() { printf 'wordpress-site.sh: %s\n' "$*" >&2; exit 1; }

# The last lines of the logs, for a start that goes wrong (of PHP's, the
# requests and errors, not every connection's coming and going).
show_logs() {
    local log
    for log in "$state"/*.log; do
        [ -s "$log" ] || continue
        printf -- '--- %s (last lines)\n' "$log" >&2
        grep -v -e ' Accepted$' -e ' Closing$' "$log" | tail -n 25 >&2
    done
}

# Whether a process runs: a server that has exited stays a zombie until
# init, its parent once this script is gone, gets round to it.
alive() {
    local stat
    stat=$(cat "/proc/$1/stat" 2>/dev/null) || return 1
    stat=${stat##*) }
    [ "${stat%% *}" != Z ]
}

# The pid in a pid file, when that process still runs and is the program named.
live_pid() {
    local file=$1 program=$2 pid
    [ -f "$file" ] || return 1
    pid=$(cat "$file" 2>/dev/null) || return 1
    [[ $pid =~ ^[0-9]+$ ]] || return 1
    [[ $(cat "/proc/$pid/comm" 2>/dev/null) == "$program"* ]] || return 1
    alive "$pid" || return 1
    echo "$pid"
}

# Stops a server: TERM to its process group (PHP's workers too), KILL after a while.
stop_process() {
    local file=$1 program=$2 pid waited=0
    pid=$(live_pid "$file" "$program") || { rm -f "$file"; return 0; }
    kill -TERM -- "-$pid" 2>/dev/null || kill -TERM "$pid" 2>/dev/null || true
    while alive "$pid" && [ $waited -lt 200 ]; do
        sleep 0.05
        waited=$((waited + 1))
    done
    if alive "$pid"; then
        kill -KILL -- "-$pid" 2>/dev/null || kill -KILL "$pid" 2>/dev/null || true
        while alive "$pid"; do sleep 0.05; done
    fi
    rm -f "$file"
}

answers() {
    curl -fsS -o /dev/null --max-time 5 "$1/wp-json/" 2>/dev/null
}

running() {
    [ -f "$state/address" ] && live_pid "$state/php.pid" php >/dev/null \
        && live_pid "$state/mariadbd.pid" mariadbd >/dev/null
}

stop_site() {
    stop_process "$state/php.pid" php
    stop_process "$state/mariadbd.pid" mariadbd
    if [ -f "$state/database" ]; then
        local dir
        dir=$(cat "$state/database")
        case $dir in
        */copydesk-wordpress.*) rm -rf -- "$dir" ;;
        esac
    fi
    rm -rf -- "$site"
    rm -f "$state/database" "$state/port" "$state/address" "$state/user" \
        "$state/app-password" "$state/admin-password" "$state/install.php" "$state/run-php.php"
}

# Starts php -S on port; false when the port is taken (another program may
# have taken a port that looked free).
start_web_server() {
    local port=$1 pid waited=0 from=0
    # Only what this start writes counts; a resumed server's log goes on.
    [ -f "$state/php.log" ] && from=$(stat -c %s "$state/php.log")
    setsid php "${php_options[@]}" -S "127.0.0.1:$port" -t "$site" "$site/router.php" \
        </dev/null >>"$state/php.log" 2>&1 &
    pid=$!
    echo "$pid" >"$state/php.pid"
    # It says so when it listens, or exits when it cannot.
    while [ $waited -lt 200 ]; do
        if ! alive "$pid"; then
            rm -f "$state/php.pid"
            tail -c +$((from + 1)) "$state/php.log" | grep -qi 'in use' && return 1
            show_logs
            fail "PHP's web server did not start on 127.0.0.1:$port"
        fi
        tail -c +$((from + 1)) "$state/php.log" | grep -q 'started' && return 0
        sleep 0.05
        waited=$((waited + 1))
    done
    stop_process "$state/php.pid" php
    show_logs
    fail "PHP's web server did not say it listens on 127.0.0.1:$port within 10 s"
}

wait_until_answering() {
    local address=$1 deadline=$((SECONDS + 30))
    until answers "$address"; do
        if [ $SECONDS -ge $deadline ] || ! live_pid "$state/php.pid" php >/dev/null; then
            show_logs
            printf -- '--- %s/wp-json/ answers:\n' "$address" >&2
            curl -sS --max-time 5 "$address/wp-json/" 2>&1 | head -c 2000 >&2 || true
            echo >&2
            fail "WordPress does not answer at $address/wp-json/ within 30 s"
        fi
        sleep 0.1
    done
}

missing_prerequisites() {
    local missing=()
    command -v php >/dev/null || missing+=(php-cli)
    command -v php >/dev/null && ! php -r 'exit(extension_loaded("mysqli") ? 0 : 1);' 2>/dev/null \
        && missing+=(php-mysql)
    command -v mariadb-install-db >/dev/null && [ -x /usr/sbin/mariadbd ] || missing+=(mariadb-server-core)
    [ -f "$wordpress/wp-settings.php" ] || missing+=(wordpress)
    command -v curl >/dev/null || missing+=(curl)
    command -v setsid >/dev/null || missing+=(util-linux)
    echo "${missing[*]}"
}

# The copy the web server serves: its own files where WordPress finds its
# folder from a script's own path (the top-level scripts and wp-admin: PHP
# sees a symlinked script at its target) and where it writes, links elsewhere.
make_site() {
    mkdir -p "$site/wp-content/uploads"
    local entry name
    for entry in "$wordpress"/* "$wordpress"/.[!.]*; do
        [ -e "$entry" ] || continue
        name=${entry##*/}
        case $name in
        wp-config.php | .htaccess | wp-content) ;;
        wp-admin) cp -R "$entry" "$site/" ;;
        wp-includes) ln -s "$entry" "$site/$name" ;;
        *) cp "$entry" "$site/" ;;
        esac
    done
    # Plugins and themes (the theme's package puts it there) as installed.
    for name in plugins themes; do
        if [ -d "$wordpress/wp-content/$name" ]; then
            ln -s "$wordpress/wp-content/$name" "$site/wp-content/$name"
        fi
    done

    # What a web server's rewrite rules do for WordPress: files as they are, everything else to index.php.
    cat >"$site/router.php" <<'PHP'
<?php
// Written by tests/support/wordpress-site.sh: a web server's rewrite rules for WordPress.
$path = rawurldecode(parse_url($_SERVER['REQUEST_URI'], PHP_URL_PATH) ?? '/');
if ($path !== '/' && !str_contains($path, '..') && file_exists(__DIR__ . $path))
    return false;
$_SERVER['SCRIPT_NAME'] = $_SERVER['PHP_SELF'] = '/index.php';
$_SERVER['SCRIPT_FILENAME'] = __DIR__ . '/index.php';
chdir(__DIR__);
require __DIR__ . '/index.php';
PHP
}

write_config() {
    local port=$1 socket=$2
    cat >"$site/wp-config.php" <<PHP
<?php
// Written by tests/support/wordpress-site.sh for a throwaway test site (Debian's
// wp-config.php reads /etc/wordpress/config-HOST.php instead).
define('DB_NAME', 'wordpress');
define('DB_USER', 'root');
define('DB_PASSWORD', '');
define('DB_HOST', 'localhost:$socket');
define('DB_CHARSET', 'utf8mb4');
define('DB_COLLATE', '');
\$table_prefix = 'wp_';

define('WP_HOME', 'http://127.0.0.1:$port');
define('WP_SITEURL', 'http://127.0.0.1:$port');
// Application passwords need HTTPS, or a local site.
define('WP_ENVIRONMENT_TYPE', 'local');
define('DISABLE_WP_CRON', true);
define('WP_HTTP_BLOCK_EXTERNAL', true);
define('AUTOMATIC_UPDATER_DISABLED', true);
define('WP_AUTO_UPDATE_CORE', false);
define('FS_METHOD', 'direct');

if (!defined('ABSPATH'))
    define('ABSPATH', __DIR__ . '/');
require_once ABSPATH . 'wp-settings.php';
PHP
}

write_scripts() {
    local port=$1
    # Installs the site; MariaDB may still be starting.
    cat >"$state/install.php" <<'PHP'
<?php
[, $socket, $site, $state, $password] = $argv;
mysqli_report(MYSQLI_REPORT_OFF);
$deadline = microtime(true) + 30;
while (!($db = @mysqli_connect('localhost', 'root', '', '', 0, $socket))) {
    if (microtime(true) > $deadline) {
        fwrite(STDERR, "MariaDB does not answer on $socket: " . mysqli_connect_error() . "\n");
        exit(1);
    }
    usleep(50000);
}
if (!mysqli_query($db, 'CREATE DATABASE IF NOT EXISTS wordpress CHARACTER SET utf8mb4')) {
    fwrite(STDERR, 'Cannot create the database: ' . mysqli_error($db) . "\n");
    exit(1);
}
mysqli_close($db);

define('WP_INSTALLING', true);
require $site . '/wp-load.php';
require_once ABSPATH . 'wp-admin/includes/upgrade.php';
// wp_install() tries the site's own permalinks and mails the administrator: neither is wanted.
add_filter('pre_http_request', fn() => new WP_Error('copydesk_test', 'No HTTP while installing'));
add_filter('pre_wp_mail', '__return_false');

$installed = wp_install('Copydesk Test', 'editor', 'editor@example.com', false, '', wp_slash($password));
if (empty($installed['user_id'])) {
    fwrite(STDERR, "wp_install() failed\n");
    exit(1);
}
global $wp_rewrite;
$wp_rewrite->set_permalink_structure('/%postname%/');
flush_rewrite_rules(false);

$created = WP_Application_Passwords::create_new_application_password(
        $installed['user_id'], ['name' => 'Copydesk tests']);
if (is_wp_error($created)) {
    fwrite(STDERR, 'No application password: ' . $created->get_error_message() . "\n");
    exit(1);
}
file_put_contents("$state/app-password", $created[0] . "\n");
PHP

    # Runs the code of its first argument with WordPress loaded. A new
    # permalink structure gets its rewrite rules, as WordPress's settings
    # page makes them: the old ones would still route /wp-json/.
    cat >"$state/run-php.php" <<PHP
<?php
\$_SERVER['HTTP_HOST'] = '127.0.0.1:$port';
\$_SERVER['SERVER_NAME'] = '127.0.0.1';
\$_SERVER['SERVER_PORT'] = '$port';
\$_SERVER['REQUEST_URI'] = '/';
\$_SERVER['REQUEST_METHOD'] = 'GET';
// Errors on standard error, not as a web page.
define('WP_DISABLE_FATAL_ERROR_HANDLER', true);
require '$site/wp-load.php';
\$copydesk_permalinks = get_option('permalink_structure');
register_shutdown_function(function () use (\$copydesk_permalinks) {
    global \$wp_rewrite;
    if (get_option('permalink_structure') !== \$copydesk_permalinks) {
        \$wp_rewrite->init();
        flush_rewrite_rules(false);
    }
});
eval(preg_replace('/^\s*<\?php/', '', \$argv[1]));
PHP
}

start_site() {
    if running; then
        say "WordPress already runs at $(cat "$state/address") ($state)"
        exit 0
    fi
    stop_site

    local missing
    missing=$(missing_prerequisites)
    if [ -n "$missing" ]; then
        echo "WordPress's test site needs: $missing (packaging/debian/setup.sh installs them)." >&2
        [ "${CI:-}" = true ] && exit 1
        exit 77
    fi

    local started=$EPOCHREALTIME
    # Whatever fails from here on leaves nothing running (the logs stay).
    trap stop_site EXIT
    : >"$state/php.log"
    local shm=/dev/shm parent=${TMPDIR:-/tmp}
    if [ -d "$shm" ] && [ -w "$shm" ] && [ "$(df -Pk "$shm" | awk 'NR==2 {print $4}')" -gt 262144 ]; then
        parent=$shm
    fi
    local db
    db=$(mktemp -d "$parent/copydesk-wordpress.XXXXXX")
    echo "$db" >"$state/database"
    local socket=$db/mysqld.sock
    local as_root=()
    [ "$(id -u)" -eq 0 ] && as_root=(--user=root)
    local innodb=(--innodb-buffer-pool-size=32M --innodb-log-file-size=16M
                  --innodb-flush-log-at-trx-commit=0 --innodb-doublewrite=0 --skip-log-bin)

    # The database's files, while the site's are copied.
    mariadb-install-db --no-defaults --datadir="$db/data" "${as_root[@]}" \
        --auth-root-authentication-method=normal --skip-test-db --skip-name-resolve \
        "${innodb[@]}" >"$state/mariadb-install.log" 2>&1 &
    local installer=$!
    make_site
    wait "$installer" || { show_logs; fail "mariadb-install-db failed"; }

    : >"$state/mariadbd.log"
    setsid /usr/sbin/mariadbd --no-defaults --datadir="$db/data" "${as_root[@]}" \
        --socket="$socket" --skip-networking --pid-file="$state/mariadbd.pid" \
        --log-error="$state/mariadbd.log" --skip-name-resolve "${innodb[@]}" \
        </dev/null >>"$state/mariadbd.log" 2>&1 &
    # Its own pid file comes when it is ready; the same pid, before.
    echo $! >"$state/mariadbd.pid"

    local port='' attempt
    for attempt in 1 2 3 4 5 6 7 8; do
        port=$((20000 + RANDOM % 30000))
        # A port something answers on is taken.
        (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null && continue
        start_web_server "$port" && break
        port=
    done
    [ -n "$port" ] || { show_logs; fail "no free loopback port for PHP's web server"; }
    echo "$port" >"$state/port"

    write_config "$port" "$socket"
    write_scripts "$port"
    local admin_password
    admin_password=$(head -c 24 /dev/urandom | base64 | tr -dc 'A-Za-z0-9' | head -c 24)
    # WordPress ends a script with status 0 where it cannot go on (wp_die()):
    # the application password is the sign that the installation got through.
    if ! php "${php_options[@]}" "$state/install.php" "$socket" "$site" "$state" "$admin_password" \
        >"$state/install.log" 2>&1 || [ ! -s "$state/app-password" ]; then
        show_logs
        fail "WordPress's installation failed"
    fi
    local address=http://127.0.0.1:$port
    wait_until_answering "$address"

    echo "$admin_password" >"$state/admin-password"
    echo editor >"$state/user"
    echo "$address" >"$state/address"
    trap - EXIT
    local took
    took=$(awk -v a="$started" -v b="$EPOCHREALTIME" 'BEGIN {printf "%.1f", b - a}')
    say "WordPress $(php -r "include '$wordpress/wp-includes/version.php'; echo \$wp_version;") at $address, in ${took} s ($state)"
}

case $action in
start)
    start_site
    ;;
stop)
    stop_site
    ;;
php)
    code=${3:?PHP code}
    [ -f "$state/run-php.php" ] || fail "no WordPress in $state (wordpress-site.sh start first)"
    exec php "${php_options[@]}" -d display_errors=stderr -d log_errors=0 "$state/run-php.php" "$code"
    ;;
pause)
    [ -f "$state/port" ] || fail "no WordPress in $state (wordpress-site.sh start first)"
    stop_process "$state/php.pid" php
    ;;
resume)
    [ -f "$state/port" ] || fail "no WordPress in $state (wordpress-site.sh start first)"
    if live_pid "$state/php.pid" php >/dev/null; then
        say "WordPress's web server runs already"
        exit 0
    fi
    port=$(cat "$state/port")
    start_web_server "$port" || { show_logs; fail "port $port is taken: WordPress cannot come back on it"; }
    wait_until_answering "http://127.0.0.1:$port"
    ;;
*)
    echo "usage: $0 start|stop|pause|resume STATE_DIR, or $0 php STATE_DIR CODE" >&2
    exit 2
    ;;
esac
