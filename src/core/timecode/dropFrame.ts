/**
 * Drop-frame labelling (SMPTE 12M).
 *
 * At 29.97 fps a timecode counting 30 labels per second runs 3.6 s per hour ahead of the clock; drop-
 * frame keeps it in step by skipping the labels ;00 and ;01 (four labels, ;00 to ;03, at 59.94) at the
 * start of every minute except minutes 00, 10, 20… No frame is dropped: only names are. Ten minutes
 * therefore hold 17 982 frames at 29.97 DF (35 964 at 59.94 DF) and one hour 107 892.
 *
 * The "nominal" count below is the frame count a non-drop timecode would need to show the same label.
 * The formulas are the classic ones (Andrew Duncan, reused by smpte-timecode), applied to the absolute
 * value so that negative durations label symmetrically.
 */

/**
 * Label count of the `frames`-th frame (frames ≥ 0) when `drop` labels are skipped per minute at a
 * counting base of `base` labels per second.
 */
export function nominalFromFrames(frames: number, base: number, drop: number): number {
  const perTenMinutes = base * 600 - 9 * drop;
  const perMinute = base * 60 - drop;
  const tens = Math.floor(frames / perTenMinutes);
  const rest = frames - tens * perTenMinutes;
  // The first minute of each ten keeps all its labels; each following minute starts `drop` labels late.
  const minutesDropped = rest > drop ? Math.floor((rest - drop) / perMinute) : 0;
  return frames + drop * (9 * tens + minutesDropped);
}

/** Frame count of a label given as total minutes and the label count within the minute structure. */
export function framesFromNominal(nominal: number, totalMinutes: number, drop: number): number {
  return nominal - drop * (totalMinutes - Math.floor(totalMinutes / 10));
}

/** True when the label MM:SS;FF does not exist in drop-frame (e.g. 00:01:00;00 at 29.97 DF). */
export function isSkippedLabel(minutes: number, seconds: number, frames: number, drop: number): boolean {
  return drop > 0 && seconds === 0 && frames < drop && minutes % 10 !== 0;
}
