/* The reader's own state: read marks, bookmarks and searches, kept in a SQLite file
 * of its own ($XDG_DATA_HOME/yidu/state.db), never in the corpus.
 * Articles are identified by slug, which survives a rebuild of the corpus.
 */
#ifndef YIDU_STATE_H
#define YIDU_STATE_H

#include <stdbool.h>
#include <stddef.h>
#include "yidu/error.h"

typedef struct yd_state yd_state;

/* $XDG_DATA_HOME/yidu/state.db, or ~/.local/share/yidu/state.db.
 * malloc'd; NULL if neither variable gives a home. */
char *yd_state_default_path(void);

/* Opens the state at path; ":memory:" keeps it in memory only (nothing is
 * written anywhere). The file and its folder are created on the first
 * write, not before. */
yd_state *yd_state_open(const char *path, yd_error *err);
/* The same, refusing the corpus at corpus_path as the state file. A state
 * file is refused (NULL, message in err) when it is the corpus, any yidu
 * corpus, not a regular file, or a SQLite file with tables that are not
 * yidu's. One that cannot be written (read-only, full disk) is read if it
 * can be, and nothing is saved: yd_state_note says why. Created files are
 * mode 0600, their new folders 0700. */
yd_state *yd_state_open_for(const char *path, const char *corpus_path,
			    yd_error *err);
/* NULL, or a note for the status line: why nothing is saved. */
const char *yd_state_note(const yd_state *s);
void yd_state_close(yd_state *s);

bool yd_state_is_read(yd_state *s, const char *slug);
int yd_state_mark_read(yd_state *s, const char *slug, yd_error *err);

bool yd_state_is_bookmarked(yd_state *s, const char *slug);
int yd_state_set_bookmark(yd_state *s, const char *slug, const char *title,
			  bool on, yd_error *err);

typedef struct yd_bookmark {
	char *slug;
	char *title;
} yd_bookmark;

/* Bookmarks, newest first. *out is malloc'd; free with yd_bookmarks_free. */
int yd_state_bookmarks(yd_state *s, yd_bookmark **out, size_t *n,
		       yd_error *err);
void yd_bookmarks_free(yd_bookmark *v, size_t n);

/* Search history: the last YD_SEARCH_HISTORY_MAX searches, each once
 * (searching again moves it to the front). */
#define YD_SEARCH_HISTORY_MAX 100
int yd_state_add_search(yd_state *s, const char *query, yd_error *err);
/* Newest first; *out is malloc'd, free with yd_state_searches_free. */
int yd_state_searches(yd_state *s, char ***out, size_t *n, yd_error *err);
void yd_state_searches_free(char **v, size_t n);

/* Forgets everything (read marks, bookmarks, searches). */
int yd_state_clear(yd_state *s, yd_error *err);

#endif
