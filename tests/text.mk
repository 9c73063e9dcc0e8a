# Tests: text
