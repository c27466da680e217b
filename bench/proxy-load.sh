#!/usr/bin/env bash
# Plan page latency through nginx with many connections (issue 16): deploy/smoke.sh's installation (PostgreSQL, two
# published nodes, nginx with deploy/nginx/caitien.conf), measured by `CaiTien.Bench -- proxy-load`.
# Usage: bash bench/proxy-load.sh [connections=200] [seconds=20] [pauses in ms, comma-separated=0]
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet build -c Release bench/CaiTien.Bench -nologo -v q -clp:ErrorsOnly
export PROXY_ARGS="${1:-200} ${2:-20} ${3:-0}"
SMOKE_BENCH='dotnet run -c Release --no-build --project bench/CaiTien.Bench -- proxy-load "$CAITIEN_PROXY_URL" $PROXY_ARGS' \
  PATH="$PATH:/usr/sbin" bash deploy/smoke.sh
