# Shared by the command-line tests (tests/cli-basic.sh, tests/import-basic.sh):
# a scratch folder $d removed on exit, and ok/no/check that count failures
# in $fails. Facts are checked with sqlite3, so the tests skip without it.
set -u
command -v sqlite3 >/dev/null || { echo "sqlite3 not installed: skipped"; exit 77; }
d=$(mktemp -d) || exit 99
trap 'rm -rf "$d"' EXIT
fails=0
ok() { echo "ok: $1"; }
no() { echo "FAIL: $1"; fails=$((fails + 1)); }
check() { if [ "$2" = "$3" ]; then ok "$1"; else no "$1: got '$2', expected '$3'"; fi; }
