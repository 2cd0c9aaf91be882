import { mkdirSync } from 'node:fs';
import { buildOnce } from './helpers/build';
import { SCREENSHOTS } from './helpers/paths';

/** Once before the e2e tests: the production bundle in dist/ (reused when fresh) and the screenshot folder. */
export default function globalSetup(): void {
  buildOnce();
  mkdirSync(SCREENSHOTS, { recursive: true });
}
