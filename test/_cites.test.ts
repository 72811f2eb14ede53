import { readFileSync } from 'node:fs';
import { test, expect } from 'vitest';
import { binghamton } from '../policies/index';
const norm = (s: string) => s.replace(/[\u2018\u2019\u201A\u201B\u2032]/g, "'").replace(/[\u201C\u201D\u201E\u2033]/g, '"').replace(/[\u2010-\u2015\u2212]/g, '-').replace(/-\s*\n\s*/g, '-').replace(/\s+/g, ' ').trim();
const found = (text: string, passage: string) => {
  const t = norm(text); const t2 = t.replace(/(\w)- (\w)/g, '$1-$2');
  const pieces = norm(passage.replace(/\[[^\]]*\]/g, '...')).split(/\s*(?:\.\.\.|…)\s*/).filter(Boolean);
  let at = 0;
  for (const p of pieces) { const i = t2.indexOf(p, at); if (i < 0) return p; at = i + p.length; }
  return true;
};
test('cites', () => {
  const bad: string[] = [];
  const check = (where: string, c: { source: string; passage: string }) => {
    const text = readFileSync(`/work/shared/policies/${c.source}`, 'utf8');
    const r = found(text, c.passage);
    if (r !== true) bad.push(`${where}: ${r}`);
  };
  for (const r of binghamton.rules) check(r.id, r.citation);
  for (const s of binghamton.route.steps) check(s.id, s.citation);
  for (const n of binghamton.notEnforced) check('notEnforced', n.citation);
  if (binghamton.badgeRequiresApproval) check('badge', binghamton.badgeRequiresApproval.citation);
  expect(bad).toEqual([]);
});
