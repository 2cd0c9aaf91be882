import path from 'node:path';

export const ROOT = path.resolve(__dirname, '../../..');
export const DIST = path.join(ROOT, 'dist');
/** Screenshots of the e2e runs, to look at (gitignored). */
export const SCREENSHOTS = path.join(ROOT, 'test-artifacts', 'screenshots');
/** Debian's Chromium (`apt-get install -y chromium`; .ci/run installs it when missing). */
export const CHROMIUM = process.env.DVK_CHROMIUM ?? '/usr/bin/chromium';
