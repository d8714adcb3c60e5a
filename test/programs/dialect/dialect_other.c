/* A second translation unit that defines the same selectany objects. */
#include "msvc.h"
const void *chosen_from_other_unit(void) { return &chosen; }
