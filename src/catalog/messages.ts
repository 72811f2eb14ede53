import type { Severity } from '../model/violation';

/**
 * The catalog checks: severity and message templates by message id. `{name}` is filled from
 * the violation's data with `formatMessage`.
 */
export const CATALOG_CHECKS = {
  'catalog/duplicate-id': {
    severity: 'error',
    messages: { duplicate: 'The id "{id}" is already used by entry {first} of the catalog; ids must be unique.' },
  },
  'catalog/dangling-target': {
    severity: 'error',
    messages: { dangling: '"{from}" stacks into "{id}" ({title}), which is not in the catalog.' },
  },
  'catalog/target-without-id': {
    severity: 'error',
    messages: { 'no-id': '"{from}" stacks into the credential "{title}" without giving its id, so the pathway cannot be followed.' },
  },
  'catalog/cycle': {
    severity: 'error',
    messages: { cycle: 'Credentials stack into each other in a cycle: {path}.' },
  },
  'catalog/missing-component': {
    severity: 'error',
    messages: { missing: 'The micro-certificate "{certificate}" collects "{id}", which is not in the catalog.' },
  },
  'catalog/no-components': {
    severity: 'error',
    messages: { none: 'The micro-certificate "{certificate}" collects no credentials (components is empty).' },
  },
  'catalog/no-theme': {
    severity: 'warning',
    messages: { none: 'The micro-certificate "{certificate}" names neither a theme nor a meta-competency.' },
  },
  'catalog/unrelated-component': {
    severity: 'warning',
    messages: {
      unrelated: '"{id}" shares no competency or theme with the micro-certificate "{certificate}" or its other parts.',
    },
  },
  'catalog/pathway-credits': {
    severity: 'error',
    messages: { over: 'The pathway {path} adds up to {credits} credits; the limit is {max}.' },
  },
} as const satisfies Readonly<Record<string, { readonly severity: Severity; readonly messages: Readonly<Record<string, string>> }>>;

/** The rule ids of the catalog checks. */
export type CatalogRuleId = keyof typeof CATALOG_CHECKS;
