/*
 * kernel32_time.c - the system clock as FILETIME and SYSTEMTIME, and their
 * conversions (sysinfoapi.h, timezoneapi.h). A FILETIME counts 100 ns since
 * 1601-01-01 UTC; 1970-01-01 is 116444736000000000.
 */
#include <string.h>
#include <time.h>
#include <windows.h>
#include <sysinfoapi.h>
#include <timezoneapi.h>

#define UNIX_EPOCH_FT 116444736000000000ULL
#define TICKS_PER_SECOND 10000000ULL
#define TICKS_PER_DAY (86400ULL * TICKS_PER_SECOND)

static ULONGLONG ft_get(const FILETIME *ft) { return ((ULONGLONG)ft->dwHighDateTime << 32) | ft->dwLowDateTime; }
static void ft_set(FILETIME *ft, ULONGLONG v)
{
    ft->dwLowDateTime = (DWORD)v;
    ft->dwHighDateTime = (DWORD)(v >> 32);
}

static ULONGLONG now_ticks(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    return UNIX_EPOCH_FT + (ULONGLONG)ts.tv_sec * TICKS_PER_SECOND + (ULONGLONG)ts.tv_nsec / 100;
}

static int leap(unsigned y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }
static unsigned month_days(unsigned y, unsigned m)
{
    static const unsigned char days[12] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
    return m == 2 && leap(y) ? 29 : days[m - 1];
}
/* Days from 1601-01-01 to y-m-d (the proleptic Gregorian calendar). */
static ULONGLONG days_since_1601(unsigned y, unsigned m, unsigned d)
{
    ULONGLONG yy = y - 1601, days = yy * 365 + yy / 4 - yy / 100 + yy / 400;
    unsigned i;
    for (i = 1; i < m; i++) days += month_days(y, i);
    return days + d - 1;
}

static void ticks_to_st(ULONGLONG t, SYSTEMTIME *st)
{
    ULONGLONG days = t / TICKS_PER_DAY, rest = t % TICKS_PER_DAY;
    unsigned y = 1601, m = 1;
    st->wDayOfWeek = (WORD)((days + 1) % 7); /* 1601-01-01 was a Monday */
    for (;;) {
        /* whole 400-year cycles first, then years */
        if (days >= 146097) { days -= 146097; y += 400; continue; }
        if (days >= (ULONGLONG)(leap(y) ? 366 : 365)) { days -= leap(y) ? 366 : 365; y++; continue; }
        break;
    }
    while (days >= month_days(y, m)) days -= month_days(y, m++);
    st->wYear = (WORD)y;
    st->wMonth = (WORD)m;
    st->wDay = (WORD)(days + 1);
    st->wHour = (WORD)(rest / (3600 * TICKS_PER_SECOND));
    st->wMinute = (WORD)(rest / (60 * TICKS_PER_SECOND) % 60);
    st->wSecond = (WORD)(rest / TICKS_PER_SECOND % 60);
    st->wMilliseconds = (WORD)(rest / 10000 % 1000);
}

/* The local time's offset from UTC now, in seconds east (daylight saving time included). */
static long offset_at(time_t t, int *isdst)
{
    struct tm tm;
    localtime_r(&t, &tm);
    if (isdst) *isdst = tm.tm_isdst > 0;
    return tm.tm_gmtoff;
}
static long offset_now(void) { return offset_at(time(NULL), NULL); }

VOID WINAPI GetSystemTimeAsFileTime(LPFILETIME lpSystemTimeAsFileTime) { ft_set(lpSystemTimeAsFileTime, now_ticks()); }
VOID WINAPI GetSystemTimePreciseAsFileTime(LPFILETIME lpSystemTimeAsFileTime) { ft_set(lpSystemTimeAsFileTime, now_ticks()); }
VOID WINAPI GetSystemTime(LPSYSTEMTIME lpSystemTime) { ticks_to_st(now_ticks(), lpSystemTime); }
VOID WINAPI GetLocalTime(LPSYSTEMTIME lpSystemTime)
{
    ULONGLONG t = now_ticks();
    time_t secs = (time_t)((t - UNIX_EPOCH_FT) / TICKS_PER_SECOND);
    ticks_to_st(t + (ULONGLONG)((LONGLONG)offset_at(secs, NULL) * (LONGLONG)TICKS_PER_SECOND), lpSystemTime);
}

BOOL WINAPI FileTimeToSystemTime(const FILETIME *lpFileTime, LPSYSTEMTIME lpSystemTime)
{
    /* "It must be less than 0x8000000000000000. Otherwise, the function fails." */
    if (lpFileTime->dwHighDateTime & 0x80000000u) {
        SetLastError(ERROR_INVALID_PARAMETER);
        return FALSE;
    }
    ticks_to_st(ft_get(lpFileTime), lpSystemTime);
    return TRUE;
}

