import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ESLint, Linter } from 'eslint';
import { describe, expect, it } from 'vitest';
import { rules } from '../rules/index.js';
import { ruleFindingTypes, ruleMessages } from '../src/check/messages.js';
import candor from '../src/index.js';
import { setupMessages } from '../src/plugin/problems.js';

const root = join(import.meta.dirname, '..');
const fixtures = join(root, 'fixtures/rules');
const packageJson = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };
const ruleIds = Object.keys(rules);

describe('the plugin object', () => {
  it('names itself for ESLint\'s config serialisation and cache', () => {
    expect(candor.meta).toEqual({ name: 'candor', version: packageJson.version, namespace: 'candor' });
  });

  it('registers every per-file rule, sorted, one per file in rules/', () => {
    const files = readdirSync(join(root, 'rules'))
      .filter((name) => name.endsWith('.ts') && name !== 'index.ts')
      .map((name) => name.slice(0, -3));
    expect(candor.rules).toBe(rules);
    expect(ruleIds).toEqual([...ruleIds].sort());
    expect(ruleIds).toEqual(files.sort());
    // Unused declarations and the policy-text checks need the whole project: scanner only.
    const scannerOnly = new Set(['unused-declaration', 'policy-mismatch', 'manifest-inconsistency']);
    const perFile = Object.entries(ruleFindingTypes).filter(([, { type }]) => !scannerOnly.has(type)).map(([id]) => id);
    expect(ruleIds).toEqual(perFile.sort());
  });
});

describe('rule meta', () => {
  for (const [id, rule] of Object.entries(rules)) {
    describe(id, () => {
      const { meta } = rule;

      it('is a documented problem rule', () => {
        expect(meta.type).toBe('problem');
        expect(meta.docs?.description).toMatch(/^(Disallow|Require|Enforce) .+[^. ]$/);
        expect(meta.docs?.url).toMatch(new RegExp(`/blob/v${packageJson.version.replace(/\./g, '\\.')}/docs/rules/${id}\\.md$`));
        expect(existsSync(join(root, 'docs/rules', `${id}.md`))).toBe(true);
        expect(meta.docs?.requiresTypeChecking).toBe(false);
      });

      it('uses the shared message text, plus the set-up problems', () => {
        expect(meta.messages).toEqual({ ...ruleMessages[id as keyof typeof ruleMessages], ...setupMessages });
      });

      it('is recommended at the severity of its finding type', () => {
        const severity = ruleFindingTypes[id as keyof typeof ruleFindingTypes].severity;
        expect(meta.docs?.recommended).toBe(severity === 'error' ? 'error' : 'warn');
      });

      it('describes every option and keeps its defaults in meta.defaultOptions only', () => {
        const schemas = Array.isArray(meta.schema) ? meta.schema : [meta.schema];
        expect(meta.defaultOptions).toHaveLength(schemas.length);
        for (const schema of schemas) {
          expect(schema.type).toBe('object');
          expect(schema.additionalProperties).toBe(false);
          for (const property of Object.values<{ description?: string }>(schema.properties ?? {})) {
            expect(property.description).toBeTruthy();
            expect(property).not.toHaveProperty('default');
          }
        }
      });
    });
  }
});

describe('configs', () => {
  it('recommended: violated claims and undeclared recipients are errors, the rest warnings', () => {
    expect(candor.configs.recommended.rules).toEqual({
      'candor/no-undeclared-collection': 'warn',
      'candor/no-undeclared-flow': 'warn',
      'candor/no-undeclared-recipient': 'error',
      'candor/no-undeclared-storage': 'warn',
      'candor/no-violated-claim': 'error',
    });
  });

  it('strict: every rule an error', () => {
    expect(Object.values(candor.configs.strict.rules ?? {})).toEqual(ruleIds.map(() => 'error'));
    expect(Object.keys(candor.configs.strict.rules ?? {})).toEqual(ruleIds.map((id) => `candor/${id}`));
  });

  it('register the plugin object itself, so naming it again is no redefinition', async () => {
    for (const config of [candor.configs.recommended, candor.configs.strict]) {
      expect(config.plugins?.candor).toBe(candor);
      expect(config.files).toEqual(['**/*.{js,jsx,mjs,cjs,ts,tsx,mts,cts}']);
      const eslint = new ESLint({ cwd: join(fixtures, 'no-undeclared-recipient'), overrideConfigFile: true, overrideConfig: [{ plugins: { candor } }, config] });
      const [result] = await eslint.lintText("import mixpanel from 'mixpanel-browser';\n", { filePath: 'src/analytics.tsx' });
      expect(result?.messages.map((message) => [message.ruleId, message.messageId, message.severity])).toEqual([['candor/no-undeclared-recipient', 'undeclaredVendor', 2]]);
    }
  });

  it('lint every JavaScript and TypeScript flavour, with JSX in .js files', async () => {
    const eslint = new ESLint({ cwd: join(fixtures, 'no-undeclared-collection'), overrideConfigFile: true, overrideConfig: [candor.configs.recommended] });
    for (const extension of ['js', 'jsx', 'mjs', 'cjs', 'ts', 'tsx', 'mts', 'cts']) {
      const code = extension.includes('x') || extension === 'js' ? 'export const F = () => <input autoComplete="tel" />;\n' : "document.querySelector('#x')?.setAttribute('autocomplete', 'off');\n";
      const [result] = await eslint.lintText(code, { filePath: `src/form.${extension}` });
      expect(result?.messages.filter((message) => message.fatal === true)).toEqual([]);
    }
  });
});

