#!/usr/bin/env bash
# Builds the benchmarks jar and runs the whole suite (codec, load comparison with freeDiameter,
# Erlang/OTP diameter and a raw Netty echo, per-test overhead next to MockWebServer and WireMock,
# memory), writing BENCHMARKS.md at the repository root. Under 20 minutes on a 2-core machine.
# Extra arguments go to the suite, e.g.: benchmarks/run.sh --quick --output /tmp/quick.md
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q -pl benchmarks -am package -DskipTests
exec java -Xms1g -Xmx1g -Dio.netty.leakDetection.level=disabled \
  -cp benchmarks/target/benchmarks.jar io.diameterharness.benchmarks.suite.BenchmarkSuite "$@"
