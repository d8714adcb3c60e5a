/* Waits for an event that nothing will ever set, with no socket open: under Node the event
 * loop empties while the program waits.   stall */
#include "common.h"

int main(void)
{
    WSADATA wsa;
    WSAEVENT ev;

    WSAStartup(MAKEWORD(2, 2), &wsa);
    ev = WSACreateEvent();
    printf("waiting: 1\n");
    fflush(stdout);
    WaitForSingleObject(ev, INFINITE);
    printf("woke: 1\n");
    return 0;
}
