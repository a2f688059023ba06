#!/usr/bin/env bash
# Runs the README's walkthrough against the demo jar, every shell block as it is written, and says which line failed.
#
#   ./mvnw -B -q package -DskipTests && docker/walkthrough.sh
#
# (The demo's embedded PostgreSQL takes a free port when it starts, so another demo or the tests can run beside it.)
#
# Starts target/quarkus-app/quarkus-run.jar with the demo profile on HAMYAR_PORT (default 18385) unless
# HAMYAR_URL names a demo already running, takes the ```sh blocks from "### Trying the API" up to "## The website
# and the staff console" (the two set-up commands are not run), and runs them in one bash with `set -u`. The only
# change made to them: `localhost:8080` becomes the demo's address. Every curl call must answer 2xx, and no
# variable the walkthrough extracted may be empty or "null"; the script prints each call and exits 1 on the first
# that is not. Needs bash, curl and jq (apt-get install -y jq / brew install jq).
set -euo pipefail

here=$(cd "$(dirname "$0")/.." && pwd)
port=${HAMYAR_PORT:-18385}
jar=${HAMYAR_JAR:-$here/target/quarkus-app/quarkus-run.jar}
work=$(mktemp -d)
log=$work/hamyar.log
pid=

stop() {
    if [ -n "$pid" ]; then kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; fi
}
trap stop EXIT

command -v jq >/dev/null || { echo "walkthrough: jq is needed (apt-get install -y jq)" >&2; exit 2; }
if [ -n "${HAMYAR_URL:-}" ]; then
    base=${HAMYAR_URL#http://}
    log=${HAMYAR_LOG:?with HAMYAR_URL, HAMYAR_LOG must name the log file of the running service}
else
    base=localhost:$port
    [ -f "$jar" ] || { echo "walkthrough: no $jar; run ./mvnw -B -q package -DskipTests first" >&2; exit 2; }
    # Something still answering there (a demo shutting down, say) would be walked through instead of this one.
    if curl -s -o /dev/null "http://$base/"; then echo "walkthrough: port $port is in use" >&2; exit 2; fi
    java -Dquarkus.profile=demo -Dquarkus.http.port="$port" -jar "$jar" >"$log" 2>&1 &
    pid=$!
    for _ in $(seq 1 120); do
        if curl -sf "http://$base/q/health/ready" >/dev/null 2>&1; then break; fi
        kill -0 "$pid" 2>/dev/null || { echo "walkthrough: the demo did not start:" >&2; tail -n 40 "$log" >&2; exit 1; }
        sleep 1
    done
    curl -sf "http://$base/q/health/ready" >/dev/null || { echo "walkthrough: not ready after 120 s" >&2; exit 1; }
    # The demo's proposal job makes its first proposals a few seconds after start (README: "Demo walkthrough: matching").
    sleep 5
fi

# The README's blocks, in order, from the walkthrough sections only.
awk '/^### Trying the API/ { on = 1 } /^## The website and the staff console/ { on = 0 }
     on && /^```sh$/ { block = 1; next } block && /^```$/ { block = 0; print ""; next } block { print }' \
    "$here/README.md" | sed "s#localhost:8080#$base#g" >"$work/walkthrough.sh"

cat >"$work/runner.sh" <<'RUNNER'
set -u -o pipefail
# Every curl of the walkthrough goes through this: it prints the call's status to the report and fails the run
# on anything but 2xx, or on an argument that an extraction left empty or "null".
curl() {
    local arg out status
    for arg in "$@"; do
        case "$arg" in
            '' | *'Bearer ' | *'Bearer null'* | */null | */null/* | *'""'*)
                echo "FAILED: empty or null value in: curl $*" >&2
                exit 1
                ;;
        esac
    done
    out=$(mktemp)
    if ! status=$(command curl -o "$out" -D "$out.headers" -w '%{http_code}' "$@"); then
        echo "FAILED (curl could not connect): curl $*" >&2
        exit 1
    fi
    # One line per call (also from inside $(...)), tokens shortened: status, then the arguments.
    echo "$status" >>"$CALLS"
    printf '%s curl %s\n' "$status" "$(printf '%s ' "$@" | tr '\n' ' ' | sed -E 's/(Bearer [A-Za-z0-9_-]{8})[A-Za-z0-9._-]*/\1…/g' | cut -c1-150)" >&2
    case "$status" in
        2??) ;;
        *)
            echo "FAILED: HTTP $status: curl $*" >&2
            cat "$out" >&2
            echo >&2
            exit 1
            ;;
    esac
    # The caller sees the answer as curl would have printed it (with the headers when it asked for -i).
    case " $* " in *' -i '* | *' -si '*) cat "$out.headers" ;; esac
    cat "$out"
    rm -f "$out" "$out.headers"
}
# errexit too: a line that fails in any other way (a grep that finds no code, say) stops the run.
set -e
source "$WALKTHROUGH" >/dev/null
echo "walkthrough: every line ran; $(wc -l <"$CALLS") curl calls, all answered 2xx" >&2
RUNNER

HAMYAR_LOG=$log WALKTHROUGH=$work/walkthrough.sh CALLS=$work/calls bash "$work/runner.sh"

