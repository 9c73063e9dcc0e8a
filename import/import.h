/* Pieces of yidu-import. */
#ifndef YIDU_IMPORT_H
#define YIDU_IMPORT_H

/* --tag: reads lines on stdin, prints "codes<TAB>topic paths" for each. */
int import_tag(const char *datadir);

#endif
