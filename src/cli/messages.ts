import { en } from '../i18n/en';
import { vi } from '../i18n/vi';

/** The command line speaks Vietnamese first; messages about bad input carry the English too. */
export const both = (pick: (m: typeof vi) => string): string => `${pick(vi)} / ${pick(en)}`;
export { vi, en };
