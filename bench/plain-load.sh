#!/bin/sh
# bench/plain-load.sh JSONL DB: the yardstick for yidu-import. Loads the
# same JSON lines into a plain SQLite table (no index but the rowid, no
# search index) with the sqlite3 shell, under the importer's settings (one
# transaction, no journal, no sync), and prints wall and CPU time with the
# load average, so an import can be measured against it side by side.
set -eu
json=$1 db=$2
rm -f "$db"
load() { cut -d' ' -f1-3 /proc/loadavg; }
before=$(load)
/usr/bin/time -f '%e %U %S %M' -o "$db.time" sqlite3 "$db" >/dev/null <<SQL
PRAGMA journal_mode = OFF;
PRAGMA synchronous = OFF;
BEGIN;
CREATE TEMP TABLE raw (j TEXT);
CREATE TABLE article (id INTEGER PRIMARY KEY, title TEXT, published TEXT,
	regions TEXT, topics TEXT, source TEXT, body TEXT);
.mode ascii
.separator "\036" "\n"
.import '$json' raw
INSERT INTO article (title, published, regions, topics, source, body)
	SELECT j ->> 'title', j ->> 'date', j ->> 'regions', j ->> 'topics',
	       j ->> 'source', j ->> 'body' FROM temp.raw;
COMMIT;
SQL
read -r wall user sys rss <"$db.time"
rm -f "$db.time"
printf 'plain table: %s rows in %.1f s wall, %.1f s CPU (user %.1f + sys %.1f), peak %d MB; load average %s before, %s after\n' \
	"$(sqlite3 "$db" 'SELECT count(*) FROM article')" "$wall" \
	"$(echo "$user + $sys" | bc)" "$user" "$sys" "$((rss / 1024))" "$before" "$(load)"
