// The playground in a real headless Chromium, served as a user serves it, under its own
// Content-Security-Policy: a Binghamton proposal that breaks a rule, then fixed.
import type { ChildProcess } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { dump, load } from 'js-yaml';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { builtinRegistry } from '../../policies/index';
import { checkParsed, parseDataText } from '../../src/node/index';
import { ROOT, readData } from '../_helpers/files';
import { findChromium } from './chromium';
import { buildPlaygroundInto, servePlayground } from './serve';

const AS_OF = '2026-11-01';
const browserFound = findChromium();
if ('reason' in browserFound) {
  // Said out loud, never skipped silently: CI installs the browser (.ci/run).
  console.warn(`\n  SKIPPING the playground browser tests: ${browserFound.reason}.\n`);
}

/** Replaces text that must be there, so a changed example fails here instead of testing nothing. */
function edit(text: string, from: string | RegExp, to: string): string {
  const changed = text.replace(from, to);
  if (changed === text) throw new Error(`The example no longer contains ${String(from)}.`);
  return changed;
}

const example = readFileSync(join(ROOT, 'docs/examples/binghamton-graduate-program-evaluation.yaml'), 'utf8');
// Without its fee the fee review is not required, so the route shows every status.
const compliant = edit(example, /\n {2}fees:\n(?: {4}.*\n)+/, '\n');
const tooManyCredits = edit(compliant, 'title: Evaluation Practicum\n      credits:\n        value: 4', 'title: Evaluation Practicum\n      credits:\n        value: 6');

/** What `microcred check` says about the text: the page must say the same. */
function expected(text: string) {
  return checkParsed('proposal', parseDataText(text), { asOf: AS_OF, registry: builtinRegistry });
}

