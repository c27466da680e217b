#!/usr/bin/env bash
# Smoke run of a two-node installation on loopback: a throw-away PostgreSQL, the app published once and started
# twice (each node with its own data folder), nginx from Debian's package with deploy/nginx/caitien.conf (TLS with
# a self-signed certificate, random ports, its own prefix), then deploy/smoke.py drives it through nginx.
# Ends with "smoke: N passed, N failed"; exits 1 when a check failed. SMOKE_NO_BUILD=1 publishes without building
# (scripts/test.sh has just built the solution).
set -uo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
started=$(date +%s)

work=$(mktemp -d /tmp/caitien-smoke.XXXXXX)
chmod 755 "$work"
pids=()
pgbin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
pgdata="$work/pg"
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'; }
if [ "$(id -u)" = 0 ]; then run_pg() { su postgres -s /bin/sh -c "$*"; }; else run_pg() { sh -c "$*"; }; fi

cleanup() {
  [ -f "$work/nginx/nginx.pid" ] && kill "$(cat "$work/nginx/nginx.pid")" 2>/dev/null
  for p in "${pids[@]}"; do kill "$p" 2>/dev/null; done
  run_pg "$pgbin/pg_ctl -D $pgdata -m immediate stop" >/dev/null 2>&1
  if [ "${SMOKE_KEEP:-0}" = 1 ]; then echo "smoke: kept $work"; else rm -rf "$work"; fi
}
trap cleanup EXIT

fail_setup() {
  echo "smoke: setup failed: $1"
  for f in "$work"/node*.log "$work"/nginx/error.log; do [ -f "$f" ] && { echo "--- $f"; tail -n 30 "$f"; }; done
  echo "smoke: 0 passed, 1 failed"
  exit 1
}

# PostgreSQL
mkdir -p "$pgdata"
[ "$(id -u)" = 0 ] && chown postgres "$pgdata"
pgport=$(free_port)
run_pg "$pgbin/initdb -D $pgdata -A trust -U postgres -E UTF8 --locale=C.UTF-8" >/dev/null || fail_setup "initdb"
run_pg "$pgbin/pg_ctl -D $pgdata -l $pgdata/server.log -o '-p $pgport -k /tmp -c listen_addresses=127.0.0.1 -c fsync=off' -w start" >/dev/null || fail_setup "PostgreSQL start"

# The artifact: dotnet publish output
publish_args=(-c Release -o "$work/app" -nologo -v q -clp:ErrorsOnly)
[ "${SMOKE_NO_BUILD:-0}" = 1 ] && publish_args+=(--no-build)
dotnet publish src/CaiTien.Web "${publish_args[@]}" >"$work/publish.log" 2>&1 || { cat "$work/publish.log"; fail_setup "dotnet publish"; }
chmod -R a+rX "$work/app"

# Two nodes, as the systemd unit starts them (settings from the environment)
p1=$(free_port); p2=$(free_port)
start_node() {
  local n=$1 port=$2
  mkdir -p "$work/node$n/home"
  # Each node has its own home and data folder, as on separate machines: nothing is shared through the disk.
  (cd "$work/app" && exec env HOME="$work/node$n/home" ASPNETCORE_ENVIRONMENT=Production ASPNETCORE_URLS="http://127.0.0.1:$port" \
      Database__Provider=Postgres "ConnectionStrings__CaiTien=Host=127.0.0.1;Port=$pgport;Username=postgres;Database=caitien_smoke;Pooling=true;Maximum Pool Size=40" \
      CaiTien__DataFolder="$work/node$n" CaiTien__DemoMode=true Files__Store=Database Reminders__Enabled=false Https__Enabled=true \
      Serilog__MinimumLevel__Default=Warning \
      dotnet "$work/app/CaiTien.Web.dll" >"$work/node$n.log" 2>&1) &
  pids+=($!)
  echo $! >"$work/node$n.pid"
}
wait_ready() {
  for _ in $(seq 1 240); do
    [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$1/healthz/ready")" = 200 ] && return 0
    sleep 0.5
  done
  return 1
}
# The first node migrates and seeds; the second starts on the ready database.
t0=$(date +%s.%N); start_node 1 "$p1"; wait_ready "$p1" || fail_setup "node 1 not ready"
t1=$(date +%s.%N); start_node 2 "$p2"; wait_ready "$p2" || fail_setup "node 2 not ready"
t2=$(date +%s.%N)
cold_start=$(python3 -c "print(f'  figure start to ready: node 1 {$t1 - $t0:.1f} s (empty database: migrations, demo data), node 2 {$t2 - $t1:.1f} s (database ready)')")

