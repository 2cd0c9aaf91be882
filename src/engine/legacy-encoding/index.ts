/** Text typed in the legacy Vietnamese encodings (TCVN3, VNI-Windows): detection, decoding, the conversion plan. */
export { detectLegacy, decodeLegacy, fromLegacy, type LegacyEncoding } from './detect';
export { isSyllable } from './syllable';
export { planEncodingFix, type EncodingFix, type EncodingColumn, type EncodingPlan } from './plan';
