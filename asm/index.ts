// Windows Sockets 2 for AssemblyScript guests of winsock-wasm: the ws2_32 and kernel32
// imports, constants and Win32 structure layouts. See asm/README.md.
export * from "./ws2_32";
export * from "./kernel32";
export * from "./constants";
export * from "./layouts";
export * from "./runtime";
export { routineIndex, CompletionRoutine } from "./apc";
