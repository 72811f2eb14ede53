// Text files the bundler inlines (esbuild's text loader, see tools/build.mjs).
declare module '*.yaml' {
  const text: string;
  export default text;
}
