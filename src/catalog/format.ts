import { compare, type PathwayEdge, type PathwayGraph, type PathwayNode } from './graph';

/**
 * The stacking graph as a Mermaid `flowchart LR`, for docs. Node ids are derived from the
 * credential ids (so they stay the same when the catalog grows), nodes come in level then id
 * order and edges in `from` then `to` order, so the same catalog always prints the same text.
 * Badges are stadiums, micro-credentials rectangles, micro-certificates subroutines, degrees
 * hexagons and registered certificates parallelograms; credentials the catalog lacks are dashed.
 *
 * @example
 * ```ts
 * pathwaysToMermaid(pathways(catalog));
 * // flowchart LR
 * //   n_badge(["Python Basics<br/>badge"])
 * //   n_badge --> n_mc
 * //   ...
 * ```
 */
export function pathwaysToMermaid(graph: PathwayGraph): string {
  const ids = mermaidIds(graph.nodes);
  const lines = ['flowchart LR'];
  for (const node of graph.nodes) lines.push(`  ${ids.get(node.id)}${shape(node)}`);
  for (const edge of graph.edges) lines.push(`  ${ids.get(edge.from)} ${arrow(edge)} ${ids.get(edge.to)}`);
  const missing = graph.nodes.filter((node) => node.kind === 'missing');
  const external = graph.nodes.filter((node) => node.kind !== 'missing' && node.kind !== 'credential');
  if (external.length > 0) lines.push('  classDef external fill:#eef,stroke:#447;', `  class ${external.map((n) => ids.get(n.id)).join(',')} external;`);
  if (missing.length > 0) lines.push('  classDef missing stroke:#c00,stroke-dasharray:5 5;', `  class ${missing.map((n) => ids.get(n.id)).join(',')} missing;`);
  return lines.join('\n') + '\n';
}

/**
 * The stacking graph as plain text: each node with what it stacks into, in level order, then
 * any cycles.
 *
 * @example
 * ```ts
 * pathwaysToText(pathways(catalog));
 * // bing-python-badge  Python Basics (digital-badge)
 * //   -> bing-data-mc  Data Analytics (micro-credential)
 * ```
 */
export function pathwaysToText(graph: PathwayGraph): string {
  const byId = new Map(graph.nodes.map((node) => [node.id, node]));
  const counts = {
    credentials: graph.nodes.filter((n) => n.kind === 'credential').length,
    other: graph.nodes.filter((n) => n.kind !== 'credential' && n.kind !== 'missing').length,
    missing: graph.nodes.filter((n) => n.kind === 'missing').length,
  };
  const lines = [
    `${counts.credentials} credential(s), ${counts.other} other award(s), ${counts.missing} missing, ${graph.edges.length} link(s)`,
    '',
  ];
  for (const node of graph.nodes) {
    lines.push(describe(node));
    for (const edge of graph.edges) {
      if (edge.from !== node.id) continue;
      const via = edge.via.includes('component') ? ' [part of]' : '';
      lines.push(`  -> ${describe(byId.get(edge.to)!)}${via}`);
    }
  }
  if (graph.cycles.length > 0) lines.push('', ...graph.cycles.map((cycle) => `cycle: ${cycle.join(' -> ')}`));
  return lines.join('\n') + '\n';
}

function describe(node: PathwayNode): string {
  const kind = node.kind === 'credential' ? node.credentialKind! : node.kind;
  const credits = node.credits ? `, ${node.credits} cr` : '';
  return `${node.id}  ${node.title} (${kind}${credits})`;
}

/** Mermaid-safe ids: `n_` plus the id with other characters as `_`, numbered when two meet. */
function mermaidIds(nodes: readonly PathwayNode[]): Map<string, string> {
  const ids = new Map<string, string>();
  const used = new Set<string>();
  for (const id of nodes.map((n) => n.id).sort(compare)) {
    const base = `n_${id.replace(/[^A-Za-z0-9]/g, '_')}`;
    let candidate = base;
    for (let n = 2; used.has(candidate); n++) candidate = `${base}_${n}`;
    used.add(candidate);
    ids.set(id, candidate);
  }
  return ids;
}

function shape(node: PathwayNode): string {
  const label = `"${escape(node.title)}<br/>${escape(node.kind === 'missing' ? `missing: ${node.id}` : node.kind === 'credential' ? node.id : node.kind)}"`;
  switch (node.kind === 'credential' ? node.credentialKind : node.kind) {
    case 'digital-badge':
      return `([${label}])`;
    case 'micro-certificate':
      return `[[${label}]]`;
    case 'degree':
      return `{{${label}}}`;
    case 'registered-certificate':
      return `[/${label}/]`;
    case 'course-credit':
      return `(${label})`;
    default:
      return `[${label}]`;
  }
}

function arrow(edge: PathwayEdge): string {
  if (!edge.via.includes('component')) return '-->';
  return edge.via.includes('stacks-into') ? '-->|part of|' : '-.->|part of|';
}

/** Mermaid entity codes for characters that would end or break a quoted label. */
function escape(text: string): string {
  return text.replace(/#/g, '#35;').replace(/"/g, '#quot;').replace(/</g, '#lt;').replace(/>/g, '#gt;').replace(/[\r\n]+/g, ' ');
}