describe('one analysis, shared by the rules', () => {
  it('gives the same findings whichever parser built the tree (espree is parsed again by TypeScript)', () => {
    const code = "import mixpanel from 'mixpanel-browser';\nlocalStorage.setItem('recently_viewed', '[]');\nmixpanel.people.set({ $email: user.email });\n";
    const filename = join(fixtures, 'no-undeclared-flow/src/tracking.js');
    const linter = new Linter({ cwd: root });
    const rules = candor.configs.recommended.rules;
    const withTypeScript = linter.verify(code, [candor.configs.recommended], filename);
    const withEspree = linter.verify(code, [{ files: ['**/*.js'], plugins: { candor }, rules }], filename);
    const summary = (messages: Linter.LintMessage[]) => messages.map((message) => [message.ruleId, message.messageId, message.line, message.column, message.endLine, message.endColumn]);
    expect(summary(withTypeScript)).toEqual([
      ['candor/no-undeclared-storage', 'undeclaredItem', 2, 1, 2, 21],
      ['candor/no-undeclared-flow', 'undeclaredFlow', 3, 1, 3, 20],
    ]);
    expect(summary(withEspree)).toEqual(summary(withTypeScript));
  });
});

describe('set-up problems: reported once per file, never a crash, never silence', () => {
  const lint = (filename: string, settings: Record<string, unknown> = {}) =>
    new Linter({ cwd: root }).verify("import mixpanel from 'mixpanel-browser';\nexport const F = () => <input autoComplete=\"tel\" />;\n", [candor.configs.strict, { settings }], filename);

  it('an invalid manifest: one problem at 1:1 naming the manifest and the error position', () => {
    for (const file of ['src/a.tsx', 'src/b.jsx']) {
      const messages = lint(join(fixtures, 'invalid-manifest', file));
      expect(messages).toHaveLength(1);
      expect(messages[0]).toMatchObject({ ruleId: 'candor/no-undeclared-collection', messageId: 'manifestInvalid', line: 1, column: 1, severity: 2 });
      expect(messages[0]?.message).toBe(
        'Candor cannot check this file: manifest `fixtures/rules/invalid-manifest/privacy.yaml` is invalid (fixtures/rules/invalid-manifest/privacy.yaml:6:18: unknown category "user.contact.emial"; did you mean "user.contact.email"?). Fix it; `npx candor manifest validate` lists every problem.',
      );
    }
  });

  it('no manifest above the file: one problem naming the folder searched', () => {
    const messages = lint(join(fixtures, 'no-manifest/src/app.tsx'));
    expect(messages.map((message) => [message.messageId, message.line, message.column])).toEqual([['manifestMissing', 1, 1]]);
    expect(messages[0]?.message).toContain('no `privacy.yaml` in `fixtures/rules/no-manifest/src` or any folder above it');
  });

  it('settings.candor.manifest naming a file that does not exist', () => {
    const messages = lint(join(fixtures, 'no-undeclared-collection/src/app.tsx'), { candor: { manifest: 'config/privacy.yaml' } });
    expect(messages.map((message) => message.messageId)).toEqual(['manifestInvalid']);
    expect(messages[0]?.message).toContain('manifest `config/privacy.yaml` is invalid (config/privacy.yaml: file not found');
  });

  it('settings.candor.manifest wins over the nearest privacy.yaml', () => {
    const messages = lint(join(fixtures, 'no-undeclared-collection/src/app.tsx'), { candor: { manifest: 'fixtures/rules/no-undeclared-recipient/privacy.yaml' } });
    // That manifest declares no collection and not Mixpanel.
    expect(messages.map((message) => message.messageId)).toEqual(['undeclaredVendor', 'undeclaredCollection']);
  });

  it('invalid settings are a readable problem', () => {
    const filename = join(fixtures, 'no-undeclared-collection/src/app.tsx');
    const problem = (settings: unknown) => lint(filename, { candor: settings }).map((message) => [message.messageId, message.message]);
    expect(problem({ manifests: 'privacy.yaml' })).toEqual([
      ['settingsInvalid', 'Candor cannot check this file: `settings.candor` in the ESLint config is invalid: unknown key `manifests`; did you mean `manifest`? Correct it in `eslint.config.js`.'],
    ]);
    expect(problem({ manifest: 3 })[0]?.[1]).toContain('`manifest` must be a path to privacy.yaml (a string), not a number');
    expect(problem('privacy.yaml')[0]?.[1]).toContain("it must be an object such as `{ manifest: 'privacy.yaml' }`, not `'privacy.yaml'`");
  });
});
