# Data: schema, regions, topics, the sample corpus.
dist_pkgdata_DATA += data/schema.sql data/regions.tsv data/regions-former.tsv
EXTRA_DIST += data/README.md
