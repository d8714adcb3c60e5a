// SampleUtil.h - helpers for the Winsock echo sample.
#pragma once

#include <Windows.h>
#include "..\common\Trace.h"

#define DEFAULT_BUFLEN 512

typedef unsigned __int64 BYTECOUNT;

static __forceinline BOOL IsSocketError(int result)
{
    return result == SOCKET_ERROR;
}

__declspec(noinline) int __cdecl ReportError(const char *what);
