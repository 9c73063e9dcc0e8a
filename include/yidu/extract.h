/* Kept so that older includes still build: everything moved to
 * yidu/lang.h, the one header of the Chinese-text subsystem. */
#ifndef YIDU_EXTRACT_H
#define YIDU_EXTRACT_H
#include "yidu/lang.h"
#endif
