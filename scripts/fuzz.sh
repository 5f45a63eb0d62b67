#!/usr/bin/env bash
# Fuzzes every Jazzer target for its bounded time (maxDuration = 60 s in each @FuzzTest) and fails
# when any target finds an input that breaks its contract. Jazzer fuzzes one test per JVM: each
# target is a class of its own, and surefire forks a JVM per class (reuseForks=false), so one Maven
# run covers them all.
#
# A finding is saved by Jazzer as crash-<sha1> in the target's inputs directory
# (src/test/resources/<package>/<Class>Inputs/<method>/): fix the bug, keep the file (it is then a
# regression test of every build, like the saved corpus next to it), commit both.
#
# Usage: scripts/fuzz.sh [Class,...]   e.g. scripts/fuzz.sh PeerPipelineFuzzTest   (default: all)
set -euo pipefail
cd "$(dirname "$0")/.."

TARGETS="${1:-MessageDecoderFuzzTest,FrameDecoderFuzzTest,ValidatorFuzzTest,PeerPipelineFuzzTest,JsonRulesFuzzTest}"
start=$(date +%s)
status=0
# -fae: a finding in one module does not stop the other's fuzzing. Netty's paranoid leak detector
# would slow fuzzing a hundredfold; the targets check reference counts themselves.
# libFuzzer's progress lines (NEW, REDUCE, pulse) are dropped; its summaries and any finding stay.
mkdir -p target
JAZZER_FUZZ=1 ./mvnw -B -fae -pl harness,standalone -am test -Dtest="$TARGETS" -DreuseForks=false \
        -Dsurefire.failIfNoSpecifiedTests=false -Djazzer.hooks=true -Dnetty.leakDetection.level=disabled \
        -DargLine="-Xmx2g -XX:-OmitStackTraceInFastThrow" 2>&1 | tee target/fuzz.log \
    | grep --line-buffered -vE '^#[0-9]+[[:space:]]+(NEW|REDUCE|pulse|RELOAD)|^INFO: (Instrumented|Loaded [0-9]+ hooks)' \
    || status=$?

echo "--- fuzzing summary ($(( $(date +%s) - start )) s; whole log in target/fuzz.log):"
grep -E '^\[INFO\] Running .*FuzzTest|^#[0-9]+[[:space:]]+DONE' target/fuzz.log || true
if [ "$status" -ne 0 ]; then
    echo "Fuzzing found a problem (or the build failed): see above; new inputs:"
    git status --porcelain -- '*Inputs*' '*crash-*' || true
    exit 1
fi
echo "Fuzzing: every target ran its time without a finding ($TARGETS)"
