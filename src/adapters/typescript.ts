import type * as TypeScript from 'typescript';
import type {
  AssignFact,
  CallFact,
  ElementFact,
  FileFacts,
  ImportFact,
  ReadFact,
  SourceLanguage,
  SourceRange,
  StaticValue,
  UrlFact,
} from '../core/facts.js';

/**
 * TypeScript syntax tree → facts, in one walk over raw compiler nodes.
 *
 * Used by both engines: the scanner hands in ts-morph's compiler nodes, the ESLint rules the tree
 * typescript-eslint already built. The two may come from different TypeScript builds, whose
 * `SyntaxKind` numbers can differ, so the module that made the nodes is passed in rather than imported.
 */
export type TypeScriptApi = typeof TypeScript;
type Node = TypeScript.Node;
type Expression = TypeScript.Expression;

/**
 * Which references are worth a fact. Most calls and reads in a file (`console.log`, `arr.map`,
 * `useState()`) can match no catalog pattern; skipping them keeps the walk close to parse speed.
 */
export interface Interest {
  /** Member names any pattern mentions (`setItem`, `cookie`, `getCurrentPosition`). */
  names: ReadonlySet<string>;
  /** Globals (`navigator`, `gtag`) and modules (`js-cookie`) that patterns or vendors are rooted in. */
  roots: ReadonlySet<string>;
  /** Module scopes (`@sentry/`) whose every package is interesting. */
  modulePrefixes: readonly string[];
  /** Whether a call to this reference can matter to a detector (the exact test, after the cheap ones). */
  keepsCall(callee: string): boolean;
  /** Whether a read of this reference can matter to a detector. */
  keepsRead(ref: string): boolean;
}

export interface ExtractOptions {
  interest: Interest;
  /** Added to every line number (inline `<script>` blocks of an HTML page). */
  lineOffset?: number;
  /** Added to columns on the first line (inline `<script>` blocks). */
  firstLineColumnOffset?: number;
  /** Lines of the whole file, when the tree covers only part of it. */
  lines?: readonly string[];
}

interface Binding {
  /** Initialiser to follow, with the destructuring path into its value. */
  init: Expression;
  path: string[];
  isConst: boolean;
}

interface PendingAssign {
  node: TypeScript.BinaryExpression;
  target: TypeScript.PropertyAccessExpression | TypeScript.ElementAccessExpression;
}
interface PendingElement {
  node: TypeScript.JsxOpeningElement | TypeScript.JsxSelfClosingElement;
  label: string | undefined;
}

const globalObjects = new Set(['window', 'globalThis', 'self']);
const recordedIntrinsicTags = new Set(['input', 'select', 'textarea', 'script', 'iframe', 'img', 'form']);

/** What the walk does at a node kind; numbered so the walk's switch compiles to a jump table. */
const enum Action {
  Descend = 0,
  Skip,
  Import,
  ImportEquals,
  Export,
  MaybeAmbient,
  Variable,
  Parameter,
  FunctionOrClass,
  Enum,
  Call,
  Binary,
  Member,
  String,
  Template,
  JsxElement,
  JsxOpening,
}

const actionTables = new WeakMap<TypeScriptApi, Uint8Array>();

/**
 * Kind → action, built once per TypeScript build (kind numbers differ between builds). Types say
 * nothing about what code does at run time, so their subtrees are skipped.
 */
function actionTable(ts: TypeScriptApi): Uint8Array {
  const cached = actionTables.get(ts);
  if (cached !== undefined) return cached;
  const K = ts.SyntaxKind;
  const table = new Uint8Array(K.Count + 1);
  for (let kind = K.FirstTypeNode; kind <= K.LastTypeNode; kind++) table[kind] = Action.Skip;
  const set = (action: Action, ...kinds: TypeScript.SyntaxKind[]): void => {
    for (const kind of kinds) table[kind] = action;
  };
  set(Action.Skip, K.InterfaceDeclaration, K.TypeAliasDeclaration);
  set(Action.Import, K.ImportDeclaration);
  set(Action.ImportEquals, K.ImportEqualsDeclaration);
  set(Action.Export, K.ExportDeclaration);
  set(Action.MaybeAmbient, K.VariableStatement, K.ModuleDeclaration);
  set(Action.Variable, K.VariableDeclaration);
  set(Action.Parameter, K.Parameter);
  set(Action.FunctionOrClass, K.FunctionDeclaration, K.ClassDeclaration);
  set(Action.Enum, K.EnumDeclaration);
  set(Action.Call, K.CallExpression, K.NewExpression);
  set(Action.Binary, K.BinaryExpression);
  set(Action.Member, K.PropertyAccessExpression, K.ElementAccessExpression);
  set(Action.String, K.StringLiteral, K.NoSubstitutionTemplateLiteral);
  set(Action.Template, K.TemplateExpression);
  set(Action.JsxElement, K.JsxElement);
  set(Action.JsxOpening, K.JsxOpeningElement, K.JsxSelfClosingElement);
  actionTables.set(ts, table);
  return table;
}

