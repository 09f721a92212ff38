/* The C side of the collections module (_collections): deque and
 * defaultdict, and what other C code may use of them. */
#ifndef FT_COLLECTIONS_H
#define FT_COLLECTIONS_H

#include "objects/obj.h"

extern Type Deque_Type, DequeIter_Type, DequeRevIter_Type, DefaultDict_Type;

bool deque_check(Value v); /* an instance of deque or a subclass */
/* append/appendleft (0, or -1 on MemoryError) and pop/popleft (IndexError
 * "pop from an empty deque" when empty); each is atomic. */
int deque_append(Value dq, Value v);
int deque_appendleft(Value dq, Value v);
Value deque_pop(Value dq, bool left);
/* deque() with no maxlen. */
Value deque_new(void);

#endif
