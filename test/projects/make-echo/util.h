/* Reporting Winsock failures as a Windows program does. */
#ifndef UTIL_H
#define UTIL_H
void report_error(const char *what);
#endif
