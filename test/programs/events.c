/* Event objects and waits: WSACreateEvent, WSASetEvent, WSAResetEvent, WSACloseEvent,
 * WSAWaitForMultipleEvents, CreateEvent, SetEvent, ResetEvent, WaitForSingleObject(Ex),
 * WaitForMultipleObjects(Ex), SleepEx, and alertable waits with completion routines queued.
 * Waits print "ret lasterror" through CHECK: 258 is WAIT_TIMEOUT, 192 WAIT_IO_COMPLETION,
 * -1 WAIT_FAILED (with the last error). */
#include "common.h"
#include <windows.h>

#define BCHECK(name, call) do { \
    BOOL b_; SetLastError(SENTINEL); b_ = (call); \
    printf("%s: %d %lu\n", name, b_ ? 1 : 0, b_ ? 0UL : (unsigned long)GetLastError()); \
} while (0)

#define WAIT0(h) WSAWaitForMultipleEvents(1, &(h), FALSE, 0, FALSE)

static int routine_calls;
static void CALLBACK on_done(DWORD dwError, DWORD cbTransferred, LPWSAOVERLAPPED lpOverlapped, DWORD dwFlags)
{
    (void)dwError; (void)cbTransferred; (void)lpOverlapped; (void)dwFlags;
    routine_calls++;
}

/* Queues one completion routine: an overlapped send that completes at once. */
static WSAOVERLAPPED queue_ov[8];
static int queued;
static void queue_routine(SOCKET c)
{
    WSABUF wb;
    DWORD sent;
    wb.buf = "q"; wb.len = 1;
    memset(&queue_ov[queued], 0, sizeof(queue_ov[queued]));
    if (WSASend(c, &wb, 1, &sent, 0, &queue_ov[queued], on_done) != 0) printf("setup-queue: %d\n", WSAGetLastError());
    queued++;
}

