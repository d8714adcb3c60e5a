/* gdi32's stock objects (wingdi.h): a handle of the one handle table for each, made when it is
 * first asked for and kept, as Windows' stock objects are never freed. Nothing draws with them. */
#include <windows.h>
#include <wingdi.h>

#define KIND_GDI 5 /* host/core/winsock.ts GUEST_KIND.GDI */

HANDLE __wsw_handle_new(int kind, void *value) __WSW_IMPORT(winsock_wasm, handle_new);

static HGDIOBJ stock[STOCK_LAST + 1];

HGDIOBJ WINAPI GetStockObject(int i)
{
    if (i < 0 || i > STOCK_LAST || i == 9) return NULL;
    /* The handle's value is the object's number plus one: the runtime's values are never 0. */
    if (!stock[i]) stock[i] = __wsw_handle_new(KIND_GDI, (void *)(ULONG_PTR)(i + 1));
    return stock[i];
}
