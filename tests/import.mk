# Tests: import
