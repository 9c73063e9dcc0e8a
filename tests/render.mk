# Tests: render
