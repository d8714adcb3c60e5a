/* FILETIME and SYSTEMTIME conversions with fixed values (sysinfoapi.h, timezoneapi.h). */
#include <windows.h>
#include <stdio.h>
#include <string.h>

static ULONGLONG ft(const FILETIME *f) { return ((ULONGLONG)f->dwHighDateTime << 32) | f->dwLowDateTime; }
static void show(const char *what, const SYSTEMTIME *s)
{
    printf("%s: %04u-%02u-%02u %02u:%02u:%02u.%03u dow %u\n", what, s->wYear, s->wMonth, s->wDay, s->wHour, s->wMinute,
           s->wSecond, s->wMilliseconds, s->wDayOfWeek);
}

int main(int argc, char **argv)
{
    SYSTEMTIME st = { 1970, 1, 0, 1, 0, 0, 0, 0 }, back;
    FILETIME f, g, now, local, round;
    ULONGLONG a, b;
    BOOL ok;
    static const SYSTEMTIME bad[] = {
        { 1600, 12, 0, 31, 0, 0, 0, 0 }, { 2023, 13, 0, 1, 0, 0, 0, 0 }, { 2023, 2, 0, 29, 0, 0, 0, 0 },
        { 2023, 1, 0, 0, 0, 0, 0, 0 }, { 2023, 1, 0, 1, 24, 0, 0, 0 }, { 2023, 1, 0, 1, 0, 60, 0, 0 },
        { 2023, 1, 0, 1, 0, 0, 60, 0 }, { 2023, 1, 0, 1, 0, 0, 0, 1000 }, { 30828, 1, 0, 1, 0, 0, 0, 0 },
    };
    unsigned i;

    if (argc > 1 && !strcmp(argv[1], "tz")) {
        /* The host's time zone (TZ), this year's transitions in absolute form. */
        TIME_ZONE_INFORMATION tz;
        DWORD id = GetTimeZoneInformation(&tz);
        printf("id %lu bias %ld standard bias %ld daylight bias %ld\n", id, tz.Bias, tz.StandardBias, tz.DaylightBias);
        printf("daylight starts month %u day-of-week %u hour %u; standard starts month %u hour %u\n", tz.DaylightDate.wMonth,
               tz.DaylightDate.wDayOfWeek, tz.DaylightDate.wHour, tz.StandardDate.wMonth, tz.StandardDate.wHour);
        return 0;
    }

    ok = SystemTimeToFileTime(&st, &f);
    printf("SystemTimeToFileTime(1970-01-01): %d %llu\n", ok, ft(&f));
    st.wYear = 2000; st.wMonth = 2; st.wDay = 29; st.wHour = 23; st.wMinute = 59; st.wSecond = 58; st.wMilliseconds = 999;
    st.wDayOfWeek = 6; /* ignored */
    ok = SystemTimeToFileTime(&st, &f);
    printf("SystemTimeToFileTime(2000-02-29 23:59:58.999): %d %llu\n", ok, ft(&f));
    FileTimeToSystemTime(&f, &back);
    show("back", &back);
    f.dwLowDateTime = 0; f.dwHighDateTime = 0;
    FileTimeToSystemTime(&f, &back);
    show("FILETIME 0", &back);
    f.dwLowDateTime = 0xFFFFFFFF; f.dwHighDateTime = 0x7FFFFFFF;
    ok = FileTimeToSystemTime(&f, &back);
    printf("largest: %d\n", ok);
    show("largest", &back);
    /* "It must be less than 0x8000000000000000. Otherwise, the function fails." */
    f.dwHighDateTime = 0x80000000;
    SetLastError(0);
    ok = FileTimeToSystemTime(&f, &back);
    printf("0x8000000000000000: %d error %lu\n", ok, GetLastError());
    for (i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        SetLastError(0);
        ok = SystemTimeToFileTime(&bad[i], &g);
        printf("invalid %04u-%02u-%02u %02u:%02u:%02u.%03u: %d error %lu\n", bad[i].wYear, bad[i].wMonth, bad[i].wDay,
               bad[i].wHour, bad[i].wMinute, bad[i].wSecond, bad[i].wMilliseconds, ok, GetLastError());
    }
    st.wYear = 2024; st.wMonth = 12; st.wDay = 31; st.wHour = 12; st.wMinute = 0; st.wSecond = 0; st.wMilliseconds = 0;
    SystemTimeToFileTime(&st, &f);
    FileTimeToSystemTime(&f, &back);
    show("2024-12-31 12:00", &back);
    st.wYear = 2024; st.wMonth = 12; st.wDay = 31;
    st.wHour = 11;
    SystemTimeToFileTime(&st, &g);
    printf("CompareFileTime: %ld %ld %ld\n", CompareFileTime(&g, &f), CompareFileTime(&f, &g), CompareFileTime(&f, &f));

    GetSystemTimeAsFileTime(&now);
    a = ft(&now);
    printf("now after 2020: %d\n", a > 132223104000000000ULL);
    GetSystemTimePreciseAsFileTime(&g);
    b = ft(&g);
    printf("precise within 10 s: %d\n", b >= a && b - a < 100000000ULL);
    FileTimeToLocalFileTime(&now, &local);
    LocalFileTimeToFileTime(&local, &round);
    printf("local round trip: %d\n", ft(&round) == a);
    GetSystemTime(&st);
    SystemTimeToFileTime(&st, &g);
    b = ft(&g);
    printf("GetSystemTime agrees: %d\n", (b > a ? b - a : a - b) < 100000000ULL);
    return 0;
}
