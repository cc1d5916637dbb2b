import { readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { stringify } from 'yaml';
import { categoryLabel } from '../../catalog/taxonomy.js';
import type { ClaimKind, PolicyClaim } from '../../policy/claims.js';
import type { PolicyFormat } from '../../policy/load.js';
import { readPolicy } from '../../policy/read-policy.js';
import type { PolicyReading } from '../../policy/read-policy.js';
import { exitCodes, UserError } from '../io.js';
import { chooseOne, parseCommandArgs } from '../args.js';
import type { Command } from './types.js';

const usage = `Usage: candor policy <file> [options]

Reads a published privacy policy (Markdown, HTML or plain text) and prints what it claims: data
categories collected and denied, vendors named, cookies and other technologies, Do Not Track, children,
retention and sale statements, each with the sentence it comes from.

Arguments:
  file                          The policy text

Options:
  --format stylish|json|yaml    Output format (default: stylish)
  --input-format markdown|html|text
                                Format of the policy (default: from the extension, else the content)
  -h, --help                    Show this help

Exit codes: 0 read, 2 unreadable file or a usage error.
`;

const outputFormats = ['stylish', 'json', 'yaml'] as const;
const inputFormats: readonly PolicyFormat[] = ['markdown', 'html', 'text'];

/** `candor policy <file>`: the claims a policy text makes. */
export const policyCommand: Command = {
  summary: 'Read a privacy policy text and list the claims it makes',
  async run(argv, io) {
    const { values, positionals } = parseCommandArgs('policy', argv, { format: { type: 'string' }, 'input-format': { type: 'string' } });
    if (values.help === true) {
      io.stdout(usage);
      return exitCodes.ok;
    }
    const [file, ...extra] = positionals;
    if (file === undefined) {
      io.stderr(usage);
      return exitCodes.usage;
    }
    if (extra.length > 0) throw new UserError(`\`policy\` reads one file, got ${positionals.length}; pass a single policy path.`);
    const format = chooseOne(outputFormats, values.format, '--format', 'stylish');
    const inputFormat = values['input-format'] === undefined ? undefined : chooseOne(inputFormats, values['input-format'], '--input-format', 'text');
    const path = resolve(io.cwd, file);
    let text: string;
    try {
      text = readFileSync(path, 'utf8');
    } catch (error) {
      const reason = error instanceof Error && 'code' in error && error.code === 'ENOENT' ? 'does not exist' : 'cannot be read';
      throw new UserError(`policy file \`${file}\` ${reason}; check the path.`);
    }
    const display = relative(io.cwd, path).split('\\').join('/') || file;
    const reading = readPolicy(text, inputFormat === undefined ? { file: display } : { file: display, format: inputFormat });
    if (format === 'json') io.stdout(`${JSON.stringify(reading, null, 2)}\n`);
    else if (format === 'yaml') io.stdout(stringify(reading));
    else io.stdout(formatStylish(reading));
    return exitCodes.ok;
  },
};

const sections: readonly { kind: ClaimKind; title: string }[] = [
  { kind: 'collected', title: 'Collected' },
  { kind: 'not-collected', title: 'Denied' },
  { kind: 'vendor', title: 'Vendors named' },
  { kind: 'technology', title: 'Technologies' },
  { kind: 'signal', title: 'Signals' },
  { kind: 'children', title: 'Children' },
  { kind: 'retention', title: 'Retention' },
  { kind: 'sale', title: 'Sale and sharing' },
  { kind: 'ccpa', title: 'CCPA table' },
];

/** Claims grouped by kind, one line each with its position, then the quote indented below. */
export function formatStylish(reading: PolicyReading): string {
  const lines: string[] = [reading.file ?? 'policy', ''];
  if (reading.partial) {
    lines.push('  The text looks like a partial extraction (mostly headings and links): claims from headings are marked', '  "(heading)", and what it does not say may simply be missing.', '');
  }
  for (const section of sections) {
    const claims = reading.claims.filter((claim) => claim.kind === section.kind);
    if (claims.length === 0) continue;
    lines.push(`${section.title} (${claims.length})`);
    for (const claim of claims) {
      const where = `${claim.line}:${claim.column}`.padEnd(8);
      lines.push(`  ${where}${describe(claim)}${claim.evidence === 'heading' ? ' (heading)' : ''}`);
      lines.push(`          “${claim.quote}”`);
    }
    lines.push('');
  }
  lines.push(`${reading.claims.length} claims from ${reading.sentences} sentences.`, '');
  return lines.join('\n');
}

function describe(claim: PolicyClaim): string {
  switch (claim.kind) {
    case 'collected':
      return `${claim.category} (${categoryLabel(claim.category)})`;
    case 'not-collected':
      return claim.categories.length === 0 ? claim.type : `${claim.type}: ${claim.categories.join(', ')}`;
    case 'vendor':
      return `${claim.vendor}${claim.self ? ' (the policy’s own company)' : ''}${claim.denied ? ' (denied)' : ''}`;
    case 'technology':
      return `${claim.technology.replaceAll('_', ' ')}: ${claim.used ? 'used' : 'not used'}`;
    case 'signal':
      return `${claim.signal}: ${claim.status.replace('_', ' ')}`;
    case 'children':
      return claim.age === undefined ? claim.topic.replaceAll('_', ' ') : `minimum age ${claim.age}`;
    case 'retention':
      return claim.period;
    case 'sale':
      return claim.status.replaceAll('_', ' ');
    case 'ccpa':
      return `${claim.row}: ${claim.collected ? 'collected' : 'not collected'}`;
  }
}
