# Tests: extract
