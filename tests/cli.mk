# Tests: yidu's non-interactive modes --tree, --list and --show.
TESTS += tests/cli-basic.sh
EXTRA_DIST += tests/cli-basic.sh
