/**
 * microcred: judge micro-credential, digital-badge and micro-certificate proposals against
 * campus policy packs, and get back structured violations and the approval route.
 *
 * This entry point is pure and imports no Node.js built-ins, so it runs in browsers and edge
 * runtimes too. Built-in packs are in `microcred/packs`; reading files is in `microcred/node`.
 *
 * @packageDocumentation
 */

export * from './model/index';
export * from './engine/index';
export { isIsoDate, addToIsoDate, daysBetween } from './dates';
export * from './award/index';
export * from './catalog/index';
export * from './openbadges/index';