/** Pastes text over an editor's content, as a user pasting from the clipboard. */
async function paste(page: Page, editor: string, text: string): Promise<void> {
  const content = page.locator(`${editor} .cm-content`);
  await content.click();
  await page.keyboard.press('ControlOrMeta+A');
  await content.evaluate((element, pasted) => {
    // Runs in the page; the tests' tsconfig has no DOM types, so these few are spelled out.
    const dom = globalThis as unknown as { DataTransfer: new () => { setData(type: string, data: string): void }; ClipboardEvent: new (type: string, init: object) => object };
    const data = new dom.DataTransfer();
    data.setData('text/plain', pasted);
    (element as unknown as { dispatchEvent(event: object): boolean }).dispatchEvent(new dom.ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, text);
}

describe.skipIf('reason' in browserFound)('the playground in headless Chromium', () => {
  let outdir: string;
  let server: ChildProcess | undefined;
  let url: string;
  let browser: Browser | undefined;
  let page: Page;
  const problems: string[] = [];

  beforeAll(async () => {
    const built = buildPlaygroundInto();
    outdir = built.outdir;
    expect(built.stdout).toMatch(/playground\.js\s+\d+(\.\d+)? kB\s+\(\d+(\.\d+)? kB gzip\)/);
    ({ url, server } = await servePlayground(outdir));
    browser = await chromium.launch({ executablePath: (browserFound as { path: string }).path, args: ['--no-sandbox'] });
    page = await browser.newPage({ viewport: { width: 1400, height: 1100 } });
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning') problems.push(`console ${message.type()}: ${message.text()}`);
    });
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on('response', (response) => {
      if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
    });
    // Chrome also logs CSP refusals to the console; this catches them whatever the log level.
    await page.addInitScript(
      "document.addEventListener('securitypolicyviolation', (event) => console.error('CSP refused ' + event.violatedDirective + ': ' + event.blockedURI));",
    );
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    server?.kill();
    if (outdir) rmSync(outdir, { recursive: true, force: true });
  }, 30_000);

  test('the page carries a strict CSP and starts from the init template', async () => {
    const html = readFileSync(join(outdir, 'index.html'), 'utf8');
    const csp = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1];
    expect(csp).toMatch(/(^|; )script-src 'self'(;|$)/);
    expect(csp).toMatch(/(^|; )default-src 'none'(;|$)/);
    expect(html).not.toMatch(/<script>|<style>|\son[a-z]+=/);

    await page.goto(url);
    await expect.poll(() => page.locator('#verdict').getAttribute('data-verdict'), { timeout: 20_000 }).toBe('non-compliant');
    await expect.poll(() => page.locator('#proposal-editor .cm-line').first().textContent()).toMatch(/^# yaml-language-server: \$schema=/);
    expect(await page.locator('#proposal-editor .cm-gutter.cm-lineNumbers').count()).toBe(1);
    expect(await page.locator('#as-of').inputValue()).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  test('a proposal over Binghamton’s credit maximum shows the violation, where it is, and the route', async () => {
    await page.locator('#as-of').fill(AS_OF);
    await page.locator('#as-of').dispatchEvent('change');
    await paste(page, '#proposal-editor', tooManyCredits);

    const want = expected(tooManyCredits);
    expect(want.violations.map((v) => v.ruleId)).toEqual(['binghamton/max-credits']);
    const [violation] = want.violations;
    const entry = page.locator('#violations .entry[data-rule-id="binghamton/max-credits"]');
    await expect.poll(() => entry.count(), { timeout: 20_000 }).toBe(1);
    await expect.poll(() => page.locator('#verdict').getAttribute('data-verdict')).toBe('non-compliant');
    expect(await page.locator('#violations .entry').count()).toBe(1);
    expect(await entry.getAttribute('data-severity')).toBe('error');
    expect(await entry.getAttribute('data-position')).toBe(`${violation!.line}:${violation!.column}`);
    expect(await entry.locator('.message').textContent()).toBe(violation!.message);
    expect(await entry.locator('.citation').textContent()).toContain(violation!.citation!.passage);

    const route = want.route!;
    expect(await page.locator('#route .stage').count()).toBe(route.stages.length);
    for (const step of route.stages.flatMap((s) => s.steps)) {
      expect(await page.locator(`#route .step[data-step-id="${step.id}"]`).getAttribute('data-status')).toBe(step.status);
    }
    expect(route.stages.flatMap((s) => s.steps).map((s) => s.status)).toEqual(expect.arrayContaining(['done', 'current', 'pending', 'not-required']));
    expect(await page.locator('#route .step[data-status="not-required"] .step-reason').first().textContent()).toMatch(/^Not required: /);
    expect(await page.locator('#route .step[data-status="done"] .step-date').first().textContent()).toMatch(/^decided \d{4}-\d{2}-\d{2}$/);

    // The violation is marked in the editor too.
    expect(await page.locator('#proposal-editor .cm-lintRange-error').count()).toBeGreaterThan(0);
  });

  test('clicking a violation moves the cursor to its line', async () => {
    const [violation] = expected(tooManyCredits).violations;
    await page.locator('#violations .entry').first().click();
    await expect.poll(() => page.locator('#proposal-editor .cm-lineNumbers .cm-activeLineGutter').textContent()).toBe(String(violation!.line));
    // The README's picture: MICROCRED_SCREENSHOT=docs/playground/screenshot.png npx vitest run test/playground/browser.test.ts
    if (process.env.MICROCRED_SCREENSHOT) await page.screenshot({ path: process.env.MICROCRED_SCREENSHOT, fullPage: true });
  });

  test('fixing the proposal makes it compliant; the link reproduces the view', async () => {
    expect(expected(compliant).verdict).toBe('compliant');
    await paste(page, '#proposal-editor', compliant);
    await expect.poll(() => page.locator('#verdict').getAttribute('data-verdict'), { timeout: 20_000 }).toBe('compliant');
    expect(await page.locator('#violations .entry').count()).toBe(0);
    // A valid proposal: the JSON Schema marks nothing either.
    await expect.poll(() => page.locator('#proposal-editor .cm-lintRange').count()).toBe(0);

    await page.waitForTimeout(400); // the fragment is written 300 ms after the last change
    await expect.poll(() => page.evaluate('location.hash'), { timeout: 10_000 }).toMatch(/^#v1:[\w-]+$/);
    const link = await page.evaluate<string>('location.href');
    const second = await browser!.newPage();
    second.on('pageerror', (error) => problems.push(`page error (link): ${error.message}`));
    await second.goto(link);
    await expect.poll(() => second.locator('#verdict').getAttribute('data-verdict'), { timeout: 20_000 }).toBe('compliant');
    expect(await second.locator('#as-of').inputValue()).toBe(AS_OF);
    expect(await second.locator('#verdict').textContent()).toBe(await page.locator('#verdict').textContent());
    expect(await second.locator('#proposal-editor .cm-line').first().textContent()).toBe(compliant.split('\n')[0]);
    await second.close();
  });

  test('the JSON Schema drives completion and inline errors', async () => {
    await paste(page, '#proposal-editor', 'schemaVersion: 2\npolicy: binghamton\ncredential:\n  titel: x\n');
    await expect.poll(() => page.locator('#verdict').getAttribute('data-verdict'), { timeout: 20_000 }).toBe('invalid');
    await expect.poll(() => page.locator('#proposal-editor .cm-lintRange-error').count()).toBeGreaterThan(0);
    expect(await page.locator('#violations .entry[data-rule-id="schema/unrecognized-keys"]').getAttribute('data-position')).toBe('4:3');

    await page.keyboard.press('ControlOrMeta+End');
    await page.keyboard.type('  ti');
    await expect.poll(() => page.locator('#proposal-editor .cm-tooltip-autocomplete').textContent(), { timeout: 10_000 }).toContain('title');
    await page.keyboard.press('Escape');
  });

  test('a pasted YAML pack judges the proposal', async () => {
    const pack = readFileSync(join(ROOT, 'docs/guides/example-pack/pack.yaml'), 'utf8');
    await paste(page, '#proposal-editor', compliant);
    await page.locator('#pack').selectOption('custom');
    await expect.poll(() => page.locator('#pack-details').getAttribute('open')).not.toBeNull();
    await paste(page, '#pack-editor', pack);
    await expect.poll(() => page.locator('#pack-state').textContent(), { timeout: 20_000 }).toMatch(/^Loaded pack northfield /);
    // 12 credits: over Northfield's 9.
    await expect.poll(() => page.locator('#violations .entry[data-rule-id="northfield/max-credits"]').count(), { timeout: 20_000 }).toBe(1);

    await paste(page, '#pack-editor', edit(pack, 'severity: warning', 'severity: fatal'));
    await expect.poll(() => page.locator('#pack-problems .entry').count(), { timeout: 20_000 }).toBeGreaterThan(0);
    expect(await page.locator('#pack-problems .entry').first().getAttribute('data-position')).toMatch(/^\d+:\d+$/);
    await expect.poll(() => page.locator('#verdict').getAttribute('data-verdict')).toBe('invalid');
  });

  test('expected dates are drawn on their steps; the proposal can be shown as JSON', async () => {
    const scenario = load(readFileSync(join(ROOT, 'policies/ub/scenarios/05-revised-approved-badge-due.yaml'), 'utf8')) as { asOf: string; proposal: unknown; expect: { expectedBy: Record<string, string> } };
    await page.locator('#pack').selectOption('');
    await page.locator('#as-of').fill(scenario.asOf);
    await page.locator('#as-of').dispatchEvent('change');
    await paste(page, '#proposal-editor', dump(scenario.proposal));
    await expect.poll(() => page.locator('#verdict').getAttribute('data-verdict'), { timeout: 20_000 }).toBe('compliant');
    for (const [step, date] of Object.entries(scenario.expect.expectedBy)) {
      expect(await page.locator(`#route .step[data-step-id="${step}"] .step-date`).textContent()).toBe(`expected by ${date}`);
    }

    const verdict = await page.locator('#verdict').textContent();
    await page.locator('#format').selectOption('json');
    await expect.poll(() => page.locator('#proposal-editor .cm-line').first().textContent()).toBe('{');
    await expect.poll(() => page.locator('#verdict').textContent(), { timeout: 20_000 }).toBe(verdict);
    await page.locator('#format').selectOption('yaml');
  });

  test('a damaged link says so and starts from the template', async () => {
    const damaged = await browser!.newPage();
    damaged.on('pageerror', (error) => problems.push(`page error (damaged link): ${error.message}`));
    await damaged.goto(`${url}#v1:not-a-proposal`);
    await expect.poll(() => damaged.locator('#status').textContent(), { timeout: 20_000 }).toMatch(/no proposal the playground can read/);
    await expect.poll(() => damaged.locator('#verdict').getAttribute('data-verdict'), { timeout: 20_000 }).toBe('non-compliant');
    await damaged.close();
  });

  test('the eu pack, bundled from its YAML, judges in the page; pasted as YAML, it loads like any data pack', async () => {
    const scenario = readData(join(ROOT, 'policies/eu/scenarios/02-binghamton-proposal-lacks-eu-elements.yaml')) as { asOf: string; proposal: unknown; expect: { violations: string[] } };
    await page.locator('#pack').selectOption('eu');
    await page.locator('#as-of').fill(scenario.asOf);
    await page.locator('#as-of').dispatchEvent('change');
    await paste(page, '#proposal-editor', dump(scenario.proposal));
    await expect.poll(() => page.locator('#violations .entry[data-rule-id="eu/quality-assurance"]').count(), { timeout: 20_000 }).toBe(1);
    const shown = await page.locator('#violations .entry').evaluateAll((entries) => entries.map((entry) => entry.getAttribute('data-rule-id')));
    expect(shown.sort()).toEqual([...scenario.expect.violations].sort());
    expect(await page.locator('#verdict').getAttribute('data-verdict')).toBe('non-compliant');
    // The EU text sets no approval route.
    expect(await page.locator('#route .step').count()).toBe(0);

    await page.locator('#pack').selectOption('custom');
    await paste(page, '#pack-editor', readFileSync(join(ROOT, 'policies/eu/pack.yaml'), 'utf8'));
    await expect.poll(() => page.locator('#pack-state').textContent(), { timeout: 20_000 }).toMatch(/^Loaded pack eu /);
    await expect.poll(() => page.locator('#violations .entry[data-rule-id="eu/issuer-country"]').count(), { timeout: 20_000 }).toBe(1);
    await page.locator('#pack').selectOption('');
  });

  test('no console errors, failed requests or CSP refusals', () => {
    expect(problems).toEqual([]);
  });
});
