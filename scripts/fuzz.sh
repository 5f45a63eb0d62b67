#!/usr/bin/env bash
# Fuzzes every Jazzer target for its bounded time (maxDuration = 60 s in each @FuzzTest), one target
# per JVM as Jazzer requires, and fails when any target finds an input that breaks its contract.
# A finding is saved by Jazzer as crash-<sha1> in the target's inputs directory
# (src/test/resources/<package>/<Class>Inputs/<method>/): fix the bug, keep the file (it is then a
# regression test of every build), commit both.
#
# Usage: scripts/fuzz.sh [substring]   e.g. scripts/fuzz.sh PeerPipeline   (default: all targets)
set -euo pipefail
cd "$(dirname "$0")/.."

TARGETS=(
    "harness io.diameterharness.codec.CodecFuzzTest#messageDecoderYieldsAMessageOrAnErrorWithAResultCode"
    "harness io.diameterharness.codec.CodecFuzzTest#frameDecoderFramesAnyByteStreamIntoMessagesAndErrors"
    "harness io.diameterharness.dictionary.ValidatorFuzzTest#validationYieldsViolationsWithResultCodesForAnyMessage"
    "harness io.diameterharness.peer.PeerPipelineFuzzTest#serverPipelineAnswersOrClosesWithAReasonForAnyByteStream"
    "standalone io.diameterharness.standalone.rules.JsonRulesFuzzTest#anyDocumentYieldsRulesOrAFormatErrorNamingTheField"
)

filter="${1:-}"
failed=()
for entry in "${TARGETS[@]}"; do
    module="${entry%% *}"
    test="${entry#* }"
    if [ -n "$filter" ] && [[ "$test" != *"$filter"* ]]; then
        continue
    fi
    echo "=== fuzzing $test ($module)"
    # libFuzzer's progress lines (NEW, REDUCE, pulse) are dropped; its summary and any finding stay.
    if JAZZER_FUZZ=1 ./mvnw -B -pl "$module" -am test -Dtest="$test" -Dsurefire.failIfNoSpecifiedTests=false \
            -Djazzer.hooks=true -DargLine="-Xmx2g -XX:-OmitStackTraceInFastThrow" 2>&1 \
            | grep -vE '^#[0-9]+[[:space:]]+(NEW|REDUCE|pulse|RELOAD)|^INFO: Instrumented|^\[INFO\] (Download|Compiling|Nothing to compile|Copying|skip)'; then
        echo "=== $test: no finding"
    else
        echo "=== $test: FINDING or failure (see above)"
        failed+=("$test")
    fi
done

if [ "${#failed[@]}" -gt 0 ]; then
    echo "Fuzzing found problems in: ${failed[*]}"
    git status --porcelain -- '*Inputs*' 'crash-*' || true
    exit 1
fi
echo "Fuzzing: every target ran its time without a finding"
