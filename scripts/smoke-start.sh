#!/usr/bin/env bash
# The `npm start` smoke test CI runs after `npm test`: on the embedded defaults, as a user would run it, the backend's
# /health and the storefront page answer, then Ctrl-C (SIGINT) stops everything and leaves no process behind.
set -euo pipefail
cd "$(dirname "$0")/.."
log=$(mktemp)
npm start >"$log" 2>&1 &
pid=$!
trap 'kill -INT $pid 2>/dev/null || true; cat "$log"' ERR

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

kill -INT $pid
for _ in $(seq 1 30); do kill -0 $pid 2>/dev/null || break; sleep 1; done
if kill -0 $pid 2>/dev/null; then echo "npm start did not stop within 30 s of Ctrl-C"; exit 1; fi
wait $pid || { echo "npm start exited with an error on Ctrl-C"; tail -20 "$log"; exit 1; }
left=$(pgrep -f "$(pwd)/(node_modules/.bin/medusa|storefront/server.mjs|.data/postgres)" || true)
[ -z "$left" ] || { echo "processes left behind: $left"; ps -fp $left; exit 1; }
echo "smoke: npm start came up, answered and stopped cleanly"
