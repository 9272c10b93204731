/** The part of mark.js 8 the benchmark uses (the package ships no types). */
declare module 'mark.js' {
  interface MarkOptions {
    separateWordSearch?: boolean;
    accuracy?: 'partially' | 'complementary' | 'exactly';
    done?: (totalMatches: number) => void;
  }
  export default class Mark {
    constructor(context: Element | Document | string);
    mark(keywords: string | readonly string[], options?: MarkOptions): void;
  }
}
