// Trace.h - logging shared by the sample's programs.
#pragma once

#include <stdio.h>

#define TRACE_FN(fmt, ...) printf("%s: " fmt "\n", __FUNCTION__, __VA_ARGS__)