/** Extracts the facts of one file. */
export function extractFacts(
  ts: TypeScriptApi,
  sourceFile: TypeScript.SourceFile,
  file: string,
  language: SourceLanguage,
  options: ExtractOptions,
): FileFacts {
  const K = ts.SyntaxKind;
  const imports = new Map<string, { module: string; exportName: string }>();
  const declared = new Set<string>();
  const bindings = new Map<string, Binding | null>();
  const importFacts: ImportFact[] = [];
  const pendingCalls: (TypeScript.CallExpression | TypeScript.NewExpression)[] = [];
  const pendingAssigns: PendingAssign[] = [];
  const pendingReads: Expression[] = [];
  const pendingElements: PendingElement[] = [];
  const labelsByFor = new Map<string, string>();
  const urls: UrlFact[] = [];
  const pendingTemplateUrls: TypeScript.TemplateExpression[] = [];
  const strings = new Set<string>();
  const labelStack: string[] = [];
  /** Enums evaluate like frozen objects. */
  const enums = new Map<string, StaticValue>();
  const lineOffset = options.lineOffset ?? 0;
  const columnOffset = options.firstLineColumnOffset ?? 0;

  function rangeOf(node: Node): SourceRange {
    const start = sourceFile.getLineAndCharacterOfPosition(node.getStart(sourceFile));
    const end = sourceFile.getLineAndCharacterOfPosition(node.getEnd());
    return {
      line: start.line + 1 + lineOffset,
      column: start.character + 1 + (start.line === 0 ? columnOffset : 0),
      endLine: end.line + 1 + lineOffset,
      endColumn: end.character + 1 + (end.line === 0 ? columnOffset : 0),
    };
  }

  function textOf(node: Node): string {
    return node.getText(sourceFile);
  }

  function declareBindingName(name: TypeScript.BindingName, init: Expression | undefined, isConst: boolean, path: string[] = []): void {
    if (ts.isIdentifier(name)) {
      declared.add(name.text);
      if (init === undefined) {
        bindings.set(name.text, null);
      } else if (bindings.has(name.text)) {
        // Two declarations of one name in different scopes: too ambiguous to follow.
        bindings.set(name.text, null);
      } else {
        bindings.set(name.text, { init, path, isConst });
      }
      return;
    }
    if (ts.isObjectBindingPattern(name)) {
      for (const element of name.elements) {
        const key = element.propertyName ?? element.name;
        const keyText = ts.isIdentifier(key) || ts.isStringLiteral(key) ? key.text : undefined;
        if (element.dotDotDotToken !== undefined || keyText === undefined) {
          declareBindingName(element.name, undefined, isConst);
        } else {
          declareBindingName(element.name, init, isConst, [...path, keyText]);
        }
      }
      return;
    }
    name.elements.forEach((element, index) => {
      if (ts.isOmittedExpression(element)) return;
      declareBindingName(element.name, element.dotDotDotToken === undefined ? init : undefined, isConst, [...path, String(index)]);
    });
  }

  function recordImport(module: string, node: Node): void {
    importFacts.push({ kind: 'import', module, range: rangeOf(node) });
  }

  function visitImportDeclaration(node: TypeScript.ImportDeclaration): void {
    if (!ts.isStringLiteral(node.moduleSpecifier)) return;
    const clause = node.importClause;
    if (clause?.isTypeOnly === true) return;
    const module = node.moduleSpecifier.text;
    recordImport(module, node.moduleSpecifier);
    if (clause === undefined) return;
    if (clause.name !== undefined) {
      imports.set(clause.name.text, { module, exportName: 'default' });
      declared.add(clause.name.text);
    }
    const named = clause.namedBindings;
    if (named === undefined) return;
    if (ts.isNamespaceImport(named)) {
      imports.set(named.name.text, { module, exportName: '*' });
      declared.add(named.name.text);
      return;
    }
    for (const element of named.elements) {
      if (element.isTypeOnly) continue;
      const imported = element.propertyName ?? element.name;
      imports.set(element.name.text, { module, exportName: ts.isIdentifier(imported) ? imported.text : imported.text });
      declared.add(element.name.text);
    }
  }

  function requiredModule(node: Expression): string | undefined {
    if (!ts.isCallExpression(node)) return undefined;
    const [first] = node.arguments;
    if (first === undefined || !ts.isStringLiteralLike(first)) return undefined;
    if (ts.isIdentifier(node.expression) && node.expression.text === 'require') return first.text;
    if (node.expression.kind === K.ImportKeyword) return first.text;
    return undefined;
  }

  /** Canonical reference of an expression (`core/facts.ts` `ApiRef`), or undefined. */
  function refOf(node: Expression, seen: Set<string> = new Set()): string | undefined {
    switch (node.kind) {
      case K.Identifier: {
        const name = (node as TypeScript.Identifier).text;
        const imported = imports.get(name);
        if (imported !== undefined) return `${imported.module}#${imported.exportName}`;
        const binding = bindings.get(name);
        if (binding !== undefined && binding !== null) {
          // `var _paq = window._paq || []` and `var X = X || {}` declare a handle on the global itself.
          if (seen.has(name)) return name;
          seen.add(name);
          const base = refOf(binding.init, seen);
          if (base !== undefined) return appendPath(base, binding.path);
          return `~${name}`;
        }
        if (declared.has(name)) return `~${name}`;
        return name;
      }
      case K.PropertyAccessExpression: {
        const access = node as TypeScript.PropertyAccessExpression;
        if (!ts.isIdentifier(access.name)) return undefined;
        const base = refOf(access.expression, seen);
        return base === undefined ? undefined : appendMember(base, access.name.text);
      }
      case K.ElementAccessExpression: {
        const access = node as TypeScript.ElementAccessExpression;
        const base = refOf(access.expression, seen);
        if (base === undefined) return undefined;
        const key = staticKey(access.argumentExpression);
        return appendMember(base, key ?? '[]');
      }
      case K.CallExpression: {
        const call = node as TypeScript.CallExpression;
        const module = requiredModule(call);
        if (module !== undefined) return `${module}#${call.expression.kind === K.ImportKeyword ? '*' : 'default'}`;
        const base = refOf(call.expression, seen);
        return base === undefined ? undefined : `${base}()`;
      }
      case K.NewExpression: {
        const base = refOf((node as TypeScript.NewExpression).expression, seen);
        return base === undefined ? undefined : `${base}()`;
      }
      case K.AwaitExpression:
      case K.ParenthesizedExpression:
      case K.NonNullExpression:
      case K.AsExpression:
      case K.SatisfiesExpression:
      case K.TypeAssertionExpression:
        return refOf((node as TypeScript.ParenthesizedExpression).expression, seen);
      case K.BinaryExpression: {
        const binary = node as TypeScript.BinaryExpression;
        const operator = binary.operatorToken.kind;
        if (operator === K.BarBarToken || operator === K.QuestionQuestionToken) return refOf(binary.left, seen);
        // `var _hsq = window._hsq = window._hsq || []`: the value of an assignment is its right side.
        if (operator === K.EqualsToken) return refOf(binary.right, seen);
        return undefined;
      }
      default:
        return undefined;
    }
  }

  function staticKey(node: Expression): string | undefined {
    const value = evaluate(node);
    if (value.kind === 'string') return value.value;
    if (value.kind === 'number') return String(value.value);
    return undefined;
  }

  function appendMember(base: string, member: string): string {
    // `window.x`, `globalThis.x` and `self.x` are the global `x`.
    if (globalObjects.has(base)) return member;
    // A namespace import's member is the module's named export.
    if (base.endsWith('#*')) return `${base.slice(0, -1)}${member}`;
    return `${base}.${member}`;
  }

  function appendPath(base: string, path: readonly string[]): string {
    let ref = base;
    for (const member of path) ref = appendMember(ref, member);
    return ref;
  }

  const evaluating = new Set<string>();

  /** Static value of an expression: literals, same-file constants, templates with known parts. */
  function evaluate(node: Expression): StaticValue {
    switch (node.kind) {
      case K.StringLiteral:
      case K.NoSubstitutionTemplateLiteral:
        return { kind: 'string', value: (node as TypeScript.StringLiteral).text };
      case K.NumericLiteral:
        return { kind: 'number', value: Number((node as TypeScript.NumericLiteral).text) };
      case K.TrueKeyword:
        return { kind: 'boolean', value: true };
      case K.FalseKeyword:
        return { kind: 'boolean', value: false };
      case K.NullKeyword:
        return { kind: 'null' };
      case K.PrefixUnaryExpression: {
        const unary = node as TypeScript.PrefixUnaryExpression;
        const operand = evaluate(unary.operand);
        if (unary.operator === K.MinusToken && operand.kind === 'number') return { kind: 'number', value: -operand.value };
        if (unary.operator === K.ExclamationToken && operand.kind === 'boolean') return { kind: 'boolean', value: !operand.value };
        return unknown(node, 'an expression');
      }
      case K.TemplateExpression: {
        const template = node as TypeScript.TemplateExpression;
        let pattern = template.head.text;
        const names: string[] = [];
        let complete = true;
        for (const span of template.templateSpans) {
          const part = evaluate(span.expression);
          complete &&= isComplete(part);
          pattern += textPattern(part);
          names.push(...unknownNames(part));
          pattern += span.literal.text;
        }
        return complete ? { kind: 'string', value: pattern } : { kind: 'template', pattern, names };
      }
      case K.BinaryExpression:
        return evaluateBinary(node as TypeScript.BinaryExpression);
      case K.Identifier:
        return evaluateIdentifier(node as TypeScript.Identifier);
      case K.PropertyAccessExpression:
      case K.ElementAccessExpression: {
        const access = node as TypeScript.PropertyAccessExpression | TypeScript.ElementAccessExpression;
        const object = evaluate(access.expression);
        const key = ts.isPropertyAccessExpression(access) ? access.name.text : staticKey(access.argumentExpression);
        if (object.kind === 'object' && key !== undefined) {
          const property = object.properties[key];
          if (property !== undefined) return property;
        }
        if (object.kind === 'array' && key !== undefined) {
          const element = object.elements[Number(key)];
          if (element !== undefined) return element;
        }
        return unknown(node, 'a property read');
      }
      case K.ObjectLiteralExpression:
        return evaluateObject(node as TypeScript.ObjectLiteralExpression);
      case K.ArrayLiteralExpression:
        return { kind: 'array', elements: (node as TypeScript.ArrayLiteralExpression).elements.map((element) => evaluate(element)) };
      case K.ArrowFunction:
      case K.FunctionExpression:
        return { kind: 'function' };
      case K.ParenthesizedExpression:
      case K.AsExpression:
      case K.SatisfiesExpression:
      case K.NonNullExpression:
      case K.TypeAssertionExpression:
        return evaluate((node as TypeScript.ParenthesizedExpression).expression);
      default:
        return unknown(node, 'an expression');
    }
  }

  function evaluateBinary(node: TypeScript.BinaryExpression): StaticValue {
    const operator = node.operatorToken.kind;
    if (operator === K.BarBarToken || operator === K.QuestionQuestionToken) {
      const left = evaluate(node.left);
      return left.kind === 'unknown' ? evaluate(node.right) : left;
    }
    const left = evaluate(node.left);
    const right = evaluate(node.right);
    if (left.kind === 'number' && right.kind === 'number') {
      switch (operator) {
        case K.PlusToken:
          return { kind: 'number', value: left.value + right.value };
        case K.MinusToken:
          return { kind: 'number', value: left.value - right.value };
        case K.AsteriskToken:
          return { kind: 'number', value: left.value * right.value };
        case K.SlashToken:
          return { kind: 'number', value: left.value / right.value };
        default:
          return unknown(node, 'an expression');
      }
    }
    if (operator === K.PlusToken && (isTextual(left) || isTextual(right))) {
      const pattern = textPattern(left) + textPattern(right);
      const complete = isComplete(left) && isComplete(right);
      return complete ? { kind: 'string', value: pattern } : { kind: 'template', pattern, names: [...unknownNames(left), ...unknownNames(right)] };
    }
    return unknown(node, 'an expression');
  }

  function evaluateIdentifier(node: TypeScript.Identifier): StaticValue {
    const name = node.text;
    if (name === 'undefined') return { kind: 'null' };
    const enumValue = enums.get(name);
    if (enumValue !== undefined) return enumValue;
    const imported = imports.get(name);
    if (imported !== undefined) return { kind: 'unknown', reason: `\`${name}\` is imported from \`${imported.module}\``, names: [name] };
    const binding = bindings.get(name);
    if (binding === undefined || binding === null || !binding.isConst || evaluating.has(name)) {
      return { kind: 'unknown', reason: declared.has(name) ? `\`${name}\` is not a constant` : `\`${name}\` is not defined in this file`, names: [name] };
    }
    evaluating.add(name);
    let value = evaluate(binding.init);
    for (const member of binding.path) {
      if (value.kind === 'object' && value.properties[member] !== undefined) value = value.properties[member];
      else if (value.kind === 'array' && value.elements[Number(member)] !== undefined) value = value.elements[Number(member)] ?? value;
      else {
        value = { kind: 'unknown', reason: `\`${name}\` is destructured from an expression`, names: [name] };
        break;
      }
    }
    evaluating.delete(name);
    if (value.kind === 'unknown') return { kind: 'unknown', reason: value.reason, names: [name, ...value.names] };
    return value;
  }

  function evaluateObject(node: TypeScript.ObjectLiteralExpression): StaticValue {
    const properties: Record<string, StaticValue> = {};
    let hasSpread = false;
    for (const property of node.properties) {
      if (ts.isPropertyAssignment(property)) {
        const key = propertyKey(property.name);
        if (key !== undefined) properties[key] = evaluate(property.initializer);
      } else if (ts.isShorthandPropertyAssignment(property)) {
        properties[property.name.text] = evaluate(property.name);
      } else if (ts.isSpreadAssignment(property)) {
        const spread = evaluate(property.expression);
        if (spread.kind === 'object') Object.assign(properties, spread.properties);
        else hasSpread = true;
      } else if (ts.isMethodDeclaration(property)) {
        const key = propertyKey(property.name);
        if (key !== undefined) properties[key] = { kind: 'function' };
      }
    }
    return { kind: 'object', properties, hasSpread };
  }

  function propertyKey(name: TypeScript.PropertyName): string | undefined {
    if (ts.isIdentifier(name) || ts.isStringLiteral(name) || ts.isNumericLiteral(name) || ts.isPrivateIdentifier(name)) return name.text;
    if (ts.isComputedPropertyName(name)) return staticKey(name.expression);
    return undefined;
  }

  function unknown(node: Node, what: string): StaticValue {
    return { kind: 'unknown', reason: `${what} that cannot be read statically`, names: namesIn(node) };
  }


  /** `siteConfig.name` as one path, so the classifier sees whose name it is; undefined for other chains. */
  function dottedPath(node: Node): string | undefined {
    if (ts.isIdentifier(node)) return node.text;
    if (ts.isPropertyAccessExpression(node) && ts.isIdentifier(node.name)) {
      const base = dottedPath(node.expression);
      return base === undefined ? undefined : `${base}.${node.name.text}`;
    }
    return undefined;
  }

  /**
   * Identifier and property names an expression reads, in order, at most a few dozen. A chain of
   * property reads is one name (`user.email`, `siteConfig.name`): its owner tells a person's name from
   * a product's.
   */
  function namesIn(node: Node): string[] {
    const names: string[] = [];
    const visit = (child: Node): void => {
      if (names.length >= 32) return;
      const path = ts.isPropertyAccessExpression(child) ? dottedPath(child) : undefined;
      if (path !== undefined) {
        names.push(path);
        return;
      }
      if (ts.isIdentifier(child) || ts.isPrivateIdentifier(child)) names.push(child.text);
      else if (ts.isElementAccessExpression(child)) {
        visit(child.expression);
        if (ts.isStringLiteral(child.argumentExpression)) names.push(child.argumentExpression.text);
        else visit(child.argumentExpression);
        return;
      } else if (ts.isPropertyAssignment(child) || ts.isShorthandPropertyAssignment(child)) {
        const key = propertyKey(child.name);
        if (key !== undefined && !ts.isShorthandPropertyAssignment(child)) names.push(key);
        if (ts.isPropertyAssignment(child)) visit(child.initializer);
        else names.push(child.name.text);
        return;
      }
      ts.forEachChild(child, visit);
    };
    visit(node);
    return names;
  }

  const { interest } = options;

  function isInterestingModule(module: string): boolean {
    return interest.roots.has(module) || interest.modulePrefixes.some((prefix) => module.startsWith(prefix));
  }

  /**
   * A cheap test on the syntax, before any reference string is built: could this chain's reference be
   * interesting? Never false where `isInteresting(refOf(node))` would be true; most chains in a file
   * (`items.filter`, `response.json`, `console.log`) are rejected here without allocating.
   */
  function mayBeInteresting(node: Expression, seen?: Set<string>): boolean {
    let current: Expression = node;
    let nextMember: string | undefined;
    for (;;) {
      switch (current.kind) {
        case K.PropertyAccessExpression: {
          const access = current as TypeScript.PropertyAccessExpression;
          if (!ts.isIdentifier(access.name)) return false;
          if (interest.names.has(access.name.text)) return true;
          nextMember = access.name.text;
          current = access.expression;
          continue;
        }
        case K.ElementAccessExpression: {
          const access = current as TypeScript.ElementAccessExpression;
          const key = access.argumentExpression;
          if (ts.isStringLiteralLike(key)) {
            if (interest.names.has(key.text)) return true;
            nextMember = key.text;
          } else {
            // A constant key is only known after evaluation: let the exact test decide.
            if (ts.isIdentifier(key) || ts.isPropertyAccessExpression(key)) return true;
            nextMember = undefined;
          }
          current = access.expression;
          continue;
        }
        case K.CallExpression:
        case K.NewExpression: {
          const call = current as TypeScript.CallExpression;
          const module = ts.isCallExpression(call) ? requiredModule(call) : undefined;
          if (module !== undefined) return isInterestingModule(module);
          nextMember = undefined;
          current = call.expression;
          continue;
        }
        case K.AwaitExpression:
        case K.ParenthesizedExpression:
        case K.NonNullExpression:
        case K.AsExpression:
        case K.SatisfiesExpression:
        case K.TypeAssertionExpression:
          current = (current as TypeScript.ParenthesizedExpression).expression;
          continue;
        case K.BinaryExpression: {
          const binary = current as TypeScript.BinaryExpression;
          const operator = binary.operatorToken.kind;
          if (operator === K.BarBarToken || operator === K.QuestionQuestionToken) current = binary.left;
          else if (operator === K.EqualsToken) current = binary.right;
          else return false;
          continue;
        }
        case K.Identifier: {
          const name = (current as TypeScript.Identifier).text;
          const imported = imports.get(name);
          if (imported !== undefined) return isInterestingModule(imported.module);
          const binding = bindings.get(name);
          if (binding !== undefined && binding !== null) {
            if (seen?.has(name) === true) return interest.roots.has(name);
            for (const member of binding.path) if (interest.names.has(member)) return true;
            const visited = seen ?? new Set<string>();
            visited.add(name);
            return mayBeInteresting(binding.init, visited);
          }
          if (declared.has(name)) return false;
          if (globalObjects.has(name)) return nextMember !== undefined && interest.roots.has(nextMember);
          return interest.roots.has(name);
        }
        default:
          return false;
      }
    }
  }

  function isInteresting(ref: string): boolean {
    const hash = ref.indexOf('#');
    if (hash >= 0) {
      const module = ref.slice(0, hash);
      if (interest.roots.has(module) || interest.modulePrefixes.some((prefix) => module.startsWith(prefix))) return true;
    } else if (!ref.startsWith('~')) {
      const end = ref.search(/[.(]/);
      if (interest.roots.has(end < 0 ? ref : ref.slice(0, end))) return true;
    }
    const members = ref.slice(hash + 1).split(/[.()]+/);
    for (let i = hash >= 0 ? 0 : 1; i < members.length; i++) {
      const name = members[i];
      if (name !== undefined && interest.names.has(name)) return true;
    }
    return false;
  }

  function jsxTagName(tag: TypeScript.JsxTagNameExpression): string {
    return textOf(tag);
  }

  function jsxText(node: Node): string {
    let text = '';
    const visit = (child: Node): void => {
      if (ts.isJsxText(child)) text += ` ${child.text}`;
      else if (ts.isJsxExpression(child) && child.expression !== undefined) {
        const value = evaluate(child.expression);
        if (value.kind === 'string') text += ` ${value.value}`;
      } else ts.forEachChild(child, visit);
    };
    ts.forEachChild(node, visit);
    return text.replace(/\s+/g, ' ').trim();
  }

  function jsxAttributeValue(property: TypeScript.JsxAttribute): StaticValue | undefined {
    const initializer = property.initializer;
    if (initializer === undefined) return { kind: 'boolean', value: true };
    if (ts.isStringLiteral(initializer)) return { kind: 'string', value: initializer.text };
    if (ts.isJsxExpression(initializer) && initializer.expression !== undefined) return evaluate(initializer.expression);
    return undefined;
  }

  function attributeValue(attributes: TypeScript.JsxAttributes, name: string): StaticValue | undefined {
    for (const property of attributes.properties) {
      if (ts.isJsxAttribute(property) && textOf(property.name) === name) return jsxAttributeValue(property);
    }
    return undefined;
  }

  function visitJsxOpening(node: TypeScript.JsxOpeningElement | TypeScript.JsxSelfClosingElement): void {
    const tag = jsxTagName(node.tagName);
    const isComponent = /^[A-Z]/.test(tag) || tag.includes('.');
    if (isComponent || recordedIntrinsicTags.has(tag)) {
      pendingElements.push({ node, label: labelStack.at(-1) });
    }
  }

  function visitLabel(node: TypeScript.JsxElement): void {
    const text = jsxText(node);
    const forValue = attributeValue(node.openingElement.attributes, 'htmlFor') ?? attributeValue(node.openingElement.attributes, 'for');
    if (forValue?.kind === 'string') labelsByFor.set(forValue.value, text);
    labelStack.push(text);
    ts.forEachChild(node, visit);
    labelStack.pop();
  }

  function isMemberChainParent(node: Node, parent: Node | undefined): boolean {
    if (parent === undefined) return false;
    if ((ts.isPropertyAccessExpression(parent) || ts.isElementAccessExpression(parent)) && parent.expression === node) return true;
    if ((ts.isCallExpression(parent) || ts.isNewExpression(parent)) && parent.expression === node) return true;
    if (ts.isBinaryExpression(parent) && parent.left === node && parent.operatorToken.kind === K.EqualsToken) return true;
    return false;
  }

  function recordString(node: TypeScript.StringLiteralLike): void {
    const value = node.text;
    strings.add(value);
    const first = value.charCodeAt(0);
    // 'h' for http(s)://, '/' for protocol-relative //host
    if (first !== 104 && first !== 47) return;
    if (/^(?:https?:)?\/\/[a-z0-9-]+(?:\.[a-z0-9-]+)+/i.test(value)) {
      urls.push({ kind: 'url', url: value, range: rangeOf(node) });
    }
  }

  /** `https://cdn.mouseflow.com/projects/${id}.js`: a URL whose host is known even if its path is not. */
  function recordTemplateUrl(node: TypeScript.TemplateExpression): void {
    if (!/^(?:https?:)?\/\/[a-z0-9-]+(?:\.[a-z0-9-]+)+/i.test(node.head.text)) return;
    pendingTemplateUrls.push(node);
  }

  /** The node whose children are being visited (the scanner parses without parent pointers). */
  let currentParent: Node | undefined;
  const actions = actionTable(ts);

  function visit(node: Node): void {
    const parent = currentParent;
    switch (actions[node.kind]) {
      case Action.Skip:
        return;
      case Action.Import:
        visitImportDeclaration(node as TypeScript.ImportDeclaration);
        return;
      case Action.ImportEquals: {
        const declaration = node as TypeScript.ImportEqualsDeclaration;
        declared.add(declaration.name.text);
        if (ts.isExternalModuleReference(declaration.moduleReference) && ts.isStringLiteral(declaration.moduleReference.expression)) {
          const module = declaration.moduleReference.expression.text;
          imports.set(declaration.name.text, { module, exportName: 'default' });
          recordImport(module, declaration.moduleReference.expression);
        }
        return;
      }
      case Action.Export: {
        const declaration = node as TypeScript.ExportDeclaration;
        if (declaration.moduleSpecifier !== undefined && ts.isStringLiteral(declaration.moduleSpecifier) && !declaration.isTypeOnly) {
          recordImport(declaration.moduleSpecifier.text, declaration.moduleSpecifier);
        }
        return;
      }
      case Action.MaybeAmbient:
        // `declare const FB: …`, `declare global { … }`: types for a global, not a local binding.
        if (isAmbient(node)) return;
        break;
      case Action.Variable: {
        const declaration = node as TypeScript.VariableDeclaration;
        // Parents come from the walk: the scanner parses without setting parent pointers.
        const list = parent;
        const isConst = list !== undefined && ts.isVariableDeclarationList(list) && (list.flags & ts.NodeFlags.Const) !== 0;
        declareBindingName(declaration.name, declaration.initializer, isConst);
        break;
      }
      case Action.Parameter:
        declareNames((node as TypeScript.ParameterDeclaration).name);
        break;
      case Action.FunctionOrClass: {
        const name = (node as TypeScript.FunctionDeclaration).name;
        if (isAmbient(node)) return;
        if (name !== undefined) {
          declared.add(name.text);
          bindings.set(name.text, null);
        }
        break;
      }
      case Action.Enum: {
        const declaration = node as TypeScript.EnumDeclaration;
        declared.add(declaration.name.text);
        const properties: Record<string, StaticValue> = {};
        for (const member of declaration.members) {
          const key = propertyKey(member.name);
          if (key !== undefined && member.initializer !== undefined) properties[key] = evaluate(member.initializer);
        }
        enums.set(declaration.name.text, { kind: 'object', properties, hasSpread: false });
        return;
      }
      case Action.Call: {
        const call = node as TypeScript.CallExpression;
        const module = requiredModule(call);
        if (module !== undefined) recordImport(module, call.arguments[0] ?? call);
        pendingCalls.push(call);
        break;
      }
      case Action.Binary: {
        const binary = node as TypeScript.BinaryExpression;
        if (binary.operatorToken.kind === K.EqualsToken && (ts.isPropertyAccessExpression(binary.left) || ts.isElementAccessExpression(binary.left))) {
          pendingAssigns.push({ node: binary, target: binary.left });
        }
        break;
      }
      case Action.Member:
        if (!isMemberChainParent(node, parent)) pendingReads.push(node as Expression);
        break;
      case Action.String:
        recordString(node as TypeScript.StringLiteralLike);
        return;
      case Action.Template:
        recordTemplateUrl(node as TypeScript.TemplateExpression);
        break;
      case Action.JsxElement: {
        const element = node as TypeScript.JsxElement;
        if (jsxTagName(element.openingElement.tagName) === 'label') {
          currentParent = node;
          visitLabel(element);
          currentParent = parent;
          return;
        }
        break;
      }
      case Action.JsxOpening:
        visitJsxOpening(node as TypeScript.JsxOpeningElement);
        break;
      default:
        break;
    }
    currentParent = node;
    ts.forEachChild(node, visit);
    currentParent = parent;
  }

  function isAmbient(node: Node): boolean {
    return ts.canHaveModifiers(node) && (ts.getModifiers(node)?.some((modifier) => modifier.kind === K.DeclareKeyword) ?? false);
  }

  function declareNames(name: TypeScript.BindingName): void {
    declareBindingName(name, undefined, false);
  }

  currentParent = undefined;
  ts.forEachChild(sourceFile, visit);

  const lines = options.lines;

  for (const node of pendingTemplateUrls) {
    const value = evaluate(node);
    const url = value.kind === 'string' ? value.value : value.kind === 'template' ? value.pattern : undefined;
    if (url !== undefined) urls.push({ kind: 'url', url, range: rangeOf(node) });
  }

  const calls: CallFact[] = [];
  for (const node of pendingCalls) {
    if (requiredModule(node as TypeScript.CallExpression) !== undefined) continue;
    if (!mayBeInteresting(node.expression)) continue;
    const callee = refOf(node.expression);
    if (callee === undefined || !isInteresting(callee) || !interest.keepsCall(callee)) continue;
    calls.push({
      kind: 'call',
      callee,
      isNew: ts.isNewExpression(node),
      args: (node.arguments ?? []).map((argument) => evaluate(argument)),
      range: rangeOf(node),
      calleeRange: rangeOf(node.expression),
      text: textOf(node),
    });
  }

  const assignments: AssignFact[] = [];
  for (const { node, target } of pendingAssigns) {
    const object = refOf(target.expression);
    if (object === undefined || object.startsWith('~')) continue;
    const property: StaticValue = ts.isPropertyAccessExpression(target)
      ? { kind: 'string', value: target.name.text }
      : evaluate(target.argumentExpression);
    assignments.push({ kind: 'assign', object, property, value: evaluate(node.right), range: rangeOf(target), text: textOf(node) });
  }

  const reads: ReadFact[] = [];
  for (const node of pendingReads) {
    if (!mayBeInteresting(node)) continue;
    const ref = refOf(node);
    if (ref === undefined || !isInteresting(ref) || !interest.keepsRead(ref)) continue;
    reads.push({ kind: 'read', ref, range: rangeOf(node), text: textOf(node) });
  }

  const elements: ElementFact[] = [];
  for (const { node, label } of pendingElements) {
    const attributes: Record<string, StaticValue> = {};
    for (const property of node.attributes.properties) {
      if (!ts.isJsxAttribute(property)) continue;
      const name = textOf(property.name);
      const value = jsxAttributeValue(property);
      if (value !== undefined) attributes[name] = value;
    }
    const tag = jsxTagName(node.tagName);
    const tagRef = /^[A-Z]/.test(tag) || tag.includes('.') ? refOf(node.tagName as Expression) : undefined;
    const id = attributes.id;
    const forLabel = id?.kind === 'string' ? labelsByFor.get(id.value) : undefined;
    const fact: ElementFact = { kind: 'element', tag, attributes, range: rangeOf(node), text: textOf(node) };
    if (tagRef !== undefined && !tagRef.startsWith('~') && tagRef !== tag) fact.tagRef = tagRef;
    const resolvedLabel = label ?? forLabel;
    if (resolvedLabel !== undefined && resolvedLabel !== '') fact.label = resolvedLabel;
    elements.push(fact);
  }

  return {
    file,
    language,
    imports: importFacts,
    calls,
    assignments,
    reads,
    elements,
    urls,
    strings,
    lines: lines ?? sourceFile.text.split(/\r?\n/),
  };
}

function isTextual(value: StaticValue): boolean {
  return value.kind === 'string' || value.kind === 'template';
}

function isComplete(value: StaticValue): boolean {
  return value.kind === 'string' || value.kind === 'number' || value.kind === 'boolean';
}

function unknownNames(value: StaticValue): readonly string[] {
  return value.kind === 'unknown' || value.kind === 'template' ? value.names : [];
}

function textPattern(value: StaticValue): string {
  switch (value.kind) {
    case 'string':
      return value.value;
    case 'number':
    case 'boolean':
      return String(value.value);
    case 'template':
      return value.pattern;
    default:
      return '*';
  }
}
