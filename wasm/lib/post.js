// Appended to Emscripten's generated loader (--post-js): gives the winsock-wasm
// host Emscripten's Asyncify runtime and a main() runner that waits for a main
// which suspended (Emscripten 3.1.x's callMain loses that exit status).
Module['__winsock'] = {
  Asyncify: Asyncify,
  run: function (args) {
    var argc = args.length + 1;
    var argv = stackAlloc((argc + 1) * 4);
    HEAP32[argv >> 2] = allocateUTF8OnStack(thisProgram);
    for (var i = 1; i < argc; i++) HEAP32[(argv >> 2) + i] = allocateUTF8OnStack(args[i - 1]);
    HEAP32[(argv >> 2) + argc] = 0;
    try {
      var ret = Module['_main'](argc, argv);
      if (Asyncify.currData) {
        Asyncify.whenDone().then(function (r) {
          try { exit(r, true); } catch (e) { handleException(e); }
        }, function (e) { handleException(e); });
        return;
      }
      exit(ret, true);
    } catch (e) {
      handleException(e);
    }
  },
};

// With the real file system (NODERAWFS), the program's streams 0, 1 and 2 are the process's own
// fds, and at exit Emscripten closes every stream: the host, which still writes to stdout and
// stderr after that (the exit flush, a report), would write to closed fds, and the numbers would
// be free for whatever opens next. The process's standard fds stay open.
if (typeof FS !== 'undefined' && typeof FS.closeStream === 'function') {
  var closeStream = FS.close;
  FS.close = function (stream) {
    if (stream && !stream.stream_ops && stream.nfd >= 0 && stream.nfd <= 2) {
      FS.closeStream(stream.fd);
      return;
    }
    return closeStream(stream);
  };
}
