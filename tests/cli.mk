# Tests: cli
