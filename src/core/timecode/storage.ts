/**
 * Storage needed for a duration at a bitrate, as data wranglers size cards and backups: real seconds
 * (so 29.97 counts 1001/30000 s a frame) × megabits per second ÷ 8 bits ÷ 1000 = gigabytes, in the
 * decimal units that camera makers and drive labels use (1 Go = 1000 Mo).
 */
import type { FrameRate } from "./rates";
import { framesToSeconds } from "./seconds";

export function storageGigabytes(frames: number, rate: FrameRate, megabitsPerSecond: number): number {
  return (framesToSeconds(frames, rate) * megabitsPerSecond) / 8 / 1000;
}
