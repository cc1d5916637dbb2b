import { createRequire } from 'node:module';
import type * as TypeScript from 'typescript';
import { extractHtmlFacts } from '../adapters/html.js';
import type { TypeScriptApi } from '../adapters/typescript.js';
import { extractFacts } from '../adapters/typescript.js';
import type { DetectionCatalog } from '../core/detection-catalog.js';
import type { FileFacts, SourceLanguage } from '../core/facts.js';

const require = createRequire(import.meta.url);
let morphTs: TypeScriptApi | undefined;

/**
 * The TypeScript build ts-morph bundles, loaded on first use: the ESLint plugin reads the tree
 * typescript-eslint already built and needs it only for files another parser handed over. Its
 * declarations are a copy of the `typescript` package's, nominally distinct (enums), so it is typed
 * once here as the API the adapter reads.
 */
function typescript(): TypeScriptApi {
  morphTs ??= (require('ts-morph') as { ts: unknown }).ts as TypeScriptApi;
  return morphTs;
}

const languages: Readonly<Record<string, SourceLanguage>> = {
  ts: 'ts',
  mts: 'ts',
  cts: 'ts',
  tsx: 'tsx',
  js: 'js',
  mjs: 'js',
  cjs: 'js',
  jsx: 'jsx',
  html: 'html',
  htm: 'html',
};

export function languageOf(file: string): SourceLanguage | undefined {
  const extension = file.slice(file.lastIndexOf('.') + 1).toLowerCase();
  return Object.hasOwn(languages, extension) ? languages[extension] : undefined;
}

function scriptKind(ts: TypeScriptApi, language: Exclude<SourceLanguage, 'html'>): TypeScript.ScriptKind {
  switch (language) {
    case 'ts':
      return ts.ScriptKind.TS;
    case 'tsx':
      return ts.ScriptKind.TSX;
    case 'js':
      return ts.ScriptKind.JS;
    case 'jsx':
      return ts.ScriptKind.JSX;
  }
}

export type ParseResult = { facts: FileFacts } | { error: string };

/**
 * Parses each file once with the TypeScript build that ts-morph bundles and walks the raw compiler
 * nodes once. ts-morph's `Project` and its wrappers are not built on this hot path: wrapping, project
 * bookkeeping and parent pointers cost more than the whole detection walk, and no per-file check needs
 * them. JSDoc is not parsed either; nothing Candor looks for lives in comments.
 */
export class SourceParser {
  constructor(private readonly catalog: DetectionCatalog) {}

  /** Facts of one file, or the syntax error that stops it from being read. */
  parse(file: string, text: string): ParseResult {
    const language = languageOf(file);
    if (language === undefined) return { error: 'not a JavaScript, TypeScript or HTML file' };
    const options = { interest: this.catalog.interest };
    const ts = typescript();
    if (language === 'html') return { facts: extractHtmlFacts(ts, text, file, options) };
    const sourceFile = ts.createSourceFile(
      file,
      text,
      { languageVersion: ts.ScriptTarget.Latest, jsDocParsingMode: ts.JSDocParsingMode.ParseNone },
      false,
      scriptKind(ts, language),
    );
    const error = firstSyntaxError(ts, sourceFile);
    if (error !== undefined) return { error };
    return { facts: extractFacts(ts, sourceFile, file, language, options) };
  }
}

/** The parser's own diagnostics (not the type checker's): `syntax error at 3:7: ';' expected.` */
function firstSyntaxError(ts: TypeScriptApi, sourceFile: TypeScript.SourceFile): string | undefined {
  // `parseDiagnostics` is internal to TypeScript but has been stable for a decade; reading it avoids a program.
  const diagnostics = (sourceFile as { parseDiagnostics?: readonly TypeScript.DiagnosticWithLocation[] }).parseDiagnostics;
  const first = diagnostics?.[0];
  if (first === undefined) return undefined;
  const { line, character } = sourceFile.getLineAndCharacterOfPosition(first.start);
  return `syntax error at ${line + 1}:${character + 1}: ${ts.flattenDiagnosticMessageText(first.messageText, ' ')}`;
}
