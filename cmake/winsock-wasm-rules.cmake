# Loaded by CMake after its Windows GNU platform rules (CMAKE_USER_MAKE_RULES_OVERRIDE_<LANG>,
# set by winsock-wasm.cmake): what differs when the linker is wasm-ld behind winsock-cc.
foreach(lang C CXX)
  # No import library or PE image version: a wasm module has neither.
  set(CMAKE_${lang}_LINK_EXECUTABLE
    "<CMAKE_${lang}_COMPILER> <FLAGS> <CMAKE_${lang}_LINK_FLAGS> <LINK_FLAGS> <OBJECTS> -o <TARGET> <LINK_LIBRARIES>")
  # Objects and libraries go on the link's command line (Linux takes long ones).
  set(CMAKE_${lang}_USE_RESPONSE_FILE_FOR_OBJECTS 0)
  set(CMAKE_${lang}_USE_RESPONSE_FILE_FOR_LIBRARIES 0)
  # Windows' libraries are the host's imports: nothing to add to every link.
  set(CMAKE_${lang}_STANDARD_LIBRARIES_INIT "")
endforeach()

# No DLLs: add_library(SHARED) builds a static library (CMake says so), as on Emscripten.
set_property(GLOBAL PROPERTY TARGET_SUPPORTS_SHARED_LIBS FALSE)

# check_function_exists and check_library_exists only mean something when the program
# links, and configure checks build static libraries (see winsock-wasm.cmake). Their
# try_compile (a project named CMAKE_TRY_COMPILE, compiled with -DCHECK_FUNCTION_EXISTS)
# also links the library's main, so a function nothing defines is not found.
if(CMAKE_PROJECT_NAME STREQUAL "CMAKE_TRY_COMPILE" AND COMPILE_DEFINITIONS MATCHES "-DCHECK_FUNCTION_EXISTS=")
  foreach(lang C CXX)
    set(CMAKE_${lang}_ARCHIVE_FINISH
      "<CMAKE_RANLIB> <TARGET>"
      "<CMAKE_${lang}_COMPILER> -O0 -Wl,--whole-archive <TARGET> -Wl,--no-whole-archive -o <TARGET>.exe")
  endforeach()
endif()
