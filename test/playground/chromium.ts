import { existsSync } from 'node:fs';

/** Where Debian, Ubuntu and Chrome packages put the browser. */
const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome-stable', '/usr/bin/google-chrome'];

/**
 * The system's Chromium, or why there is none. `CHROMIUM_PATH` overrides the search; nothing
 * is downloaded (playwright-core ships no browser).
 */
export function findChromium(): { path: string } | { reason: string } {
  const chosen = process.env.CHROMIUM_PATH;
  if (chosen) return existsSync(chosen) ? { path: chosen } : { reason: `CHROMIUM_PATH=${chosen} does not exist` };
  const found = CANDIDATES.find((candidate) => existsSync(candidate));
  return found ? { path: found } : { reason: `no Chromium at ${CANDIDATES.join(', ')} (install Debian's "chromium" package, as .ci/run does, or set CHROMIUM_PATH)` };
}
