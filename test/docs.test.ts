import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Linter } from 'eslint';
import { describe, expect, it } from 'vitest';
import { ruleMessages } from '../src/check/messages.js';
import { rules } from '../rules/index.js';
import candor from '../src/index.js';

/**
 * Every rule's page: present, in the house layout, in step with the rule's meta, and with examples
 * that do what they say: each ❌ block is linted against `fixtures/docs/<rule>/privacy.yaml` and must
 * report, each ✅ block must not.
 */

const root = join(import.meta.dirname, '..');
const docsDir = join(root, 'docs/rules');
const requiredHeadings = ['## Why', '## Examples', '### ❌ Incorrect', '### ✅ Correct', '## Options', '## Messages', '## When Not To Use It'];
const extensions: Readonly<Record<string, string>> = { ts: 'ts', tsx: 'tsx', js: 'js', jsx: 'jsx' };

interface CodeBlock {
  language: string;
  code: string;
  line: number;
  /** The `##` and `###` headings above the block. */
  section: string;
  subsection: string;
}

interface Page {
  lines: string[];
  blocks: CodeBlock[];
  /** Text under each `##`/`###` heading, keyed by the heading line. */
  sections: Map<string, string>;
}

function readPage(text: string): Page {
  const lines = text.split('\n');
  const blocks: CodeBlock[] = [];
  const sections = new Map<string, string>();
  let section = '';
  let subsection = '';
  let open: CodeBlock | undefined;
  for (const [index, line] of lines.entries()) {
    if (open !== undefined) {
      if (line.startsWith('```')) {
        blocks.push(open);
        open = undefined;
      } else {
        open.code += `${line}\n`;
      }
      continue;
    }
    if (line.startsWith('```')) {
      open = { language: line.slice(3).trim(), code: '', line: index + 1, section, subsection };
    } else if (line.startsWith('## ')) {
      section = line;
      subsection = '';
    } else if (line.startsWith('### ')) {
      subsection = line;
    }
    for (const heading of [section, subsection]) {
      if (heading !== '' && heading !== line) sections.set(heading, `${sections.get(heading) ?? ''}${line}\n`);
    }
  }
  return { lines, blocks, sections };
}

const ruleIds = Object.keys(rules);

describe('docs/rules', () => {
  it('has one page per rule and no page for a rule that does not exist', () => {
    const pages = readdirSync(docsDir).filter((name) => name.endsWith('.md')).map((name) => name.slice(0, -3));
    expect(pages.sort()).toEqual([...ruleIds].sort());
  });
});

for (const [id, rule] of Object.entries(rules)) {
  describe(`docs/rules/${id}.md`, () => {
    const path = join(docsDir, `${id}.md`);
    const page = readPage(existsSync(path) ? readFileSync(path, 'utf8') : '');
    const messageTemplates: Readonly<Record<string, string>> = ruleMessages[id as keyof typeof ruleMessages];

    it('opens with the rule id and its description', () => {
      expect(page.lines[0]).toBe(`# ${id}`);
      expect(page.lines[2]).toBe(`${rule.meta.docs?.description}.`);
      const severity = rule.meta.docs?.recommended;
      expect(page.lines[4]).toContain(`\`${severity}\` in \`candor.configs.recommended\``);
    });

    it('has the required sections, in order', () => {
      const positions = requiredHeadings.map((heading) => page.lines.indexOf(heading));
      expect(positions.every((position) => position > 0)).toBe(true);
      expect(positions).toEqual([...positions].sort((a, b) => a - b));
    });

    it('documents every option with its default', () => {
      const options = page.sections.get('## Options') ?? '';
      const schemas = Array.isArray(rule.meta.schema) ? rule.meta.schema : [rule.meta.schema];
      const defaults: readonly unknown[] = rule.meta.defaultOptions ?? [];
      const keys = schemas.flatMap((schema) => Object.keys(schema.properties ?? {}));
      const headings = options.split('\n').filter((line) => line.startsWith('### '));
      expect(headings).toEqual(keys.map((key) => `### \`${key}\``));
      if (keys.length === 0) expect(options).toContain('This rule has no options.');
      for (const [index, schema] of schemas.entries()) {
        const defaultsOf = defaults[index];
        for (const key of Object.keys(schema.properties ?? {})) {
          const value = isRecord(defaultsOf) ? defaultsOf[key] : undefined;
          expect(page.sections.get(`### \`${key}\``)).toContain(`Default: \`${JSON.stringify(value)}\``);
        }
      }
    });

    it('lists the exact messages', () => {
      const messages = page.sections.get('## Messages') ?? '';
      for (const [messageId, template] of Object.entries(messageTemplates)) {
        expect(messages).toContain(`- \`${messageId}\``);
        expect(messages).toContain(template);
      }
    });

    it('shows the manifest its examples are linted against', () => {
      const manifest = readFileSync(join(root, 'fixtures/docs', id, 'privacy.yaml'), 'utf8');
      const shown = page.blocks.filter((block) => block.section === '## Examples' && block.language === 'yaml');
      expect(shown.map((block) => block.code)).toEqual([manifest.replace(/^#.*\n/gm, '')]);
    });

    const examples = page.blocks.filter((block) => block.section === '## Examples' && Object.hasOwn(extensions, block.language));
    const lint = (block: CodeBlock) => {
      const filename = join(root, 'fixtures/docs', id, `src/example-${block.line}.${extensions[block.language] ?? 'ts'}`);
      const config = { ...candor.configs.recommended, rules: { [`candor/${id}`]: 'error' as const } };
      return new Linter({ cwd: root }).verify(block.code, [config], filename);
    };

    it('has at least one example of each kind', () => {
      expect(examples.filter((block) => block.subsection === '### ❌ Incorrect').length).toBeGreaterThan(0);
      expect(examples.filter((block) => block.subsection === '### ✅ Correct').length).toBeGreaterThan(0);
    });

    for (const block of examples) {
      if (block.subsection === '### ❌ Incorrect') {
        it(`❌ example at line ${block.line} is reported`, () => {
          const messages = lint(block);
          expect(messages.filter((message) => message.fatal === true)).toEqual([]);
          expect(messages.length).toBeGreaterThan(0);
          for (const message of messages) expect(Object.keys(messageTemplates)).toContain(message.messageId);
        });
      } else if (block.subsection === '### ✅ Correct') {
        it(`✅ example at line ${block.line} is not reported`, () => {
          expect(lint(block)).toEqual([]);
        });
      }
    }
  });
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}
