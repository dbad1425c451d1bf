/** Report sheets wrap long texts with the shared helper. */
export { wrapWords } from "../wrap";
