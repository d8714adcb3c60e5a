/* Structured-exception cleanup: __try/__finally with __leave, nested, and
 * __try/__except whose handler never runs. Compiled as C and as C++. */
#include <windows.h>
#include <stdio.h>

static int guarded(int leave)
{
    int steps = 0;
    __try {
        steps++;
        if (leave)
            __leave;
        steps++;
    } __finally {
        printf("finally: steps %d, abnormal %d\n", steps, AbnormalTermination() ? 1 : 0);
    }
    return steps;
}

static void nested(int leave_inner)
{
    __try {
        printf("outer guarded\n");
        __try {
            printf("inner guarded\n");
            if (leave_inner)
                __leave;
            printf("inner after leave point\n");
        } __finally {
            printf("inner finally\n");
        }
        printf("outer after inner\n");
    } __finally {
        printf("outer finally\n");
    }
}

static int filter(unsigned long code, struct _EXCEPTION_POINTERS *info)
{
    printf("filter ran (never)\n");
    return code && info ? EXCEPTION_EXECUTE_HANDLER : EXCEPTION_CONTINUE_SEARCH;
}

int main(int argc, char **argv)
{
    int i;
    (void)argv;
    printf("completed: %d\n", guarded(0));
    printf("left: %d\n", guarded(1));
    nested(0);
    nested(1);
    /* __leave out of a loop inside the guarded section ends the section. */
    __try {
        for (i = 0; i < 10; i++)
            if (i == 3)
                __leave;
    } __finally {
        printf("loop left at %d\n", i);
    }
    /* A try-finally as the body of an if without braces is one statement. */
    if (argc > 100)
        __try {
            printf("not reached\n");
        } __finally {
            printf("not reached either\n");
        }
    /* Two in one block. */
    __try { printf("first\n"); } __finally { printf("first finally\n"); }
    __try { printf("second\n"); } __finally { printf("second finally\n"); }
    __try {
        printf("guarded with handler\n");
    } __except (filter(GetExceptionCode(), GetExceptionInformation())) {
        printf("handler ran (never)\n");
    }
    __try {
        __leave;
    } __except (EXCEPTION_EXECUTE_HANDLER) {
        printf("handler ran (never)\n");
    }
    printf("end\n");
    return 0;
}
