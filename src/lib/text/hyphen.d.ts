/** The one function of the `hyphen` package this site uses (the package ships no types). */
declare module 'hyphen/da/index.js' {
  const danish: { hyphenateSync(text: string, options?: { hyphenChar?: string; minWordLength?: number }): string };
  export default danish;
}
