#!/usr/bin/env bash
# Times one API call signed in three ways: the sign-in form's session cookie, HTTP Basic (after the
# first call, which pays for bcrypt) and a personal API token; prints p50/p95 in ms for each and
# the load average. Against a running instance:
#
#   scripts/auth-timing.sh http://localhost:8080 admin 'the admin password' [calls] [path]
#
# It creates one token (named "auth-timing") for the user and revokes it at the end. Each way
# sends its calls from one curl process over one kept-alive connection, so only the request's own
# time is measured (curl's time_total), not curl's start.
set -euo pipefail
BASE=${1:?base URL, e.g. http://localhost:8080}
USER=${2:?user name}
PASS=${3:?password}
CALLS=${4:-200}
PATH_Q=${5:-/api/people?limit=10}
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT

urls() { for _ in $(seq "$CALLS"); do printf 'url = "%s%s"\noutput = "/dev/null"\n' "$BASE" "$PATH_Q"; done; }
stats() { # ms values on stdin -> "p50 p95"
  sort -n | awk '{v[NR]=$1} END {i50=int((NR+1)*0.50); i95=int((NR*0.95)+0.999); if(i95>NR)i95=NR;
    printf "p50 %.1f ms  p95 %.1f ms  (%d calls)\n", v[i50], v[i95], NR}'
}
timed() { # curl options... ; prints one time_total (ms) per call
  urls > "$TMP/urls"
  curl -s --fail-with-body -K "$TMP/urls" -w '%{time_total}\n' "$@" | awk '{printf "%.3f\n", $1*1000}'
}

# the session: sign in through the form (its CSRF token from /login), keep the cookie
curl -s -c "$TMP/jar" -b "$TMP/jar" "$BASE/login" > "$TMP/login.html"
CSRF=$(sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' "$TMP/login.html" | head -1)
curl -s -o /dev/null -c "$TMP/jar" -b "$TMP/jar" --data-urlencode "username=$USER" \
  --data-urlencode "password=$PASS" --data-urlencode "_csrf=$CSRF" "$BASE/login"
curl -s -o /dev/null --fail -b "$TMP/jar" "$BASE$PATH_Q" # warm

# a token, created with the password and revoked at the end
TOKEN_JSON=$(curl -s --fail -u "$USER:$PASS" -H 'Content-Type: application/json' -d '{"name":"auth-timing"}' \
  "$BASE/api/tokens")
TOKEN=$(printf '%s' "$TOKEN_JSON" | sed -n 's/.*"token":"\([^"]*\)".*/\1/p')
TOKEN_ID=$(printf '%s' "$TOKEN_JSON" | sed -n 's/.*"id":"\([^"]*\)".*/\1/p')
trap 'curl -s -o /dev/null -u "$USER:$PASS" -X DELETE "$BASE/api/tokens/$TOKEN_ID"; rm -rf "$TMP"' EXIT

FIRST=$(curl -s -o /dev/null -w '%{time_total}' -u "$USER:$PASS" "$BASE$PATH_Q" | awk '{printf "%.1f", $1*1000}')
curl -s -o /dev/null -H "Authorization: Bearer $TOKEN" "$BASE$PATH_Q" # warm

echo "GET $PATH_Q, $CALLS calls each; load average: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "first HTTP Basic call (bcrypt): $FIRST ms"
printf 'session cookie: '; timed -b "$TMP/jar" | stats
printf 'HTTP Basic:     '; timed -u "$USER:$PASS" | stats
printf 'API token:      '; timed -H "Authorization: Bearer $TOKEN" | stats
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
