// Reads the fenced code blocks of a Markdown file, with what the harness needs to run them.

/** One fenced block. */
export interface CodeBlock {
  /** The fence's language: `ts`, `sh`, `yaml`, `json`, `mermaid`, ... */
  readonly lang: string;
  /** What follows `no-run` in the info string: why the block is not run (required). */
  readonly noRun?: string;
  /** The line of the opening fence, 1-based. */
  readonly line: number;
  readonly code: string;
  /** For a data block whose first line is `# file: <path>` (or `// file: <path>`): that path. */
  readonly file?: string;
}

/** Every fenced block of a Markdown text, in order. */
export function codeBlocks(markdown: string): CodeBlock[] {
  const lines = markdown.split('\n');
  const blocks: CodeBlock[] = [];
  for (let i = 0; i < lines.length; i++) {
    const open = /^(\s*)(```+|~~~+)\s*([^\s`]*)\s*(.*)$/.exec(lines[i]!);
    if (!open) continue;
    const [, indent, fence, lang, info] = open as unknown as [string, string, string, string, string];
    const body: string[] = [];
    let j = i + 1;
    while (j < lines.length && !lines[j]!.trimStart().startsWith(fence)) body.push(lines[j]!.slice(indent.length)), j++;
    const noRun = /(?:^|\s)no-run(?::?\s*(.*))?$/.exec(info);
    const code = body.join('\n');
    const file = /^(?:#|\/\/)\s*file:\s*(\S+)/.exec(body[0] ?? '')?.[1];
    blocks.push({ lang, line: i + 1, code, ...(noRun && { noRun: (noRun[1] ?? '').trim() }), ...(file && { file }) });
    i = j;
  }
  return blocks;
}

/**
 * A document's TypeScript blocks as one ES module, in order (a guide reads as one program):
 * imports hoisted to the top and merged, bodies after them.
 */
export function tsModule(blocks: readonly CodeBlock[]): { source: string; bodies: { line: number; code: string }[] } {
  const imports: string[] = [];
  const bodies: { line: number; code: string }[] = [];
  for (const block of blocks) {
    const kept: string[] = [];
    // Import statements may span lines: collect until the line ending the specifier.
    let pending: string[] | undefined;
    for (const line of block.code.split('\n')) {
      if (pending) {
        pending.push(line);
        if (/from\s+['"][^'"]+['"];?\s*$/.test(line)) imports.push(pending.join('\n')), (pending = undefined);
        kept.push('');
        continue;
      }
      if (/^import\s/.test(line)) {
        if (/(from\s+)?['"][^'"]+['"];?\s*$/.test(line)) imports.push(line);
        else pending = [line];
        kept.push('');
        continue;
      }
      kept.push(line);
    }
    bodies.push({ line: block.line, code: kept.join('\n') });
  }
  const unique = [...new Set(imports)];
  return { source: [...unique, ...bodies.map((b) => b.code)].join('\n'), bodies };
}

/**
 * Turns `expression; // value` (and `expression;` followed by `//` lines that together read as
 * a value) into a check that the expression equals the value: the examples' comments are
 * their expected results. Comments that are not a JavaScript value are prose and stay as they are.
 */
export function withChecks(code: string, where: string): string {
  const lines = code.split('\n');
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const inline = /^(\s*)([^/].*?);\s*\/\/\s?(.+)$/.exec(line);
    if (inline && isValue(inline[3]!)) {
      out.push(`${inline[1]}__expect(${inline[2]}, (${inline[3]}), ${JSON.stringify(`${where}: ${inline[2]}`)});`);
      continue;
    }
    const bare = /^(\s*)([^/\s].*?);\s*$/.exec(line);
    if (bare && !/^(const|let|var|await|return|if|for|export|import)\b/.test(bare[2]!) && /^\s*\/\//.test(lines[i + 1] ?? '')) {
      const comment: string[] = [];
      let j = i + 1;
      while (j < lines.length && /^\s*\/\//.test(lines[j]!)) comment.push(lines[j]!.replace(/^\s*\/\/\s?/, '')), j++;
      const expected = comment.join('\n');
      if (isValue(expected)) {
        out.push(`${bare[1]}__expect(${bare[2]}, (${expected}\n), ${JSON.stringify(`${where}: ${bare[2]}`)});`, ...comment.map(() => ''));
        i = j - 1;
        continue;
      }
    }
    out.push(line);
  }
  return out.join('\n');
}

function isValue(text: string): boolean {
  try {
    // Parsed, never run: only a value-shaped comment counts.
    new Function(`return (${text}\n);`);
    return !/^[A-Za-z_$][\w$]*(\s|$)/.test(text.trim()) || /^(true|false|null|undefined)$/.test(text.trim());
  } catch {
    return false;
  }
}
