-- yidu corpus schema, version 4.
-- One SQLite file per corpus. yidu-import writes it; the browser opens it
-- read-only. application_id 0x59494455 ("YIDU") and user_version mark it.
PRAGMA application_id = 1497973845;   -- 0x59494455
PRAGMA user_version = 4;

-- Schema version, build facts (builder version, time, inputs, counts).
CREATE TABLE meta (
	key   TEXT PRIMARY KEY,
	value TEXT NOT NULL
) WITHOUT ROWID;

-- GB/T 2260 regions; code 0 is the root, 全国.
CREATE TABLE region (
	code       INTEGER PRIMARY KEY,
	parent     INTEGER,               -- NULL for the root
	level      INTEGER NOT NULL,      -- 0 root, 1 province, 2 prefecture, 3 county
	name       TEXT NOT NULL,         -- 贺州市
	short_name TEXT NOT NULL          -- 贺州
);
CREATE INDEX region_parent ON region(parent);

-- Every name a region is known by: full, short, former, listed aliases.
CREATE TABLE region_alias (
	alias TEXT NOT NULL,
	code  INTEGER NOT NULL REFERENCES region(code),
	kind  TEXT NOT NULL,              -- full | short | former | alias
	PRIMARY KEY (alias, code)
) WITHOUT ROWID;

-- Topic taxonomy; id 1 is the root, 全部主题.
CREATE TABLE topic (
	id     INTEGER PRIMARY KEY,
	parent INTEGER,                   -- NULL for the root
	depth  INTEGER NOT NULL,
	name   TEXT NOT NULL,
	path   TEXT NOT NULL UNIQUE,      -- 医保/报销; '' for the root
	words  TEXT NOT NULL DEFAULT ''
);
CREATE INDEX topic_parent ON topic(parent);

-- sortkey orders the list newest first (descending) and is unique:
-- (days since 1970-01-01 of the date, 0 if none) << 32 | id.
CREATE TABLE article (
	id        INTEGER PRIMARY KEY,
	slug      TEXT NOT NULL UNIQUE,
	title     TEXT NOT NULL,
	title_key TEXT NOT NULL UNIQUE,   -- normalised title: duplicates meet here
	summary   TEXT,
	body      TEXT,                   -- Markdown; NULL for an excerpt
	source    TEXT,
	url       TEXT,
	author    TEXT,
	published TEXT,                   -- YYYY-MM-DD
	category  TEXT,
	excerpt   INTEGER NOT NULL DEFAULT 0,
	hash      TEXT NOT NULL,          -- content hash (hex)
	sortkey   INTEGER NOT NULL UNIQUE
);

-- The regions and topics an article names (most specific only).
CREATE TABLE article_region (
	article INTEGER NOT NULL,
	region  INTEGER NOT NULL,
	PRIMARY KEY (article, region)
) WITHOUT ROWID;
CREATE TABLE article_topic (
	article INTEGER NOT NULL,
	topic   INTEGER NOT NULL,
	PRIMARY KEY (article, topic)
) WITHOUT ROWID;

-- Membership closed over ancestors (the root excluded): every article of a
-- region's subtree, by sort key, so a filtered list pages by index.
CREATE TABLE region_member (
	region  INTEGER NOT NULL,
	sortkey INTEGER NOT NULL,
	PRIMARY KEY (region, sortkey)
) WITHOUT ROWID;
CREATE TABLE topic_member (
	topic   INTEGER NOT NULL,
	sortkey INTEGER NOT NULL,
	PRIMARY KEY (topic, sortkey)
) WITHOUT ROWID;

-- Articles in (region subtree × topic subtree), roots included; rows with
-- a zero count are absent.
CREATE TABLE facet_count (
	region INTEGER NOT NULL,
	topic  INTEGER NOT NULL,
	n      INTEGER NOT NULL,
	PRIMARY KEY (region, topic)
) WITHOUT ROWID;
-- The topic index carries n, so a topic's counts for every region (3,000+
-- rows, refreshed when a topic is chosen) are one index range, not a
-- lookup in the table per row.
CREATE INDEX facet_count_topic ON facet_count(topic, region, n);

CREATE TABLE related (
	article INTEGER NOT NULL,
	rank    INTEGER NOT NULL,         -- 1 first
	related INTEGER NOT NULL,
	kind    TEXT NOT NULL CHECK (kind IN ('listed', 'computed')),
	PRIMARY KEY (article, rank)
) WITHOUT ROWID;

-- Full-text search (lib/search*.c). The index holds tokens only: its text
-- is the article's, seen through search_src (body with Markdown removed;
-- py is the title, marked to be indexed as pinyin; facets names the
-- article's regions and topics, closed over ancestors, so that a search
-- within a region or topic is one FTS5 query: the filter is a phrase
-- ANDed to the user's words). The tokenizer "yidu" and yd_md_text() are
-- registered by libyidu on every connection. The builder fills the index
-- at its finish, in its transaction (lib/search-index.c), so there are no
-- triggers on article.
-- search_facet.facets: U+E001, then "r<code>" and "t<id>" words
-- (lib/build-counts.c); no row when an article has neither.
CREATE TABLE search_facet (
	id     INTEGER PRIMARY KEY,       -- article.id
	facets TEXT NOT NULL
);
CREATE VIEW search_src AS
	SELECT a.id AS id, a.title AS title, a.summary AS summary,
	       yd_md_text(a.body) AS body, char(57344) || a.title AS py,
	       f.facets AS facets
	FROM article a LEFT JOIN search_facet f ON f.id = a.id;
-- The body is the first column: FTS5 writes no column marker for column
-- 0 in a position list, and otherwise pays two bytes for every term of
-- every article's body (index 1.91 × the text with the body third).
CREATE VIRTUAL TABLE search USING fts5(body, title, summary, py, facets,
	content = 'search_src', content_rowid = 'id', tokenize = 'yidu');
-- search_term: the index's terms of one or two Han characters (bigrams,
-- and lone characters at the end of a run), filled by the builder from
-- the index. A query ending in a lone character (医, 2025年) becomes an
-- OR of the terms that character begins, which FTS5 reads newest first
-- and stops early, instead of a prefix query, which merges the doclists
-- of all those terms before giving a first row (lib/search-expr.c).
CREATE TABLE search_term (
	term TEXT PRIMARY KEY
) WITHOUT ROWID;
