# Tests: yidu never destroys what is not its own (issue 16): output paths
# and locking of yidu-import, the state file, the corpus opened so nothing
# is written beside it, every output sanitised, damaged trees, paste and
# signals in the browser.
SAFETY_TESTS = tests/import-output.sh tests/tui-state-owner.sh tests/corpus-readonly.sh
TESTS += $(SAFETY_TESTS)
EXTRA_DIST += $(SAFETY_TESTS)
