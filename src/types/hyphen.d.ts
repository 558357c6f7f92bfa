/** The parts of the `hyphen` package (Liang's algorithm with TeX's hyphenation patterns) the site uses. */
declare module 'hyphen/da' {
  interface HyphenOptions {
    hyphenChar?: string;
    minWordLength?: number;
    exceptions?: string[];
  }
  const danish: {
    hyphenateSync(text: string, options?: HyphenOptions): string;
    hyphenate(text: string, options?: HyphenOptions): Promise<string>;
  };
  export default danish;
}