BOOL WINAPI SystemTimeToFileTime(const SYSTEMTIME *st, LPFILETIME lpFileTime)
{
    /* The members' documented ranges; wDayOfWeek is ignored. */
    if (st->wYear < 1601 || st->wYear > 30827 || st->wMonth < 1 || st->wMonth > 12 || st->wDay < 1 ||
        st->wDay > month_days(st->wYear, st->wMonth) || st->wHour > 23 || st->wMinute > 59 || st->wSecond > 59 ||
        st->wMilliseconds > 999) {
        SetLastError(ERROR_INVALID_PARAMETER);
        return FALSE;
    }
    ft_set(lpFileTime, days_since_1601(st->wYear, st->wMonth, st->wDay) * TICKS_PER_DAY +
                           ((ULONGLONG)st->wHour * 3600 + st->wMinute * 60 + st->wSecond) * TICKS_PER_SECOND +
                           (ULONGLONG)st->wMilliseconds * 10000);
    return TRUE;
}

LONG WINAPI CompareFileTime(const FILETIME *lpFileTime1, const FILETIME *lpFileTime2)
{
    ULONGLONG a = ft_get(lpFileTime1), b = ft_get(lpFileTime2);
    return a < b ? -1 : a > b ? 1 : 0;
}

BOOL WINAPI FileTimeToLocalFileTime(const FILETIME *lpFileTime, LPFILETIME lpLocalFileTime)
{
    ft_set(lpLocalFileTime, ft_get(lpFileTime) + (ULONGLONG)((LONGLONG)offset_now() * (LONGLONG)TICKS_PER_SECOND));
    return TRUE;
}

BOOL WINAPI LocalFileTimeToFileTime(const FILETIME *lpLocalFileTime, LPFILETIME lpFileTime)
{
    ft_set(lpFileTime, ft_get(lpLocalFileTime) - (ULONGLONG)((LONGLONG)offset_now() * (LONGLONG)TICKS_PER_SECOND));
    return TRUE;
}

/* The first second of [lo, hi) whose daylight saving state is not that of lo. */
static time_t transition(time_t lo, time_t hi)
{
    int d0, d;
    offset_at(lo, &d0);
    while (hi - lo > 1) {
        time_t mid = lo + (hi - lo) / 2;
        offset_at(mid, &d);
        if (d == d0) lo = mid;
        else hi = mid;
    }
    return hi;
}

static void name(WCHAR *out, const char *in)
{
    unsigned i;
    for (i = 0; i < 31 && in && in[i]; i++) out[i] = (WCHAR)(unsigned char)in[i];
    out[i] = 0;
}

DWORD WINAPI GetTimeZoneInformation(LPTIME_ZONE_INFORMATION tzi)
{
    time_t now = time(NULL), jan, jul, year_end;
    struct tm tm;
    int dst_jan, dst_jul, dst_now;
    long off_jan, off_jul, off_std, off_dst;
    memset(tzi, 0, sizeof *tzi);
    gmtime_r(&now, &tm);
    tm.tm_mon = 0; tm.tm_mday = 1; tm.tm_hour = 0; tm.tm_min = 0; tm.tm_sec = 0;
    jan = timegm(&tm);
    tm.tm_mon = 6;
    jul = timegm(&tm);
    tm.tm_mon = 0; tm.tm_year++;
    year_end = timegm(&tm);
    off_jan = offset_at(jan, &dst_jan);
    off_jul = offset_at(jul, &dst_jul);
    offset_at(now, &dst_now);
    off_std = dst_jan ? off_jul : off_jan;
    off_dst = dst_jan ? off_jan : off_jul;
    tzset();
    tzi->Bias = (LONG)(-off_std / 60); /* "UTC = local time + bias" */
    name(tzi->StandardName, tzname[0]);
    name(tzi->DaylightName, tzname[1]);
    if (dst_jan == dst_jul) return TIME_ZONE_ID_UNKNOWN; /* no daylight saving time */
    tzi->DaylightBias = (LONG)(-(off_dst - off_std) / 60);
    {
        /* The two changes of this year, in local time of the state before each (absolute form). */
        time_t a = transition(jan, jul), b = transition(jul, year_end);
        time_t to_dst = dst_jan ? b : a, to_std = dst_jan ? a : b;
        ticks_to_st(UNIX_EPOCH_FT + (ULONGLONG)(to_dst + off_std) * TICKS_PER_SECOND, &tzi->DaylightDate);
        ticks_to_st(UNIX_EPOCH_FT + (ULONGLONG)(to_std + off_dst) * TICKS_PER_SECOND, &tzi->StandardDate);
    }
    return dst_now ? TIME_ZONE_ID_DAYLIGHT : TIME_ZONE_ID_STANDARD;
}
