# Tests: search (tokenizer, query translation, recall, ranking, CLI).
