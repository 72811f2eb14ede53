// The whole view lives in the URL's fragment, compressed (deflate-raw, base64url), so a link
// reproduces it and nothing is sent to any server.
import type { ProposalFormat } from './judge';

/** Everything a link carries. */
export interface ViewState {
  readonly proposal: string;
  readonly format: ProposalFormat;
  /** A built-in pack id, `custom` for the pasted pack, or `''` to follow the proposal's `policy:`. */
  readonly pack: string;
  readonly asOf: string;
  /** The pasted pack's text. */
  readonly customPack: string;
}

const PREFIX = 'v1:';

async function transform(bytes: Uint8Array<ArrayBuffer>, stream: CompressionStream | DecompressionStream): Promise<Uint8Array> {
  const output = new Blob([bytes]).stream().pipeThrough(stream);
  return new Uint8Array(await new Response(output).arrayBuffer());
}

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array<ArrayBuffer> {
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}

/** The fragment (without `#`) for a view. */
export async function encodeViewState(state: ViewState): Promise<string> {
  const json = JSON.stringify([state.proposal, state.format, state.pack, state.asOf, state.customPack]);
  return PREFIX + toBase64Url(await transform(new TextEncoder().encode(json), new CompressionStream('deflate-raw')));
}

/** The view a fragment describes, or `undefined` when it is not one of ours or is damaged. */
export async function decodeViewState(fragment: string): Promise<ViewState | undefined> {
  if (!fragment.startsWith(PREFIX)) return undefined;
  try {
    const bytes = await transform(fromBase64Url(fragment.slice(PREFIX.length)), new DecompressionStream('deflate-raw'));
    const value: unknown = JSON.parse(new TextDecoder().decode(bytes));
    if (!Array.isArray(value) || value.length !== 5 || !value.every((v) => typeof v === 'string')) return undefined;
    const [proposal, format, pack, asOf, customPack] = value as string[];
    return { proposal: proposal!, format: format === 'json' ? 'json' : 'yaml', pack: pack!, asOf: asOf!, customPack: customPack! };
  } catch {
    return undefined;
  }
}
