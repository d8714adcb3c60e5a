#!/usr/bin/env bash
# Installs what a fresh Debian machine lacks to build and test winsock-wasm:
# Emscripten (emcc) and clang 16, a native C compiler (benchmarks), wabt (import checks), GNU make
# and CMake (the build-system tests),
# mingw-w64 for i686 (layout conformance), Chromium (browser tests), and the npm dependencies. Safe to run again.
# Regenerating the behaviour golden files (npm run conformance) also needs
# gcc-mingw-w64-x86-64 and wine; npm test does not.
set -euo pipefail
cd "$(dirname "$0")/.."

need=()
command -v emcc >/dev/null 2>&1 || need+=(emscripten)
# winsock-cc compiles with clang 16 under Debian's emcc (its clang 14 ignores -fshort-wchar).
command -v clang-16 >/dev/null 2>&1 || need+=(clang-16)
command -v gcc >/dev/null 2>&1 || need+=(gcc)
command -v wasm-objdump >/dev/null 2>&1 || need+=(wabt)
command -v make >/dev/null 2>&1 || need+=(make)
command -v cmake >/dev/null 2>&1 || need+=(cmake)
# The layout conformance test compares our headers with mingw-w64's Win32 (i686) ones.
command -v i686-w64-mingw32-gcc >/dev/null 2>&1 || need+=(gcc-mingw-w64-i686)
# scripts/gen-unavailable.mjs reads mingw-w64's Windows headers.
[ -f /usr/share/mingw-w64/include/windows.h ] || need+=(mingw-w64-common)
# Browser tests drive Debian's Chromium with playwright-core (no browser download).
[ -x /usr/bin/chromium ] || need+=(chromium)
if [ ${#need[@]} -gt 0 ]; then
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  echo "setup: installing ${need[*]}"
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
fi

if [ -f package-lock.json ]; then npm ci --no-audit --no-fund; else npm install --no-audit --no-fund; fi
npm run build --silent
echo "setup: emcc $(NODE_PATH=/usr/share/nodejs emcc --version | head -1 | sed 's/.*) //'), node $(node --version)"
