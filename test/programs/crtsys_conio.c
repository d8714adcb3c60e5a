/* conio.h on a piped standard input: _getch reads without echo, _getche echoes, _ungetch
 * puts one character back, _putch and _cputs write after what printf buffered. */
#include <conio.h>
#include <stdio.h>

int main(void) {
  printf("start ");
  int a = _getch();
  int b = _getche();
  printf(" [%c%c] ", a, b);
  int u = _ungetch('z');
  int u2 = _ungetch('y');
  int z = _getch();
  printf("ungetch %d %d %c ", u == 'z', u2, z);
  _putch('!');
  int r = _cputs(" cputs\n");
  printf("cputs %d\n", r);
  return 0;
}
