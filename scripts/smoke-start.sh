#!/usr/bin/env bash
# The `npm start` smoke test by hand (`npm run test:smoke`): on the embedded defaults, as a user would run it, the backend's
# /health and the storefront page answer, then Ctrl-C (SIGINT) stops everything and leaves no process behind.
set -euo pipefail
cd "$(dirname "$0")/.."
log=$(mktemp)
# job control: `npm start` gets a process group of its own, as in a terminal, and Ctrl-C is SIGINT to that group
# (without it a non-interactive shell starts background jobs with SIGINT ignored)
set -m
npm start >"$log" 2>&1 &
pid=$!
trap 'kill -INT -- -$pid 2>/dev/null || true; cat "$log"' ERR

for _ in $(seq 1 600); do
  grep -q "Karya Lapas is running." "$log" && break
  kill -0 $pid 2>/dev/null || { echo "npm start exited before it was ready"; cat "$log"; exit 1; }
  sleep 1
done
grep -q "Karya Lapas is running." "$log" || { echo "npm start was not ready within 10 minutes"; exit 1; }
cat "$log"

backend=$(node -p 'require("./.data/demo.json").backendUrl')
storefront=$(node -p 'require("./.data/demo.json").storefrontUrl')
curl -fsS "$backend/health" >/dev/null && echo "smoke: $backend/health answers"
curl -fsS "$storefront/" | grep -q '<div id="root">' && echo "smoke: $storefront serves the store"
curl -fsS "$backend/app" | grep -q 'id="medusa"' && echo "smoke: $backend/app serves Medusa Admin"

kill -INT -- -$pid
# npm itself ends at once on Ctrl-C (status 130, as in a terminal); start.mjs then stops its children and PostgreSQL
wait $pid || true
for _ in $(seq 1 30); do pgrep -g $pid >/dev/null || break; sleep 1; done
if pgrep -g $pid >/dev/null; then echo "processes still running 30 s after Ctrl-C:"; ps -o pid,args -g $pid; exit 1; fi
grep -q "^Stopped.$" "$log" || { echo "npm start did not report a clean stop"; tail -20 "$log"; exit 1; }
left=$(pgrep -f "$(pwd)/(node_modules/.bin/medusa|storefront/server.mjs|.data/postgres|.data/meilisearch)" || true)
[ -z "$left" ] || { echo "processes left behind: $left"; ps -fp $left; exit 1; }
echo "smoke: npm start came up, answered and stopped cleanly"
