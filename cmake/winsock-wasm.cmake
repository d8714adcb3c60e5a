# CMake toolchain file for winsock-wasm: Windows programs built with winsock-cc to
# run under node.
#   cmake -S . -B build -DCMAKE_TOOLCHAIN_FILE=<package>/cmake/winsock-wasm.cmake
#   (or: winsock-cmake cmake -S . -B build)
#
# The target is Windows with a GNU-style compiler, as with mingw-w64: WIN32 and MINGW
# are true, $<PLATFORM_ID:Windows> holds, executables are <name>.exe (a launcher beside
# <name>.wasm: node build/app.exe), static libraries lib<name>.a, and
# target_link_libraries(app ws2_32) is accepted (Windows' import libraries are the wasm
# imports the host provides). There are no DLLs: add_library(SHARED) builds a static
# library, as on Emscripten.

set(CMAKE_SYSTEM_NAME Windows)
set(CMAKE_SYSTEM_VERSION 10.0)
# The guest has Win32's 32-bit layouts; projects reading the processor to pick x86 or
# x64 sources take their 32-bit branch, as on Emscripten, which reports x86 too.
set(CMAKE_SYSTEM_PROCESSOR x86)

get_filename_component(WINSOCK_WASM_ROOT "${CMAKE_CURRENT_LIST_DIR}/.." ABSOLUTE)
set(WINSOCK_WASM 1)

set(CMAKE_C_COMPILER "${WINSOCK_WASM_ROOT}/bin/winsock-cc.js")
if(EXISTS "${WINSOCK_WASM_ROOT}/bin/winsock-c++.js")
  set(CMAKE_CXX_COMPILER "${WINSOCK_WASM_ROOT}/bin/winsock-c++.js")
endif()
set(CMAKE_AR "${WINSOCK_WASM_ROOT}/bin/winsock-ar.js" CACHE FILEPATH "winsock-wasm archiver")
set(CMAKE_RANLIB "${WINSOCK_WASM_ROOT}/bin/winsock-ranlib.js" CACHE FILEPATH "winsock-wasm ranlib")
# Clang's IPO rules look for llvm-ar and llvm-ranlib by themselves; these are the same tools.
foreach(lang C CXX)
  set(CMAKE_${lang}_COMPILER_AR "${CMAKE_AR}" CACHE FILEPATH "winsock-wasm archiver")
  set(CMAKE_${lang}_COMPILER_RANLIB "${CMAKE_RANLIB}" CACHE FILEPATH "winsock-wasm ranlib")
endforeach()

# What CMake's Windows GNU rules assume of a PE linker (import libraries, image
# versions, default Win32 libraries, DLLs) is adjusted once they are loaded.
set(CMAKE_USER_MAKE_RULES_OVERRIDE_C "${CMAKE_CURRENT_LIST_DIR}/winsock-wasm-rules.cmake")
set(CMAKE_USER_MAKE_RULES_OVERRIDE_CXX "${CMAKE_CURRENT_LIST_DIR}/winsock-wasm-rules.cmake")

# Configure checks (CheckTypeSize, the compiler's ABI and features) read strings out of
# what try_compile built. An executable here is a small JS launcher and the program's
# data is in the .wasm beside it, so checks build static libraries, whose objects hold
# that data. try_run still links an executable and runs it with the emulator.
set(CMAKE_TRY_COMPILE_TARGET_TYPE STATIC_LIBRARY)

if(NOT DEFINED CMAKE_CROSSCOMPILING_EMULATOR)
  find_program(WINSOCK_WASM_NODE NAMES node nodejs)
  if(WINSOCK_WASM_NODE)
    set(CMAKE_CROSSCOMPILING_EMULATOR "${WINSOCK_WASM_NODE}" CACHE FILEPATH "Runs the target's executables")
  endif()
endif()
# Read here, so cmake does not call a -DCMAKE_CROSSCOMPILING_EMULATOR from winsock-cmake
# unused in projects without try_run or tests.
if(CMAKE_CROSSCOMPILING_EMULATOR)
endif()

# find_path and find_library look in the package (wasm/include), never in the build
# machine's /usr; programs are found on the build machine.
list(APPEND CMAKE_FIND_ROOT_PATH "${WINSOCK_WASM_ROOT}/wasm")
set(CMAKE_FIND_ROOT_PATH_MODE_PROGRAM NEVER)
if(NOT CMAKE_FIND_ROOT_PATH_MODE_LIBRARY)
  set(CMAKE_FIND_ROOT_PATH_MODE_LIBRARY ONLY)
endif()
if(NOT CMAKE_FIND_ROOT_PATH_MODE_INCLUDE)
  set(CMAKE_FIND_ROOT_PATH_MODE_INCLUDE ONLY)
endif()
if(NOT CMAKE_FIND_ROOT_PATH_MODE_PACKAGE)
  set(CMAKE_FIND_ROOT_PATH_MODE_PACKAGE ONLY)
endif()
