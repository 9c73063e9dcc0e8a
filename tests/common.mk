# Shared by the test fragments.
EXTRA_DIST += tests/lib.sh
