#!/usr/bin/env bash
# The project's commands:
#   ./build.sh run    run the app on http://localhost:5080 (embedded defaults, no external service)
#   ./build.sh test   run every test, browser tests included (installs Debian's chromium if missing)
#   ./build.sh bench  run the benchmarks and rewrite docs/benchmarks.md
#   ./build.sh load   real circuits from a headless client against the release app (--circuits N --seconds S --only L1,L2,L3)
set -euo pipefail
cd "$(dirname "$0")"

chromium_path="${CHROMIUM_PATH:-/usr/bin/chromium}"

ensure_chromium() {
  [[ -x "$chromium_path" ]] && return 0
  echo "Chromium not found at $chromium_path; installing Debian's chromium package..."
  local sudo=""
  if [[ $(id -u) -ne 0 ]]; then
    command -v sudo >/dev/null || { echo "Install chromium (apt-get install chromium) or set CHROMIUM_PATH." >&2; exit 1; }
    sudo="sudo"
  fi
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends chromium fonts-liberation >/dev/null
  [[ -x "$chromium_path" ]] || { echo "chromium was installed but $chromium_path is missing; set CHROMIUM_PATH." >&2; exit 1; }
}

# Prints one closing line over every test assembly, read from the TRX result files.
summarize() {
  local dir=$1 passed=0 failed=0 skipped=0 file counters
  for file in "$dir"/*.trx; do
    [[ -e "$file" ]] || continue
    counters=$(grep -o '<Counters [^>]*>' "$file")
    passed=$((passed + $(count_of passed "$counters")))
    failed=$((failed + $(count_of failed "$counters") + $(count_of error "$counters") + $(count_of timeout "$counters")))
    skipped=$((skipped + $(count_of notExecuted "$counters")))
  done
  echo "Tests: $passed passed, $failed failed, $skipped skipped"
  [[ $passed -gt 0 && $failed -eq 0 ]]
}

count_of() {
  local value
  value=$(grep -o " $1=\"[0-9]*\"" <<<"$2" | grep -o '[0-9]\+' || true)
  echo "${value:-0}"
}

case "${1:-}" in
  run)
    shift
    # dotnet run works in the project's folder; the shared state belongs beside the repository.
    export SharedState__DataDirectory="${SharedState__DataDirectory:-$PWD/data}"
    exec dotnet run --project src/BlazorSharedState.Web --launch-profile http "$@"
    ;;
  test)
    shift
    ensure_chromium
    results="artifacts/test-results"
    rm -rf "$results"
    status=0
    CHROMIUM_PATH="$chromium_path" dotnet test BlazorSharedState.sln --logger trx --results-directory "$results" "$@" || status=$?
    summarize "$results" || [[ $status -ne 0 ]] || status=1
    exit "$status"
    ;;
  bench)
    shift
    ensure_chromium
    CHROMIUM_PATH="$chromium_path" exec dotnet run -c Release --project tests/BlazorSharedState.Benchmarks -- "$@"
    ;;
  load)
    shift
    # The app as it ships (release, server GC) in its own process; the load program starts it on a
    # free loopback port with the in-memory log, drives it and stops it.
    dotnet build -c Release src/BlazorSharedState.Web -v quiet -nologo
    dotnet build -c Release tests/BlazorSharedState.LoadTest -v quiet -nologo
    exec dotnet tests/BlazorSharedState.LoadTest/bin/Release/net10.0/BlazorSharedState.LoadTest.dll \
      --app src/BlazorSharedState.Web/bin/Release/net10.0/BlazorSharedState.Web.dll "$@"
    ;;
  *)
    sed -n '2,6p' "$0" | sed 's/^# //'
    exit 2
    ;;
esac
