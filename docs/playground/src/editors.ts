// The two CodeMirror editors: the proposal (YAML or JSON, driven by the proposal JSON Schema)
// and the pasted pack (YAML).
import { yaml } from '@codemirror/lang-yaml';
import { forceLinting, linter, lintGutter, type Diagnostic } from '@codemirror/lint';
import { Compartment, type Extension, type Text } from '@codemirror/state';
import { basicSetup, EditorView } from 'codemirror';
import { jsonSchema } from 'codemirror-json-schema';
import { yamlSchema } from 'codemirror-json-schema/yaml';
import proposalSchema from '../../schema/proposal.schema.json';
import type { LocatedProblem, ProposalFormat } from './judge';

type Schema = Parameters<typeof jsonSchema>[0];

/** A problem to mark in the editor, with its severity. */
export interface Mark extends LocatedProblem {
  readonly severity: 'error' | 'warning' | 'info';
  readonly source: string;
}

/** Where a line and column (from 1) fall in the text, clamped to the text. */
export function offsetOf(doc: Text, line: number, column: number): number {
  const at = doc.line(Math.min(Math.max(line, 1), doc.lines));
  return Math.min(at.from + Math.max(column, 1) - 1, at.to);
}

function toDiagnostics(doc: Text, marks: readonly Mark[]): Diagnostic[] {
  return marks
    .filter((m) => m.line !== undefined)
    .map((m) => {
      const from = offsetOf(doc, m.line!, m.column ?? 1);
      return { from, to: doc.lineAt(from).to, severity: m.severity, source: m.source, message: m.message };
    });
}

/** Options for {@link createEditor}. */
export interface CreateEditorOptions {
  /** The element the editor goes in; it gets a shadow root (see below). */
  readonly parent: HTMLElement;
  /** A CSS height, e.g. `60vh`. */
  readonly height: string;
  readonly text: string;
  readonly label: string;
  /** The language and its tooling, swappable later with {@link PlaygroundEditor.setLanguage}. */
  readonly language: Extension;
  readonly onChange: () => void;
  /** The marks to show for the current text: computed on demand, so they always match it. */
  readonly marks: () => readonly Mark[];
}

/** An editor with the operations the page needs. */
export interface PlaygroundEditor {
  readonly view: EditorView;
  text(): string;
  setText(text: string): void;
  setLanguage(language: Extension): void;
  goTo(line: number, column: number): void;
  /** Recomputes the marks now (after a setting changed). */
  refreshMarks(): void;
}

/** An editor with line numbers, completion, lint gutter and the page's marks. */
export function createEditor(options: CreateEditorOptions): PlaygroundEditor {
  const language = new Compartment();
  // CodeMirror adds its styles as <style> elements in a document, which `style-src 'self'`
  // blocks, but as constructed style sheets in a shadow root, which it allows.
  const root = options.parent.shadowRoot ?? options.parent.attachShadow({ mode: 'open' });
  const view = new EditorView({
    parent: root,
    root,
    doc: options.text,
    extensions: [
      basicSetup,
      EditorView.theme({ '&': { height: options.height, fontSize: '13px' }, '.cm-scroller': { fontFamily: 'ui-monospace, SFMono-Regular, Menlo, monospace' } }),
      language.of(options.language),
      lintGutter(),
      linter((v) => toDiagnostics(v.state.doc, options.marks()), { delay: 250 }),
      EditorView.contentAttributes.of({ 'aria-label': options.label }),
      EditorView.updateListener.of((update) => {
        if (update.docChanged) options.onChange();
      }),
    ],
  });
  return {
    view,
    text: () => view.state.doc.toString(),
    setText: (text) => view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: text } }),
    setLanguage: (extension) => view.dispatch({ effects: language.reconfigure(extension) }),
    goTo: (line, column) => {
      const anchor = offsetOf(view.state.doc, line, column);
      view.dispatch({ selection: { anchor }, scrollIntoView: true });
      view.focus();
    },
    refreshMarks: () => forceLinting(view),
  };
}

/** The proposal's language: YAML or JSON, with completion, hover and inline errors from the proposal JSON Schema. */
export function proposalLanguage(format: ProposalFormat): Extension {
  const schema = proposalSchema as unknown as Schema;
  return format === 'json' ? jsonSchema(schema) : yamlSchema(schema);
}

/** The pack editor's language. */
export const packLanguage: Extension = yaml();
