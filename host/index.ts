export { WinsockHost, type HostOptions } from './instance.js';
export { IMPORTS, type ImportSpec } from './abi/imports.js';
export type { Suspender } from './guests/suspender.js';
export { EmscriptenSuspender } from './guests/emscripten.js';
export { nodeNetwork } from './transports/node.js';
export type { Network, SockAddr } from './core/transport.js';
export { runProgram, type RunOptions } from './node.js';
export { runAssemblyScript, instantiateAssemblyScript, type AssemblyScriptRunOptions } from './asm.js';
