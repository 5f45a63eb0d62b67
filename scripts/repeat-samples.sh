#!/usr/bin/env bash
# Runs the sample suite (module samples) N times (default 20) with JUnit's parallel execution on
# (classes and methods concurrently), and reports every test that failed in any run: a test that
# fails in some runs and passes in others is flaky. Exits 1 when any run had a failure.
#
# Usage: scripts/repeat-samples.sh [N]       e.g. scripts/repeat-samples.sh 20
# Reports of each run are kept in target/repeat-samples/run-<i>/.
set -euo pipefail
cd "$(dirname "$0")/.."
N="${1:-20}"
OUT=target/repeat-samples
rm -rf "$OUT"
mkdir -p "$OUT"

PARALLEL=(-Djunit.jupiter.execution.parallel.enabled=true
          -Djunit.jupiter.execution.parallel.mode.default=concurrent
          -Djunit.jupiter.execution.parallel.mode.classes.default=concurrent
          -Dsurefire.rerunFailingTestsCount=0)

# Build once; each run then recompiles nothing and runs only the samples' tests (-am lets the reactor
# use the harness's target/classes; the other modules' tests are filtered out by -Dtest).
./mvnw -B -q -pl samples -am test-compile

failures=0
for i in $(seq 1 "$N"); do
    start=$(date +%s)
    if ./mvnw -B -q -pl samples -am test -Dtest='io.diameterharness.samples.**' \
            -Dsurefire.failIfNoSpecifiedTests=false "${PARALLEL[@]}" > "$OUT/run-$i.log" 2>&1; then
        status=passed
    else
        status=FAILED
        failures=$((failures + 1))
    fi
    mkdir -p "$OUT/run-$i"
    cp samples/target/surefire-reports/TEST-*.xml "$OUT/run-$i/" 2>/dev/null || true
    tests=$(cat "$OUT/run-$i"/TEST-*.xml 2>/dev/null | grep -o '<testsuite [^>]*tests="[0-9]*"' \
            | sed 's/.*tests="\([0-9]*\)"/\1/' | awk '{s += $1} END {print s + 0}')
    echo "run $i/$N: $status, ${tests:-0} tests, $(( $(date +%s) - start )) s"
done

# Every test case that failed or erred in some run, with how many runs it failed in.
echo "--- tests that failed in some run (runs failed / $N):"
grep -l -E '<(failure|error)' "$OUT"/run-*/TEST-*.xml 2>/dev/null | while read -r f; do
    python3 - "$f" <<'PY'
import sys, xml.etree.ElementTree as ET
for case in ET.parse(sys.argv[1]).getroot().iter('testcase'):
    if case.find('failure') is not None or case.find('error') is not None:
        print(case.get('classname') + '#' + case.get('name'))
PY
done | sort | uniq -c | sort -rn || true
if [ "$failures" -gt 0 ]; then
    echo "$failures of $N runs had failures (logs in $OUT)"
    exit 1
fi
echo "All $N parallel runs of the sample suite passed: no flaky test"
