/* The CRT's console I/O (conio.h) on standard input and output. */
#include <conio.h>
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

static int pushed_back = EOF; /* _ungetch's character */

int _getch(void) {
  if (pushed_back != EOF) {
    int c = pushed_back;
    pushed_back = EOF;
    return c;
  }
  unsigned char c;
  for (;;) {
    ssize_t n = read(0, &c, 1);
    if (n == 1) return c;
    if (n < 0 && errno == EINTR) continue;
    return EOF;
  }
}

/* "_ungetch returns the character c if it is successful. A return value of EOF indicates an
 * error": one character can be pushed back. */
int _ungetch(int c) {
  if (c == EOF || pushed_back != EOF) return EOF;
  pushed_back = c & 0xff;
  return pushed_back;
}

int _putch(int c) {
  unsigned char b = (unsigned char)c;
  fflush(stdout); /* after what printf has buffered */
  return write(1, &b, 1) == 1 ? b : EOF;
}

int _getche(void) {
  int c = _getch();
  if (c != EOF) _putch(c);
  return c;
}

/* "If successful, _cputs returns 0. If the function fails, it returns a nonzero value." */
int _cputs(const char *s) {
  if (!s) { errno = EINVAL; return -1; }
  fflush(stdout);
  size_t n = strlen(s);
  while (n) {
    ssize_t w = write(1, s, n);
    if (w <= 0) return -1;
    s += w;
    n -= (size_t)w;
  }
  return 0;
}
