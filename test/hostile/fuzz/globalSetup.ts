/** Before the full hostile run: the shards' old results are cleared and the clock starts. */
import * as fs from "fs";
import { SHARD_DIR } from "./shard";

export default function setup(): void {
  fs.rmSync(SHARD_DIR, { recursive: true, force: true });
  process.env.FUZZ_STARTED = String(Date.now());
}
