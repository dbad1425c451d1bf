/**
 * Picture sizes users type in `Rushes[Résolution]`, `Productions[Résolution projet]` and
 * `Specs[Résolution]`, with the names they give them. Sizes are those of the standards that define
 * them (ITU-R BT.709 for HD, BT.2020 for UHD, SMPTE 428-1 for the DCI containers, ITU-R BT.601 for
 * 576i): data, so that a facility can add a camera's native size without touching the checks.
 * `WIDTHxHEIGHT` (e.g. `2880x1620`) and `1080i25`, `2160p25` are read without being listed here.
 */
export interface ResolutionName {
  /** French label shown in messages. */
  label: string;
  width: number;
  height: number;
  /** What users type, compared without case, accents or spaces. */
  names: readonly string[];
}

export const RESOLUTION_NAMES: readonly ResolutionName[] = [
  { label: "SD 720×576", width: 720, height: 576, names: ["sd", "pal", "576", "576i"] },
  { label: "HD 1280×720", width: 1280, height: 720, names: ["720", "720p", "hd 720"] },
  { label: "HD 1920×1080", width: 1920, height: 1080, names: ["hd", "full hd", "fhd", "hd 1080", "1080", "1080i", "1080p", "1080psf"] },
  { label: "2K DCI 2048×1080", width: 2048, height: 1080, names: ["2k", "2k dci", "dci 2k"] },
  { label: "UHD 3840×2160", width: 3840, height: 2160, names: ["uhd", "uhd-1", "4k uhd", "uhd 4k", "2160", "2160p"] },
  { label: "4K DCI 4096×2160", width: 4096, height: 2160, names: ["4k", "4k dci", "dci 4k"] },
  { label: "8K UHD 7680×4320", width: 7680, height: 4320, names: ["8k", "8k uhd", "uhd-2", "4320p"] },
];
