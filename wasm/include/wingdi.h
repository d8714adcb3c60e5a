/*
 * wingdi.h - gdi32 (winsock-wasm): the stock objects, and nothing that draws.
 *
 * GetStockObject gives a handle to each stock brush, pen, font and palette, so that a window
 * class can name its background (WNDCLASS.hbrBackground) as Windows programs do; there is no
 * screen, so nothing ever paints with one (wasm/runtime/gdi32.c). Every drawing function stays
 * unavailable, with the reason.
 */
#ifndef _WINGDI_
#define _WINGDI_

#include "winsock_wasm_abi.h"
#include "windef.h"

#ifndef WINGDIAPI
#define WINGDIAPI
#endif

__WSW_BEGIN_DECLS

typedef HANDLE HGDIOBJ;

#define WHITE_BRUSH 0
#define LTGRAY_BRUSH 1
#define GRAY_BRUSH 2
#define DKGRAY_BRUSH 3
#define BLACK_BRUSH 4
#define NULL_BRUSH 5
#define HOLLOW_BRUSH NULL_BRUSH
#define WHITE_PEN 6
#define BLACK_PEN 7
#define NULL_PEN 8
#define OEM_FIXED_FONT 10
#define ANSI_FIXED_FONT 11
#define ANSI_VAR_FONT 12
#define SYSTEM_FONT 13
#define DEVICE_DEFAULT_FONT 14
#define DEFAULT_PALETTE 15
#define SYSTEM_FIXED_FONT 16
#define DEFAULT_GUI_FONT 17
#define DC_BRUSH 18
#define DC_PEN 19
#define STOCK_LAST 19

/* "If the function fails, the return value is NULL": for 9 (there is no stock object 9) and
 * anything past STOCK_LAST. The same object gives the same handle every time. */
WINGDIAPI HGDIOBJ WINAPI GetStockObject(int i);

__WSW_END_DECLS

#endif /* _WINGDI_ */
