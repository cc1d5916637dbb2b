import { Project, ts } from 'ts-morph';
import { extractHtmlFacts } from '../adapters/html.js';
import type { TypeScriptApi } from '../adapters/typescript.js';
import { extractFacts } from '../adapters/typescript.js';
import type { DetectionCatalog } from '../core/detection-catalog.js';
import type { FileFacts, SourceLanguage } from '../core/facts.js';

/**
 * ts-morph bundles its own TypeScript build. Its declarations are a copy of the `typescript` package's,
 * nominally distinct (enums), so it is typed once here as the API the adapter reads.
 */
const morphTs = ts as unknown as TypeScriptApi;

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

const scriptKinds: Readonly<Record<Exclude<SourceLanguage, 'html'>, ts.ScriptKind>> = {
  ts: ts.ScriptKind.TS,
  tsx: ts.ScriptKind.TSX,
  js: ts.ScriptKind.JS,
  jsx: ts.ScriptKind.JSX,
};

export type ParseResult = { facts: FileFacts } | { error: string };

/**
 * One ts-morph project for a scan, holding no more than the file being read: each file is parsed
 * once, walked once over its compiler nodes, and released. The wrappers and the type checker stay
 * available to checks that need them, at no cost to the hot path.
 */
export class SourceParser {
  private readonly project = new Project({
    useInMemoryFileSystem: true,
    skipFileDependencyResolution: true,
    skipAddingFilesFromTsConfig: true,
    compilerOptions: { allowJs: true, jsx: ts.JsxEmit.Preserve, noLib: true },
  });

  constructor(private readonly catalog: DetectionCatalog) {}

  /** Facts of one file, or the syntax error that stops it from being read. */
  parse(file: string, text: string): ParseResult {
    const language = languageOf(file);
    if (language === undefined) return { error: 'not a JavaScript, TypeScript or HTML file' };
    const options = { interestingNames: this.catalog.interestingNames };
    if (language === 'html') return { facts: extractHtmlFacts(morphTs, text, file, options) };
    const sourceFile = this.project.createSourceFile(`/${file}`, text, { overwrite: true, scriptKind: scriptKinds[language] });
    try {
      const compilerNode = sourceFile.compilerNode;
      const error = firstSyntaxError(compilerNode);
      if (error !== undefined) return { error };
      return { facts: extractFacts(morphTs, compilerNode as unknown as Parameters<typeof extractFacts>[1], file, language, options) };
    } finally {
      this.project.removeSourceFile(sourceFile);
    }
  }
}

/** The parser's own diagnostics (not the type checker's): `syntax error at 3:7: ';' expected.` */
function firstSyntaxError(sourceFile: ts.SourceFile): string | undefined {
  // `parseDiagnostics` is internal to TypeScript but has been stable for a decade; reading it avoids a program.
  const diagnostics = (sourceFile as unknown as { parseDiagnostics?: readonly ts.DiagnosticWithLocation[] }).parseDiagnostics;
  const first = diagnostics?.[0];
  if (first === undefined) return undefined;
  const { line, character } = sourceFile.getLineAndCharacterOfPosition(first.start);
  return `syntax error at ${line + 1}:${character + 1}: ${ts.flattenDiagnosticMessageText(first.messageText, ' ')}`;
}
