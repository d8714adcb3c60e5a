/* The MSVC dialect: every construct of msvc.h used, and what it means checked. */
#include <stdio.h>
#include "msvc.h"
#include "msvc.h" /* #pragma once */

__declspec(align(16)) int aligned16;
__declspec(thread) int perthread;
static __declspec(thread) int perthread_static;
int exported(void) { return 1; }
__declspec(noinline) int notinlined(void) { return 2; }
int both(void) { return 3; }
int viamacro(void) { return 4; }
int nomitigation(void) { return 5; }
int __stdcall c2(int x) { return x * 2; }

int main(void)
{
    static const int table[7] = {0};
    STDPROC p = c2;
    QUIET_4127
    perthread = perthread_static + 1;
    printf("__FUNCTION__: %s\n", __FUNCTION__);
    printf("_countof-like: %u\n", (unsigned)(sizeof table / sizeof table[0]));
    printf("calls: %d\n", exported() + notinlined() + both() + viamacro() + nomitigation() + p(3) + forced(0) + perthread);
    printf("sizes: %u %u %u %u\n", (unsigned)sizeof(I8), (unsigned)sizeof(I16), (unsigned)sizeof(I32), (unsigned)sizeof(I64));
    printf("unsigned: %u %llu\n", (unsigned)(U8)-1, (unsigned long long)(U64)-1);
    printf("pack: %u %u %u\n", (unsigned)sizeof(struct Packed), (unsigned)sizeof(struct Packed2), (unsigned)sizeof(struct Natural));
    printf("align16: %d\n", (int)(((unsigned long)&aligned16) % 16 == 0 && __alignof__(aligned16) == 16));
    printf("selectany one object: %d %d\n", chosen_from_other_unit() == (const void *)&chosen, chosen);
    printf("selectany name: %s\n", chosen_name);
    return 0;
}
