/**
 * What kind of deliverable a name means ("PAD HD 5.1" is a PAD, "Version internationale (M&E)" the M&E),
 * from the words of `src/data/technical/deliverableKinds.ts`: the first kind one of whose words appears
 * in the name wins.
 */
import { DELIVERABLE_KINDS, OTHER_KIND, type DeliverableKindInfo } from "../../data/technical/deliverableKinds";
import { hasPhrase } from "./words";

export function deliverableKindOf(name: string): DeliverableKindInfo {
  return DELIVERABLE_KINDS.find((k) => k.words.some((w) => hasPhrase(name, w))) ?? OTHER_KIND;
}
