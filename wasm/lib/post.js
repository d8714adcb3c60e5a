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
      // __argc, __argv, __wargv and the command line, for every kind of main, and the
      // process id for _getpid (crt_main.c); a page has no process: 1. It returns the
      // narrow envp, __wargv and the wide envp.
      var entry = Module['_winsock_crt_args'](argc, argv, (typeof process === 'object' && process && process.pid) || 1) >> 2;
      // main and wmain take two parameters or three (envp), which only the program knows: a
      // call from JS passes what the callee takes (crt_main.c). The other entry points have
      // fixed types and winsock_crt_main calls them.
      var ret = Module['_main'] ? Module['_main'](argc, argv, HEAP32[entry])
        : Module['_wmain'] ? Module['_wmain'](argc, HEAP32[entry + 1], HEAP32[entry + 2])
        // C++'s wmain with envp, an overload of the extern "C" wmain (winsock_wasm_dialect.h)
        : Module['__Z5wmainiPPwS0_'] ? Module['__Z5wmainiPPwS0_'](argc, HEAP32[entry + 1], HEAP32[entry + 2])
        : Module['_winsock_crt_main'](argc, argv);
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

// C++ exceptions across a suspension. Emscripten's invoke_* wrappers (a call inside a try)
// save the C stack pointer on entry and restore it when they catch. Entered again while
// Asyncify rewinds, they would save the pointer below the frames being rewound, and a later
// catch would leave it there: those frames leak, once per throw, until the function that
// made the call returns (a server loop in main overflows its stack). Here each call keeps
// the pointer saved when it first ran, across the unwind and the rewind (calls unwind
// innermost first and rewind outermost first, so a stack holds them).
if (typeof asmLibraryArg !== 'undefined' && typeof getWasmTableEntry === 'function') {
  var invokeStackPointers = [];
  Object.keys(asmLibraryArg).forEach(function (name) {
    if (name.indexOf('invoke_') !== 0) return;
    var bigintResult = name.charAt(7) === 'j';
    asmLibraryArg[name] = function (index) {
      var sp = Asyncify.state === Asyncify.State.Rewinding ? invokeStackPointers.pop() : stackSave();
      var result;
      try {
        result = getWasmTableEntry(index).apply(null, Array.prototype.slice.call(arguments, 1));
      } catch (e) {
        stackRestore(sp);
        if (e !== e + 0) throw e; // not a C++ exception (a trap, an exit)
        _setThrew(1, 0);
        return bigintResult ? BigInt(0) : undefined;
      }
      if (Asyncify.state === Asyncify.State.Unwinding) invokeStackPointers.push(sp);
      return result;
    };
  });
}

// The environment: a Windows process inherits its parent's. The Node host passes the process's
// own (Module.winsockEnv) and the guest sees exactly that, not Emscripten's defaults (USER=web_user
// ...). Values go in as UTF-8 bytes: Emscripten copies each character's low byte into memory.
if (Module['winsockEnv'] && typeof ENV !== 'undefined') {
  ['USER', 'LOGNAME', 'PATH', 'PWD', 'HOME', 'LANG', '_'].forEach(function (k) { ENV[k] = undefined; });
  var winsockEnv = Module['winsockEnv'];
  Object.keys(winsockEnv).forEach(function (k) {
    if (typeof winsockEnv[k] === 'string' && k !== '' && k.indexOf('=', 1) < 0) {
      ENV[unescape(encodeURIComponent(k))] = unescape(encodeURIComponent(winsockEnv[k]));
    }
  });
}
