/** The part of addons-linter's Node API (it ships no types) that firefox-lint.test.ts uses. */
declare module 'addons-linter' {
  export interface LinterMessage {
    code: string;
    message: string;
    description: string;
    file?: string;
    line?: number;
    column?: number;
  }
  export interface LinterResult {
    count: number;
    summary: { errors: number; warnings: number; notices: number };
    errors: LinterMessage[];
    warnings: LinterMessage[];
    notices: LinterMessage[];
  }
  export function createInstance(options: {
    config: {
      _: string[];
      logLevel?: string;
      stack?: boolean;
      pretty?: boolean;
      warningsAsErrors?: boolean;
      metadata?: boolean;
      output?: 'json' | 'text' | 'none';
      boring?: boolean;
      selfHosted?: boolean;
      privileged?: boolean;
    };
    runAsBinary: boolean;
  }): { run(): Promise<LinterResult> };
}
