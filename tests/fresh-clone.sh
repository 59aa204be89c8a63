#!/usr/bin/env bash
# A newcomer's first run: clones the committed HEAD of this repository into a fresh `mktemp -d` folder (mode 700:
# as root, a folder the postgres OS user cannot enter), runs `npm install` and then the README's two commands there
# without DATABASE_URL: `npm run dev` (until /admin and the OMS site answer 200, then Ctrl+C, and no process may be
# left) and `npm test`.
#
#   tests/fresh-clone.sh [--quick] [--keep]
#     --quick  skip `npm test` (which takes minutes)
#     --keep   keep the clone and its database folders afterwards
#   Ports: PORT (default 3290) for next dev, EMBEDDED_PG_PORT (54419) and TEST_EMBEDDED_PG_PORT (54418) for the
#   embedded databases, E2E_PORT (3291) for the browser tests.
set -uo pipefail

QUICK=0 KEEP=0
for arg in "$@"; do
  case "$arg" in
    --quick) QUICK=1 ;;
    --keep) KEEP=1 ;;
    *) echo "unknown option $arg (use --quick, --keep)" >&2; exit 2 ;;
  esac
done

REPO="$(git -C "$(dirname "$0")" rev-parse --show-toplevel)"
COMMIT="$(git -C "$REPO" rev-parse HEAD)"
export PORT="${PORT:-3290}" EMBEDDED_PG_PORT="${EMBEDDED_PG_PORT:-54419}"
export TEST_EMBEDDED_PG_PORT="${TEST_EMBEDDED_PG_PORT:-54418}" E2E_PORT="${E2E_PORT:-3291}"
unset DATABASE_URL PAYLOAD_SECRET

WORK="$(mktemp -d)"
APP="$WORK/app"
LOGS="$WORK/logs"
mkdir -p "$LOGS"
SHARED_BEFORE="$(ls -d /var/tmp/letzshop-platforms-* 2>/dev/null | sort)"
RESULTS=()
FAILED=0
START=$SECONDS

say() { echo "[fresh-clone $(printf '%4ds' $((SECONDS - START)))] $*"; }
pass() { RESULTS+=("PASS  $1"); say "PASS: $1"; }
fail() { RESULTS+=("FAIL  $1"); FAILED=1; say "FAIL: $1"; }

summary() {
  echo
  echo "== fresh clone of $COMMIT in $APP ($(id -un), $((SECONDS - START)) s) =="
  printf '  %s\n' "${RESULTS[@]}"
  if [ "$FAILED" = 0 ]; then echo "PASS"; else echo "FAIL (logs in $LOGS)"; fi
}

cleanup() {
  [ -n "${DEV_PGID:-}" ] && kill -KILL -- "-$DEV_PGID" 2>/dev/null
  if [ "$KEEP" = 0 ] && [ "$FAILED" = 0 ]; then
    rm -rf "$WORK"
    # The database folders this clone got under /var/tmp (as root) belong to it alone.
    comm -13 <(echo "$SHARED_BEFORE") <(ls -d /var/tmp/letzshop-platforms-* 2>/dev/null | sort) | xargs -r rm -rf
  fi
}
trap cleanup EXIT

port_free() { ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
for port in "$PORT" "$EMBEDDED_PG_PORT" "$TEST_EMBEDDED_PG_PORT" "$E2E_PORT"; do
  port_free "$port" || { fail "port $port is in use: set PORT / EMBEDDED_PG_PORT / TEST_EMBEDDED_PG_PORT / E2E_PORT"; summary; exit 1; }
done

say "cloning $REPO at $COMMIT into $APP (folder mode $(stat -c %a "$WORK"))"
if git clone -q --no-checkout "$REPO" "$APP" && git -C "$APP" checkout -q "$COMMIT"; then pass "git clone"; else fail "git clone"; summary; exit 1; fi
cd "$APP"

say "npm install ..."
if npm install --prefer-offline --no-audit --no-fund >"$LOGS/install.log" 2>&1; then
  pass "npm install ($(tail -1 "$LOGS/install.log"))"
else
  tail -20 "$LOGS/install.log"; fail "npm install"; summary; exit 1
fi

# --- npm run dev: started in its own process group so that Ctrl+C can be imitated (SIGINT to the whole group).
say "npm run dev on port $PORT ..."
setsid npm run dev >"$LOGS/dev.log" 2>&1 &
DEV_PGID=$!
status() { curl -s -o /dev/null -L --max-time 60 -w '%{http_code}' "http://localhost:$PORT$1"; }
ADMIN=000 OMS=000
for _ in $(seq 150); do
  sleep 2
  kill -0 "$DEV_PGID" 2>/dev/null || break
  [ "$ADMIN" = 200 ] || ADMIN="$(status /admin)"
  [ "$ADMIN" = 200 ] && OMS="$(status /platforms/oms)"
  [ "$OMS" = 200 ] && break
done
grep -a '^\[platform\]' "$LOGS/dev.log" | sed 's/^/    /'
if [ "$ADMIN" = 200 ] && [ "$OMS" = 200 ]; then
  pass "npm run dev: /admin $ADMIN, /platforms/oms $OMS"
else
  tail -30 "$LOGS/dev.log"; fail "npm run dev: /admin $ADMIN, /platforms/oms $OMS"
fi

say "Ctrl+C (SIGINT to the process group) ..."
kill -INT -- "-$DEV_PGID" 2>/dev/null
for _ in $(seq 30); do
  pgrep -g "$DEV_PGID" >/dev/null || break
  sleep 1
done
LEFT="$(pgrep -a -g "$DEV_PGID")"
if [ -z "$LEFT" ]; then
  pass "npm run dev stopped on Ctrl+C, no process left"
  DEV_PGID=
else
  echo "$LEFT" | sed 's/^/    left: /'; fail "npm run dev left processes after Ctrl+C"
fi

# --- npm test
if [ "$QUICK" = 1 ]; then
  say "--quick: npm test skipped"
else
  say "npm test (takes minutes) ..."
  if npm test >"$LOGS/test.log" 2>&1; then
    pass "npm test ($(grep -a -E '^ +Tests ' "$LOGS/test.log" | tail -1 | sed 's/\x1b\[[0-9;]*m//g; s/^ *//'); $(grep -a -E '[0-9]+ passed' "$LOGS/test.log" | tail -1 | sed 's/\x1b\[[0-9;]*m//g; s/^ *//'))"
  else
    tail -40 "$LOGS/test.log"; fail "npm test"
  fi
fi

summary
exit "$FAILED"