int main(void)
{
    WSADATA wsa;
    WSAEVENT e, ev[4], many[WSA_MAXIMUM_WAIT_EVENTS + 1], bad[2];
    HANDLE a1, a2, m, h;
    ULONGLONG t0;
    int i;

    WSAStartup(MAKEWORD(2, 2), &wsa);

    /* WSACreateEvent: "The event object created by this function is manual reset, with an initial state of nonsignaled." */
    e = WSACreateEvent();
    SHOW("create-valid", "%d", e != WSA_INVALID_EVENT);
    CHECK("create-nonsignalled", WAIT0(e));
    BCHECK("set", WSASetEvent(e));
    CHECK("after-set", WAIT0(e));
    CHECK("manual-stays-signalled", WAIT0(e));
    CHECK("manual-stays-signalled-wfso", WaitForSingleObject(e, 0));
    BCHECK("reset", WSAResetEvent(e));
    CHECK("after-reset", WAIT0(e));

    /* Wait-any: "the return value minus WSA_WAIT_EVENT_0 indicates the lowest index value of all the
     * signaled event objects" (Microsoft's WSAWaitForMultipleEvents page). */
    for (i = 0; i < 4; i++) ev[i] = WSACreateEvent();
    CHECK("any-none", WSAWaitForMultipleEvents(4, ev, FALSE, 0, FALSE));
    WSASetEvent(ev[3]);
    WSASetEvent(ev[2]);
    CHECK("any-lowest-2", WSAWaitForMultipleEvents(4, ev, FALSE, 0, FALSE));
    WSASetEvent(ev[1]);
    CHECK("any-lowest-1", WSAWaitForMultipleEvents(4, ev, FALSE, 0, FALSE));
    /* Wait-all: only when every object is signalled. */
    CHECK("all-not-yet", WSAWaitForMultipleEvents(4, ev, TRUE, 0, FALSE));
    WSASetEvent(ev[0]);
    CHECK("all-signalled", WSAWaitForMultipleEvents(4, ev, TRUE, 0, FALSE));
    for (i = 0; i < 4; i++) WSAResetEvent(ev[i]);
    /* "If dwTimeout is zero, WSAWaitForMultipleEvents tests the state of the specified event objects and returns immediately." */
    t0 = GetTickCount64();
    CHECK("timeout-100", WSAWaitForMultipleEvents(4, ev, FALSE, 100, FALSE));
    SHOW("timeout-100-waited", "%d", GetTickCount64() - t0 >= 90);
    t0 = GetTickCount64();
    CHECK("timeout-all-100", WSAWaitForMultipleEvents(4, ev, TRUE, 100, FALSE));
    SHOW("timeout-all-100-waited", "%d", GetTickCount64() - t0 >= 90);

    /* "The maximum number of event object handles is WSA_MAXIMUM_WAIT_EVENTS. One or more events must be specified." */
    for (i = 0; i < WSA_MAXIMUM_WAIT_EVENTS; i++) many[i] = WSACreateEvent();
    many[WSA_MAXIMUM_WAIT_EVENTS] = many[0];
    WSASetEvent(many[WSA_MAXIMUM_WAIT_EVENTS - 1]);
    CHECK("max-64-last", WSAWaitForMultipleEvents(WSA_MAXIMUM_WAIT_EVENTS, many, FALSE, 0, FALSE));
    CHECK("count-65", WSAWaitForMultipleEvents(WSA_MAXIMUM_WAIT_EVENTS + 1, many, FALSE, 0, FALSE));
    CHECK("count-0", WSAWaitForMultipleEvents(0, many, FALSE, 0, FALSE));
    for (i = 0; i < WSA_MAXIMUM_WAIT_EVENTS; i++) WSACloseEvent(many[i]);
    /* "WSA_INVALID_HANDLE: One or more of the values in the lphEvents array is not a valid event object handle." */
    bad[0] = e; bad[1] = (WSAEVENT)(UINT_PTR)0x7777u;
    CHECK("invalid-handle", WSAWaitForMultipleEvents(2, bad, FALSE, 0, FALSE));
    bad[1] = NULL;
    CHECK("null-handle", WSAWaitForMultipleEvents(2, bad, FALSE, 0, FALSE));
    CHECK("invalid-handle-wfso", WaitForSingleObject((HANDLE)(UINT_PTR)0x7777u, 0));
    CHECK("count-0-wfmo", WaitForMultipleObjects(0, bad, FALSE, 0));
    BCHECK("set-invalid", WSASetEvent((WSAEVENT)(UINT_PTR)0x7777u));

    /* CreateEvent: auto-reset events are reset by the wait they satisfy; initial state as asked. */
    a1 = CreateEventA(NULL, FALSE, FALSE, NULL);
    SHOW("auto-valid", "%d", a1 != NULL);
    CHECK("auto-initial-off", WaitForSingleObject(a1, 0));
    BCHECK("auto-set", SetEvent(a1));
    CHECK("auto-first-wait", WaitForSingleObject(a1, 0));
    CHECK("auto-second-wait", WaitForSingleObject(a1, 0));
    a2 = CreateEventA(NULL, FALSE, TRUE, NULL);
    CHECK("auto-initial-on", WaitForSingleObject(a2, 0));
    CHECK("auto-initial-on-consumed", WaitForSingleObject(a2, 0));
    m = CreateEventA(NULL, TRUE, TRUE, NULL);
    CHECK("manual-initial-on", WaitForSingleObject(m, 0));
    CHECK("manual-initial-on-again", WaitForSingleObject(m, 0));
    BCHECK("manual-reset", ResetEvent(m));
    CHECK("manual-after-reset", WaitForSingleObject(m, 0));
    h = CreateEventW(NULL, TRUE, FALSE, NULL);
    CHECK("createw-initial-off", WaitForSingleObject(h, 0));
    CloseHandle(h);

    /* WaitForMultipleObjects: "Modification occurs only for the object or objects whose signaled state
     * caused the function to return." */
    {
        HANDLE pair[2];
        pair[0] = a1; pair[1] = a2;
        SetEvent(a1); SetEvent(a2);
        CHECK("wfmo-any-first", WaitForMultipleObjects(2, pair, FALSE, 0));
        CHECK("wfmo-any-second", WaitForMultipleObjects(2, pair, FALSE, 0));
        CHECK("wfmo-any-none", WaitForMultipleObjects(2, pair, FALSE, 0));
        /* "The function does not modify the states of the specified objects until the states of all objects have been set to signaled." */
        SetEvent(a1);
        CHECK("wfmo-all-one-of-two", WaitForMultipleObjects(2, pair, TRUE, 0));
        CHECK("wfmo-all-left-a1-signalled", WaitForSingleObject(a1, 0));
        SetEvent(a1); SetEvent(a2);
        CHECK("wfmo-all", WaitForMultipleObjects(2, pair, TRUE, 0));
        CHECK("wfmo-all-reset-both", WaitForMultipleObjects(2, pair, FALSE, 0));
        t0 = GetTickCount64();
        CHECK("wfmo-timeout-100", WaitForMultipleObjects(2, pair, FALSE, 100));
        SHOW("wfmo-timeout-100-waited", "%d", GetTickCount64() - t0 >= 90);
        t0 = GetTickCount64();
        CHECK("wfso-timeout-100", WaitForSingleObject(a1, 100));
        SHOW("wfso-timeout-100-waited", "%d", GetTickCount64() - t0 >= 90);
    }
    /* WSA events and kernel32 events are the same objects. */
    SetEvent(e);
    CHECK("wsa-event-wfso", WaitForSingleObject(e, 0));
    ResetEvent(e);
    CHECK("wsa-event-reset-by-ResetEvent", WAIT0(e));
    WSASetEvent(a1);
    CHECK("auto-event-wsawait", WAIT0(a1));
    CHECK("auto-event-wsawait-consumed", WAIT0(a1));

    /* SleepEx: "The return value is zero if the specified time interval expired." */
    t0 = GetTickCount64();
    SHOW("sleepex-alertable-nothing-queued", "%lu", (unsigned long)SleepEx(100, TRUE));
    SHOW("sleepex-alertable-waited", "%d", GetTickCount64() - t0 >= 90);
    SHOW("sleepex-0-not-alertable", "%lu", (unsigned long)SleepEx(0, FALSE));

    /* Alertable waits return WAIT_IO_COMPLETION when completion routines ran; non-alertable ones do not run them. */
    {
        SOCKET c, s;
        WSAEVENT never = WSACreateEvent();
        HANDLE never_h = never;
        char sink[16];
        make_pair(&c, &s);

        queue_routine(c);
        CHECK("nonalertable-wfso", WaitForSingleObject(never, 50));
        CHECK("nonalertable-wsawait", WSAWaitForMultipleEvents(1, &never, FALSE, 50, FALSE));
        CHECK("nonalertable-wfsoex", WaitForSingleObjectEx(never, 50, FALSE));
        SHOW("nonalertable-sleepex", "%lu", (unsigned long)SleepEx(50, FALSE));
        SHOW("nonalertable-calls", "%d", routine_calls);
        SHOW("alertable-sleepex", "%lu", (unsigned long)SleepEx(5000, TRUE));
        SHOW("alertable-sleepex-calls", "%d", routine_calls);

        queue_routine(c);
        CHECK("alertable-wfsoex", WaitForSingleObjectEx(never, 5000, TRUE));
        SHOW("alertable-wfsoex-calls", "%d", routine_calls);

        queue_routine(c);
        CHECK("alertable-wfmoex", WaitForMultipleObjectsEx(1, &never_h, FALSE, 5000, TRUE));
        SHOW("alertable-wfmoex-calls", "%d", routine_calls);

        /* "WSA_WAIT_IO_COMPLETION is returned, and the event that was being waited on is not signaled yet." */
        queue_routine(c);
        CHECK("alertable-wsawait", WSAWaitForMultipleEvents(1, &never, FALSE, 5000, TRUE));
        SHOW("alertable-wsawait-calls", "%d", routine_calls);
        CHECK("alertable-wsawait-event-still-off", WAIT0(never));

        /* An alertable wait with nothing queued and a signalled event returns the event. */
        WSASetEvent(never);
        CHECK("alertable-signalled-nothing-queued", WSAWaitForMultipleEvents(1, &never, FALSE, 5000, TRUE));
        SHOW("alertable-timeout-nothing-queued", "%lu", (unsigned long)SleepEx(10, TRUE));

        SHOW("queued-sends-arrived", "%d", recv(s, sink, sizeof(sink), 0) > 0);
        WSACloseEvent(never);
        closesocket(c);
        closesocket(s);
    }

    /* WSACloseEvent: "The handle to the event object is closed so that further references to this handle will fail with the error WSA_INVALID_HANDLE." */
    BCHECK("close", WSACloseEvent(e));
    BCHECK("set-after-close", WSASetEvent(e));
    BCHECK("reset-after-close", WSAResetEvent(e));
    CHECK("wait-after-close", WAIT0(e));
    BCHECK("close-again", WSACloseEvent(e));
    BCHECK("closehandle-auto", CloseHandle(a1));
    BCHECK("setevent-after-closehandle", SetEvent(a1));
    CHECK("wfso-after-closehandle", WaitForSingleObject(a1, 0));
    BCHECK("closehandle-invalid", CloseHandle((HANDLE)(UINT_PTR)0x7777u));
    CloseHandle(a2);
    CloseHandle(m);
    for (i = 0; i < 4; i++) WSACloseEvent(ev[i]);

    CHECK("cleanup", WSACleanup());
    return 0;
}
