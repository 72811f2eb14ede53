export { checkCatalog, type CatalogReport, type CheckCatalogOptions } from './check-catalog';
export { pathways, type PathwayGraph, type PathwayNode, type PathwayEdge, type PathwayNodeKind, type PathwayLink } from './graph';
export { pathwaysToMermaid, pathwaysToText } from './format';
export { CATALOG_CHECKS, type CatalogRuleId } from './messages';
export { MAX_PATHWAY_STEPS } from './pathway-credits';
