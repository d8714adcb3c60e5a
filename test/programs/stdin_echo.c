/* Reads lines from stdin and prints them with their length; exits with the line count. */
#include <windows.h>
#include <stdio.h>
#include <string.h>

int main(void)
{
    char line[256];
    int count = 0;
    while (fgets(line, sizeof(line), stdin)) {
        line[strcspn(line, "\n")] = 0;
        printf("%d:%s\n", (int)strlen(line), line);
        count++;
    }
    fprintf(stderr, "lines=%d\n", count);
    return count;
}
