# Tests: corpus
