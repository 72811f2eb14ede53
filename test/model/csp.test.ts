// The built ESM library in headless Chromium, on a page whose Content-Security-Policy forbids
// eval (`script-src 'self'`, no 'unsafe-eval'): it parses a proposal more often than it takes
// Node to start compiling the schemas, evaluates it against a built-in pack, answers as Node
// does, and never attempts code generation (no `securitypolicyviolation` event). A control page
// that attempts one inside try/catch shows that such an attempt is reported.
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { build } from 'esbuild';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { binghamton } from '../../policies/index';
import { evaluate } from '../../src/index';
import { COMPILE_AFTER } from '../../src/model/_lib/tiered-parser';
import { requireBuild } from '../_helpers/built';
import { readData, ROOT } from '../_helpers/files';
import { findChromium } from '../playground/chromium';

const AS_OF = '2026-11-01';
const CSP = "script-src 'self'";
const PARSES = COMPILE_AFTER * 2;
const proposal = (readData(join(ROOT, 'policies/binghamton/scenarios/06-over-limit-not-transcripted.yaml')) as { proposal: unknown }).proposal;

// Runs in the page, from a file the policy allows; it reads its proposal with fetch.
const PAGE_SCRIPT = `
import { evaluate, parseProposal } from ${JSON.stringify(join(ROOT, 'dist/index.js'))};
import { binghamton } from ${JSON.stringify(join(ROOT, 'dist/packs.js'))};
const proposal = await (await fetch('/proposal.json')).json();
let parsed;
for (let i = 0; i < ${PARSES}; i++) parsed = parseProposal(proposal);
const report = evaluate(proposal, binghamton, { asOf: ${JSON.stringify(AS_OF)} });
globalThis.__result = {
  parsed: parsed.success,
  title: parsed.success ? parsed.proposal.credential.title : undefined,
  verdict: report.verdict,
  ruleIds: report.violations.map((v) => v.ruleId),
};
`;
const PROBE_SCRIPT = `try { new Function('return 1')(); } catch { /* refused, as the policy says */ } globalThis.__result = { probed: true };`;

const html = (script: string) => `<!doctype html><html><head><meta charset="utf-8"><title>microcred CSP</title><script type="module" src="/${script}"></script></head><body></body></html>`;

const browserFound = findChromium();
if ('reason' in browserFound) console.warn(`\n  SKIPPING the strict-CSP browser test: ${browserFound.reason}.\n`);

describe.skipIf('reason' in browserFound)('the library under a strict Content-Security-Policy', () => {
  let server: Server;
  let origin: string;
  let browser: Browser;

  beforeAll(async () => {
    requireBuild();
    const bundled = await build({ stdin: { contents: PAGE_SCRIPT, resolveDir: ROOT, loader: 'js' }, bundle: true, format: 'esm', platform: 'browser', target: 'es2022', write: false, logLevel: 'silent' });
    const files: Record<string, [string, string]> = {
      '/': ['text/html', html('app.js')],
      '/control.html': ['text/html', html('probe.js')],
      '/app.js': ['text/javascript', bundled.outputFiles[0]!.text],
      '/probe.js': ['text/javascript', PROBE_SCRIPT],
      '/proposal.json': ['application/json', JSON.stringify(proposal)],
    };
    server = createServer((request, response) => {
      const file = files[new URL(request.url ?? '/', 'http://localhost').pathname];
      if (!file) return void response.writeHead(404).end();
      response.writeHead(200, { 'content-type': `${file[0]}; charset=utf-8`, 'content-security-policy': CSP });
      response.end(file[1]);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    browser = await chromium.launch({ executablePath: (browserFound as { path: string }).path, args: ['--no-sandbox'] });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await new Promise((resolve) => server?.close(resolve));
  });

  /** Opens a page, waits for its script's result, and collects every CSP violation report. */
  async function visit(path: string): Promise<{ result: Record<string, unknown>; violations: string[]; errors: string[] }> {
    const page: Page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.addInitScript("globalThis.__violations = []; document.addEventListener('securitypolicyviolation', (e) => globalThis.__violations.push(e.violatedDirective + ' ' + e.blockedURI));");
    await page.goto(origin + path);
    await page.waitForFunction('globalThis.__result !== undefined', undefined, { timeout: 30_000 });
    // Violation events are queued as tasks: give them time to arrive.
    await page.waitForTimeout(300);
    const result = (await page.evaluate('globalThis.__result')) as Record<string, unknown>;
    const violations = (await page.evaluate('globalThis.__violations')) as string[];
    await page.close();
    return { result, violations, errors };
  }

  test('the page is served with the policy, and a caught attempt at eval is reported (the control)', async () => {
    const response = await fetch(origin + '/');
    expect(response.headers.get('content-security-policy')).toBe(CSP);
    const { result, violations } = await visit('/control.html');
    expect(result).toEqual({ probed: true });
    expect(violations.length).toBeGreaterThan(0);
    expect(violations[0]).toMatch(/^script-src/);
  });

  test(`parsing ${PARSES} times and evaluating answers as Node does, and nothing attempts eval`, async () => {
    const { result, violations, errors } = await visit('/');
    expect(errors).toEqual([]);
    expect(violations).toEqual([]);
    const report = evaluate(proposal, binghamton, { asOf: AS_OF });
    expect(report.violations.length).toBeGreaterThan(0);
    expect(result).toEqual({
      parsed: true,
      title: (proposal as { credential: { title: string } }).credential.title,
      verdict: report.verdict,
      ruleIds: report.violations.map((v) => v.ruleId),
    });
  }, 60_000);
});
