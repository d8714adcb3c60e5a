/* Threads are not supported yet: a guest runs on one thread. Emscripten's single-threaded
 * libc answers pthread_create with EAGAIN and nothing else, so std::thread would throw a
 * bare "Resource temporarily unavailable"; this one says why on stderr first. The C++
 * library turns the EAGAIN into std::system_error (errc::resource_unavailable_try_again),
 * and a program built with -fno-exceptions aborts with that message. */
#include <errno.h>
#include <pthread.h>
#include <unistd.h>

int pthread_create(pthread_t *thread, const pthread_attr_t *attr, void *(*start)(void *), void *arg) {
    static const char msg[] = "winsock-wasm: threads are not supported yet: pthread_create (std::thread) fails with EAGAIN\n";
    (void)thread; (void)attr; (void)start; (void)arg;
    write(2, msg, sizeof msg - 1);
    return EAGAIN;
}
