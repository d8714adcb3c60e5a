// kernel32 imports for AssemblyScript guests (the networking subset wasm/include/winbase.h declares).
import { runCompletionRoutines } from "./apc";

@external("kernel32", "Sleep") export declare function Sleep(dwMilliseconds: u32): void;
/** The raw host waits: they answer WAIT_IO_COMPLETION without running the routines. */
@external("kernel32", "SleepEx") export declare function __SleepEx(dwMilliseconds: u32, bAlertable: i32): u32;
@external("kernel32", "WaitForSingleObjectEx") export declare function __WaitForSingleObjectEx(hHandle: u32, dwMilliseconds: u32, bAlertable: i32): u32;
@external("kernel32", "WaitForMultipleObjectsEx") export declare function __WaitForMultipleObjectsEx(nCount: u32, lpHandles: usize, bWaitAll: i32, dwMilliseconds: u32, bAlertable: i32): u32;
@external("kernel32", "WaitForSingleObject") export declare function WaitForSingleObject(hHandle: u32, dwMilliseconds: u32): u32;
@external("kernel32", "WaitForMultipleObjects") export declare function WaitForMultipleObjects(nCount: u32, lpHandles: usize, bWaitAll: i32, dwMilliseconds: u32): u32;
@external("kernel32", "GetLastError") export declare function GetLastError(): u32;
@external("kernel32", "SetLastError") export declare function SetLastError(dwErrCode: u32): void;
@external("kernel32", "GetTickCount") export declare function GetTickCount(): u32;
@external("kernel32", "GetTickCount64") export declare function GetTickCount64(): u64;
@external("kernel32", "QueryPerformanceCounter") export declare function QueryPerformanceCounter(lpPerformanceCount: usize): i32;
@external("kernel32", "QueryPerformanceFrequency") export declare function QueryPerformanceFrequency(lpFrequency: usize): i32;
@external("kernel32", "CloseHandle") export declare function CloseHandle(hObject: u32): i32;
@external("kernel32", "CreateEventA") export declare function CreateEventA(lpEventAttributes: usize, bManualReset: i32, bInitialState: i32, lpName: usize): u32;
@external("kernel32", "CreateEventW") export declare function CreateEventW(lpEventAttributes: usize, bManualReset: i32, bInitialState: i32, lpName: usize): u32;
@external("kernel32", "SetEvent") export declare function SetEvent(hEvent: u32): i32;
@external("kernel32", "ResetEvent") export declare function ResetEvent(hEvent: u32): i32;
@external("kernel32", "CancelIo") export declare function CancelIo(hFile: u32): i32;
@external("kernel32", "CancelIoEx") export declare function CancelIoEx(hFile: u32, lpOverlapped: usize): i32;

/** SleepEx as on Windows: an alertable sleep runs queued completion routines and returns WAIT_IO_COMPLETION. */
export function SleepEx(dwMilliseconds: u32, bAlertable: i32): u32 {
  return runCompletionRoutines(__SleepEx(dwMilliseconds, bAlertable));
}
export function WaitForSingleObjectEx(hHandle: u32, dwMilliseconds: u32, bAlertable: i32): u32 {
  return runCompletionRoutines(__WaitForSingleObjectEx(hHandle, dwMilliseconds, bAlertable));
}
export function WaitForMultipleObjectsEx(nCount: u32, lpHandles: usize, bWaitAll: i32, dwMilliseconds: u32, bAlertable: i32): u32 {
  return runCompletionRoutines(__WaitForMultipleObjectsEx(nCount, lpHandles, bWaitAll, dwMilliseconds, bAlertable));
}
