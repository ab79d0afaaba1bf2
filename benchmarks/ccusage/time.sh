#!/usr/bin/env bash
# Wall time and peak RSS of `ccusage daily` and `ccgate report --by day` on one tree (ccgate
# through its launcher, with the JVM options it gives `report`, and with the JVM's defaults).
#   benchmarks/ccusage/time.sh TREE [RUNS]
# TREE is a ~/.claude-like folder (it holds projects/). Needs hyperfine and GNU time; takes the
# exclusive benchmark lock so that no full build runs at the same time (docs/BENCHMARKS.md).
set -euo pipefail
tree="$(cd "$1" && pwd)"
runs="${2:-5}"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
ccusage="${CCUSAGE:-/tmp/ccusage/node_modules/.bin/ccusage}"
home="$(mktemp -d)"
trap 'rm -rf "$home"' EXIT
cu="env -i PATH=/usr/bin:/bin HOME=$home CLAUDE_CONFIG_DIR=$tree $ccusage daily --json --offline --timezone UTC"
cg="$here/ccgate report --traces $tree --by day --timezone UTC --format json"
"$here/ccgate" --version > /dev/null # builds the jar first if sources changed
flock -x /tmp/ccgate-bench.lock bash -c "
  echo \"load average before: \$(cat /proc/loadavg)\"
  hyperfine --warmup 1 --runs $runs \
    -n ccusage '$cu > /dev/null' -n ccgate '$cg > /dev/null' \
    -n 'ccgate, JVM defaults' 'CCGATE_JAVA_OPTS= $cg > /dev/null'
  for c in '$cu' '$cg' 'CCGATE_JAVA_OPTS= $cg'; do
    /usr/bin/time -f \"%e s wall, %U s user, %S s sys, %M KB peak RSS: \${c%% --json*}\" \
      bash -c \"\$c > /dev/null\"
  done
  echo \"load average after: \$(cat /proc/loadavg)\""
