/* Does not compile anywhere: try_compile must report it. */
int main(void) { return this_is_not_declared; }
