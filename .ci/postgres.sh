# A throw-away PostgreSQL server for Regie's tests, from Debian's postgresql package. Sourced by .ci/run and
# tools/postgres-dev; not run on its own.
#
#   postgres_start      initdb a fresh cluster in a new folder under /tmp, start it on 127.0.0.1 at a free port,
#                       and export REGIE_TEST_POSTGRES (superuser "regie", trust authentication, loopback only)
#   postgres_stop [DIR] stop that server (or the one in DIR) and delete its folder
#
# The cluster is for tests only: fsync is off, and everything in it is gone when it stops.

postgres_bin() {
    local dir
    dir=$(printf '%s\n' /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
    if [[ ! -x $dir/initdb || ! -x $dir/pg_ctl ]]; then
        echo "no PostgreSQL server under /usr/lib/postgresql: apt-get install postgresql" >&2
        return 1
    fi
    echo "$dir"
}

# The first port from 54320 up on which nothing listens on 127.0.0.1.
postgres_free_port() {
    local port
    for ((port = 54320; port < 54420; port++)); do
        if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
            echo "$port"
            return 0
        fi
    done
    echo "no free port in 54320-54419" >&2
    return 1
}

# PostgreSQL refuses to run as root: as root, the cluster belongs to the postgres user that the package made.
postgres_as_owner() {
    if [[ $(id -u) -eq 0 ]]; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

postgres_start() {
    local bin port version
    bin=$(postgres_bin)
    port=$(postgres_free_port)
    read -r _ _ version _ < <("$bin/pg_ctl" --version)
    POSTGRES_DIR=$(mktemp -d /tmp/regie-postgres.XXXXXX)
    if [[ $(id -u) -eq 0 ]]; then chown postgres: "$POSTGRES_DIR"; fi
    echo "PostgreSQL $version in $POSTGRES_DIR on 127.0.0.1:$port"
    # Run from the cluster's folder, which its owner can always enter (the caller's folder may be private).
    if ! (cd "$POSTGRES_DIR" &&
        postgres_as_owner "$bin/initdb" --pgdata=data --username=regie --auth=trust --encoding=UTF8 \
            --no-locale --no-sync >initdb.log &&
        postgres_as_owner "$bin/pg_ctl" --pgdata=data --log=server.log --wait --silent start \
            --options="-c listen_addresses=127.0.0.1 -p $port -k $POSTGRES_DIR -c fsync=off -c full_page_writes=off"); then
        cat "$POSTGRES_DIR"/*.log >&2 || true
        return 1
    fi
    export REGIE_TEST_POSTGRES="Host=127.0.0.1;Port=$port;Username=regie;Database=postgres"
}

postgres_stop() {
    local dir=${1:-${POSTGRES_DIR:-}}
    # Only ever a folder that postgres_start made: this deletes it.
    if [[ $dir != /tmp/regie-postgres.* || ! -d $dir/data ]]; then return 0; fi
    echo "stopping PostgreSQL in $dir"
    (cd "$dir" && postgres_as_owner "$(postgres_bin)/pg_ctl" --pgdata=data --wait --silent stop -m fast) || true
    rm -rf "$dir"
}
