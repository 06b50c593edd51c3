#!/usr/bin/env bash
# The project's commands:
#   ./build.sh run    run the app on http://localhost:5080 (embedded defaults, no external service)
#   ./build.sh test   run every test, browser tests included (installs Debian's chromium and redis-server if missing)
#   ./build.sh bench  run the benchmarks and rewrite docs/benchmarks.md
#   ./build.sh load   real circuits from a headless client against the release app, then the baseline (--circuits N[,N2,...] --seconds S --only L1,L2,L3 --no-baseline)
set -euo pipefail
cd "$(dirname "$0")"

chromium_path="${CHROMIUM_PATH:-/usr/bin/chromium}"
redis_path="${REDIS_SERVER_PATH:-/usr/bin/redis-server}"

# Installs a Debian package when the program the tests need from it is missing.
ensure_installed() {
  local program=$1 hint=$2
  shift 2
  [[ -x "$program" ]] && return 0
  echo "$program not found; installing Debian's $1 package..."
  local sudo=""
  if [[ $(id -u) -ne 0 ]]; then
    command -v sudo >/dev/null || { echo "Install $1 (apt-get install $*) or $hint." >&2; exit 1; }
    sudo="sudo"
  fi
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "$@" >/dev/null
  [[ -x "$program" ]] || { echo "$1 was installed but $program is missing; $hint." >&2; exit 1; }
}

ensure_chromium() { ensure_installed "$chromium_path" "set CHROMIUM_PATH" chromium fonts-liberation; }

# The shared log's tests and benchmarks start their own redis-server on a loopback port.
ensure_redis() { ensure_installed "$redis_path" "set REDIS_SERVER_PATH" redis-server; }

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
    ensure_redis
    results="artifacts/test-results"
    rm -rf "$results"
    status=0
    CHROMIUM_PATH="$chromium_path" REDIS_SERVER_PATH="$redis_path" dotnet test BlazorSharedState.sln --logger trx --results-directory "$results" "$@" || status=$?
    summarize "$results" || [[ $status -ne 0 ]] || status=1
    exit "$status"
    ;;
  bench)
    shift
    ensure_chromium
    ensure_redis
    CHROMIUM_PATH="$chromium_path" REDIS_SERVER_PATH="$redis_path" exec dotnet run -c Release --project tests/BlazorSharedState.Benchmarks -- "$@"
    ;;
  load)
    shift
    # The app as it ships (release, server GC) in its own process; the load program starts it on a
    # free loopback port with the in-memory log, drives it and stops it. Then, unless --no-baseline,
    # the same against the naive singleton-event baseline (the benchmarks program's serve mode),
    # one after the other, and ours ÷ baseline.
    baseline=(--baseline tests/BlazorSharedState.Benchmarks/bin/Release/net10.0/BlazorSharedState.Benchmarks.dll)
    args=()
    for arg in "$@"; do
      if [[ $arg == --no-baseline ]]; then baseline=(); else args+=("$arg"); fi
    done
    dotnet build -c Release src/BlazorSharedState.Web -v quiet -nologo
    dotnet build -c Release tests/BlazorSharedState.LoadTest -v quiet -nologo
    [[ ${#baseline[@]} -eq 0 ]] || dotnet build -c Release tests/BlazorSharedState.Benchmarks -v quiet -nologo
    exec dotnet tests/BlazorSharedState.LoadTest/bin/Release/net10.0/BlazorSharedState.LoadTest.dll \
      --app src/BlazorSharedState.Web/bin/Release/net10.0/BlazorSharedState.Web.dll "${baseline[@]}" "${args[@]}"
    ;;
  *)
    sed -n '2,6p' "$0" | sed 's/^# //'
    exit 2
    ;;
esac
