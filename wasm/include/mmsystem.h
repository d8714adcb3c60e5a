/*
 * mmsystem.h - winmm (winsock-wasm): the multimedia timer functions of
 * timeapi.h (timeGetTime, timeBeginPeriod, timeEndPeriod, timeGetDevCaps),
 * MMRESULT and its codes. Sound, MIDI and joystick functions are not provided.
 */
#ifndef _INC_MMSYSTEM
#define _INC_MMSYSTEM

#include "windef.h"
#include "timeapi.h"

#endif /* _INC_MMSYSTEM */