# nginx with the deploy site, rewritten for loopback ports, a self-signed certificate and this folder
mkdir -p "$work/nginx/tmp" "$work/tls" "$work/acme"
chmod 777 "$work/nginx/tmp"
openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj "/CN=caitien.example.gov.vn" \
  -keyout "$work/tls/key.pem" -out "$work/tls/cert.pem" >/dev/null 2>&1 || fail_setup "openssl"
http_port=$(free_port); https_port=$(free_port)
sed -e "s|127.0.0.1:5001|127.0.0.1:$p1|; s|127.0.0.1:5002|127.0.0.1:$p2|" \
    -e "s|listen 80;|listen 127.0.0.1:$http_port;|; s|listen 443 ssl;|listen 127.0.0.1:$https_port ssl;|; /listen \[::\]/d" \
    -e "s|/etc/letsencrypt/live/caitien.example.gov.vn/fullchain.pem|$work/tls/cert.pem|; s|/etc/letsencrypt/live/caitien.example.gov.vn/privkey.pem|$work/tls/key.pem|" \
    -e "s|/opt/caitien/app/wwwroot|$work/app/wwwroot|; s|/var/www/letsencrypt|$work/acme|" \
    -e "s|proxy_pass http://caitien_nodes;|proxy_pass http://caitien_nodes; add_header X-Upstream \$upstream_addr always;|" \
    deploy/nginx/caitien.conf >"$work/nginx/site.conf"
# nginx before 1.25.1 has no "http2 on"; the listen parameter does the same there.
if ! nginx -V 2>&1 | grep -q 'nginx/1\.\(2[5-9]\|[3-9][0-9]\)'; then
  sed -i -e '/http2 on;/d' -e "s|listen 127.0.0.1:$https_port ssl;|listen 127.0.0.1:$https_port ssl http2;|" "$work/nginx/site.conf"
fi
cat >"$work/nginx/nginx.conf" <<CONF
worker_processes auto;
pid $work/nginx/nginx.pid;
error_log $work/nginx/error.log warn;
events { worker_connections 1024; }
http {
    include /etc/nginx/mime.types;
    default_type application/octet-stream;
    access_log $work/nginx/access.log;
    client_body_temp_path $work/nginx/tmp/body;
    proxy_temp_path $work/nginx/tmp/proxy;
    fastcgi_temp_path $work/nginx/tmp/fastcgi;
    uwsgi_temp_path $work/nginx/tmp/uwsgi;
    scgi_temp_path $work/nginx/tmp/scgi;
    include $work/nginx/site.conf;
}
CONF
nginx -t -p "$work/nginx" -c "$work/nginx/nginx.conf" -e "$work/nginx/error.log" >"$work/nginx/test.log" 2>&1 || { cat "$work/nginx/test.log"; fail_setup "nginx -t"; }
nginx -p "$work/nginx" -c "$work/nginx/nginx.conf" -e "$work/nginx/error.log" || fail_setup "nginx start"
for _ in $(seq 1 20); do [ -f "$work/nginx/nginx.pid" ] && break; sleep 0.2; done

echo "smoke: nodes on $p1 and $p2, nginx on https://127.0.0.1:$https_port (published and started in $(( $(date +%s) - started )) s)"
echo "$cold_start"
# bench/proxy-load.sh measures through this installation instead of checking it.
if [ -n "${SMOKE_BENCH:-}" ]; then
  CAITIEN_PROXY_URL="https://127.0.0.1:$https_port" CAITIEN_NODE_PIDS="$(cat "$work/node1.pid"),$(cat "$work/node2.pid")" bash -c "$SMOKE_BENCH"
  exit $?
fi
python3 deploy/smoke.py "https://127.0.0.1:$https_port" "127.0.0.1:$p1" "127.0.0.1:$p2" "$work/node2.pid" | tee "$work/result.txt"
# The nodes log at Warning: the request log must not write a line per request.
if grep -q 'HTTP GET /' "$work/node1.log"; then echo "  FAIL request log honours Serilog:MinimumLevel=Warning"; else echo "  ok   request log honours Serilog:MinimumLevel=Warning"; fi | tee -a "$work/result.txt"
passed=$(grep -c '^  ok ' "$work/result.txt")
failed=$(grep -c '^  FAIL ' "$work/result.txt")
if [ "$failed" -gt 0 ]; then
  for f in "$work"/node1.log "$work"/node2.log "$work"/nginx/error.log; do [ -f "$f" ] && { echo "--- $f (last lines)"; tail -n 15 "$f"; }; done
fi
echo "smoke: $passed passed, $failed failed ($(( $(date +%s) - started )) s)"
[ "$failed" = 0 ] && [ "$passed" -gt 0 ]
