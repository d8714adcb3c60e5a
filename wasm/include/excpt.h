/*
 * excpt.h - structured exception handling (winsock-wasm).
 *
 * wasm has no hardware exceptions to catch: an access violation or a
 * division by zero is a trap that ends the program (as an unhandled
 * exception ends a Windows process). What remains of SEH is cleanup, and
 * that is kept:
 *
 *   __try { ... __leave; ... } __finally { ... }
 *     The termination handler runs when the guarded section completes and
 *     when __leave ends it, nested too, in C and C++.
 *   __try { ... } __except (filter) { ... }
 *     Compiles; the guarded section runs; the filter is never evaluated and
 *     the handler never runs, since nothing can raise an exception.
 *   GetExceptionCode(), GetExceptionInformation(), AbnormalTermination()
 *     compile. AbnormalTermination() is always FALSE: a termination handler
 *     here only ever follows a normal termination (__leave is one).
 *
 * Different from Windows: return, break, continue, goto or longjmp out of
 * a guarded section leave without running its __finally (Windows runs it,
 * and AbnormalTermination() is then TRUE).
 *
 * How: __try opens a block that declares a local label (GNU __label__), so
 * __leave (a goto to it) reaches the end of the innermost guarded section.
 * The whole statement stays one statement, "if (1) { guarded } else
 * handler", which __finally enters with a goto, so it also works as the
 * body of an if or a loop without braces.
 */
#ifndef _INC_EXCPT
#define _INC_EXCPT

#include "winsock_wasm_abi.h"

__WSW_BEGIN_DECLS

struct _EXCEPTION_POINTERS;
struct _EXCEPTION_RECORD;
struct _CONTEXT;

#ifndef EXCEPTION_DISPOSITION
#define EXCEPTION_DISPOSITION int
#endif
#define ExceptionContinueExecution 0
#define ExceptionContinueSearch 1
#define ExceptionNestedException 2
#define ExceptionCollidedUnwind 3

/* Filter results. */
#define EXCEPTION_EXECUTE_HANDLER 1
#define EXCEPTION_CONTINUE_SEARCH 0
#define EXCEPTION_CONTINUE_EXECUTION -1

/* Never called at run time: filters and handlers do not run. */
static __inline unsigned long _exception_code(void) { return 0; }
static __inline void *_exception_info(void) { return 0; }
static __inline int _abnormal_termination(void) { return 0; }
#define GetExceptionCode _exception_code
#define exception_code _exception_code
#define GetExceptionInformation (struct _EXCEPTION_POINTERS *)_exception_info
#define exception_info (struct _EXCEPTION_POINTERS *)_exception_info
#define AbnormalTermination _abnormal_termination
#define abnormal_termination _abnormal_termination

__WSW_END_DECLS

#define __try if (1) { __label__ __wsw_leave;
#define __leave goto __wsw_leave
#define __finally __WSW_FINALLY(__COUNTER__)
#define __WSW_FINALLY(n) __WSW_FINALLY_(n)
#define __WSW_FINALLY_(n) \
    __wsw_leave: __attribute__((__unused__)); goto __wsw_finally_##n; } \
    _Pragma("clang diagnostic push") _Pragma("clang diagnostic ignored \"-Wdangling-else\"") \
    else _Pragma("clang diagnostic pop") __wsw_finally_##n:
#define __except(filter) \
    __wsw_leave: __attribute__((__unused__)); } \
    _Pragma("clang diagnostic push") _Pragma("clang diagnostic ignored \"-Wdangling-else\"") \
    else _Pragma("clang diagnostic pop") if (filter)

#endif /* _INC_EXCPT */
