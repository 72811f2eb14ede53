// Loads the module renderPrecompiledChecks writes, the way a bundler would: TypeScript
// transpiled to CommonJS and run, with `microcred` resolved to the library under test.
import ts from 'typescript';
import * as microcred from '../../src/index';
import type { PrecompiledChecks } from '../../src/index';

export function loadPrecompiled(source: string): PrecompiledChecks {
  const { outputText } = ts.transpileModule(source, { compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022 } });
  const exports: { precompiled?: PrecompiledChecks } = {};
  const require = (specifier: string) => {
    if (specifier !== 'microcred') throw new Error(`unexpected import ${specifier}`);
    return microcred;
  };
  new Function('require', 'exports', outputText)(require, exports);
  return exports.precompiled!;
}
