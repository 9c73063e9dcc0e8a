/* data/schema.sql as a C string: lib/schema-sql.inc is generated from it
 * by a make rule (lib/corpus.mk), so the two can never disagree. */
#include "config.h"
#include "sqlutil.h"

const char yd_schema_sql[] =
#include "lib/schema-sql.inc"
	;
