#!/bin/sh
# Make Enablement Hub team logins sign in with a password on a local Debian PostgreSQL cluster.
#
# Inserts, before the first `trust` line of every /etc/postgresql/*/main/pg_hba.conf:
#
#   local all +enablement_sales,+enablement_marketing,+enablement_admin              scram-sha-256
#   host  all +enablement_sales,+enablement_marketing,+enablement_admin 127.0.0.1/32 scram-sha-256
#   host  all +enablement_sales,+enablement_marketing,+enablement_admin ::1/128      scram-sha-256
#
# pg_hba.conf is read top-down and the first matching line wins, so members of the three group
# roles must give their password while other users (postgres) keep whatever the file said.
# The group roles are created (NOLOGIN) first: a `+role` line only matches an existing role.
# Idempotent: a file that already has the block is left alone; the cluster is reloaded.
# Needs root. Usage: sh scripts/pg_hba_team.sh
set -eu

MARK="# enablement team logins (scripts/pg_hba_team.sh)"
ROLES="+enablement_sales,+enablement_marketing,+enablement_admin"

if [ "$(id -u)" -ne 0 ]; then
    echo "pg_hba_team.sh: run it as root (it edits /etc/postgresql/*/main/pg_hba.conf)" >&2
    exit 1
fi

found=0
for hba in /etc/postgresql/*/main/pg_hba.conf; do
    [ -f "$hba" ] || continue
    found=1
    version=$(basename "$(dirname "$(dirname "$hba")")")
    # The group roles, so that the +role lines match (team init creates them too; harmless twice).
    for role in enablement_sales enablement_marketing enablement_admin; do
        su postgres -c "psql -X -q -v ON_ERROR_STOP=1 -c \"DO \\\$\\\$ BEGIN CREATE ROLE $role NOLOGIN; EXCEPTION WHEN duplicate_object THEN NULL; END \\\$\\\$\"" \
            || echo "pg_hba_team.sh: could not create $role in cluster $version (is it running?)" >&2
    done
    if grep -qF "$MARK" "$hba"; then
        echo "$hba: already has the team lines"
    else
        cp -p "$hba" "$hba.before-enablement"
        awk -v mark="$MARK" -v roles="$ROLES" '
            !done && $0 !~ /^[ \t]*#/ && $0 ~ /[ \t]trust([ \t]|$)/ {
                print mark
                printf "local   all   %s                  scram-sha-256\n", roles
                printf "host    all   %s   127.0.0.1/32   scram-sha-256\n", roles
                printf "host    all   %s   ::1/128        scram-sha-256\n", roles
                done = 1
            }
            { print }
            END {
                if (!done) {
                    print mark
                    printf "local   all   %s                  scram-sha-256\n", roles
                    printf "host    all   %s   127.0.0.1/32   scram-sha-256\n", roles
                    printf "host    all   %s   ::1/128        scram-sha-256\n", roles
                }
            }' "$hba.before-enablement" >"$hba.new"
        chown --reference="$hba" "$hba.new"
        chmod --reference="$hba" "$hba.new"
        mv "$hba.new" "$hba"
        echo "$hba: team lines added (previous file kept as $hba.before-enablement)"
    fi
    if ! pg_ctlcluster --skip-systemctl-redirect "$version" main reload 2>/dev/null; then
        su postgres -c "psql -X -q -c 'select pg_reload_conf()'" >/dev/null
    fi
    echo "cluster $version/main reloaded"
done

if [ "$found" -eq 0 ]; then
    echo "pg_hba_team.sh: no /etc/postgresql/*/main/pg_hba.conf here (not a Debian cluster?)" >&2
    exit 1
fi
