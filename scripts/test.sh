#!/usr/bin/env bash
# Runs every test project. Installs what the tests need (PostgreSQL, Chromium, fonts, poppler) from apt when
# missing, starts a throw-away PostgreSQL cluster, and ends with one line "N passed, N failed".
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }
need=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || need+=(postgresql)
command -v chromium >/dev/null || need+=(chromium)
command -v pdftoppm >/dev/null || need+=(poppler-utils)
command -v nginx >/dev/null || [ -x /usr/sbin/nginx ] || need+=(nginx)
command -v openssl >/dev/null || need+=(openssl)
command -v python3 >/dev/null || need+=(python3)
command -v curl >/dev/null || need+=(curl)
command -v soffice >/dev/null || need+=(libreoffice-writer-nogui)
fc-list 2>/dev/null | grep -qi "Liberation Serif" || need+=(fonts-liberation2)
fc-list 2>/dev/null | grep -qi "DejaVu Sans" || need+=(fonts-dejavu-core)
if [ ${#need[@]} -gt 0 ]; then
  echo "Installing: ${need[*]}"
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi

pgbin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
pgdata=$(mktemp -d /tmp/caitien-pg.XXXXXX)
pgport=${CAITIEN_PG_PORT:-$((40000 + RANDOM % 20000))}
pguser=postgres
if [ "$(id -u)" = 0 ]; then
  chown postgres "$pgdata"
  run_pg() { su postgres -s /bin/sh -c "$*"; }
else
  pguser=$(id -un)
  run_pg() { sh -c "$*"; }
fi
run_pg "$pgbin/initdb -D $pgdata -A trust -U postgres -E UTF8 --locale=C.UTF-8" >/dev/null
run_pg "$pgbin/pg_ctl -D $pgdata -l $pgdata/server.log -o '-p $pgport -k /tmp -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200' -w start" >/dev/null
stop_pg() { run_pg "$pgbin/pg_ctl -D $pgdata -m immediate stop" >/dev/null 2>&1 || true; rm -rf "$pgdata"; }
trap stop_pg EXIT
export CAITIEN_TEST_POSTGRES="Host=127.0.0.1;Port=$pgport;Username=postgres;Pooling=true"
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1

dotnet build CaiTien.slnx -c Release -nologo -v q -clp:ErrorsOnly
results="$root/test-artifacts/results"
rm -rf "$results" "$root/test-artifacts/live-server-errors.log" && mkdir -p "$results"
status=0
for proj in tests/*/*.csproj; do
  name=$(basename "$proj" .csproj)
  dotnet test "$proj" -c Release --no-build -nologo --logger "trx;LogFileName=$name.trx" --results-directory "$results" || status=1
done

# Two published nodes behind nginx (deploy/smoke.sh); its checks count with the tests.
smoke_passed=0; smoke_failed=0
if SMOKE_NO_BUILD=1 PATH="$PATH:/usr/sbin" bash deploy/smoke.sh | tee "$results/smoke.txt"; then :; else status=1; fi
smoke_passed=$(grep -c '^  ok ' "$results/smoke.txt" || true)
smoke_failed=$(grep -c '^  FAIL ' "$results/smoke.txt" || true)
grep -q '^smoke: setup failed' "$results/smoke.txt" && smoke_failed=$((smoke_failed + 1))

passed=$smoke_passed; failed=$smoke_failed
for trx in "$results"/*.trx; do
  [ -f "$trx" ] || continue
  counters=$(grep -o '<Counters [^>]*>' "$trx" | head -n 1)
  p=$(sed -n 's/.* passed="\([0-9]*\)".*/\1/p' <<<"$counters"); f=$(sed -n 's/.* failed="\([0-9]*\)".*/\1/p' <<<"$counters")
  passed=$((passed + ${p:-0})); failed=$((failed + ${f:-0}))
done
errors="$root/test-artifacts/live-server-errors.log"
if [ "$failed" != 0 ] && [ -s "$errors" ]; then echo "--- errors of the browser tests' server (last 80 lines of $errors)"; tail -n 80 "$errors"; fi
echo "$passed passed, $failed failed"
[ "$status" = 0 ] && [ "$failed" = 0 ] && [ "$passed" -gt 0 ]
