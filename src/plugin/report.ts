import type { TSESLint } from '@typescript-eslint/utils';
import type { Finding } from '../check/finding.js';
import type { RuleId } from '../check/messages.js';
import type { FileCheck } from './analysis.js';
import { checkLintTarget } from './analysis.js';

/**
 * Reports one rule's share of the file's findings; a rule's `Program` listener is this call. A
 * problem that stops the check (no manifest, an invalid one, bad settings) is reported instead, by
 * whichever Candor rule runs first on the file, so it shows once however many rules are on.
 */
export function reportFindings<M extends string, O extends readonly unknown[]>(
  context: Readonly<TSESLint.RuleContext<M, O>>,
  ruleId: RuleId,
  messages: Readonly<Record<M, string>>,
  include: (finding: Finding, check: FileCheck) => boolean = () => true,
): void {
  const check = checkLintTarget(context);
  const isMessageId = (id: string): id is M => Object.hasOwn(messages, id);
  if (check.problem !== undefined) {
    if (check.problemReported) return;
    check.problemReported = true;
    const { messageId, data } = check.problem;
    if (isMessageId(messageId)) context.report({ messageId, data, loc: { line: 1, column: 0 } });
    return;
  }
  for (const finding of check.findings.get(`candor/${ruleId}`) ?? []) {
    if (!isMessageId(finding.messageId) || !include(finding, check)) continue;
    context.report({
      messageId: finding.messageId,
      data: finding.data,
      // ESLint columns are 0-based; findings are 1-based like the reports.
      loc: { start: { line: finding.line, column: finding.column - 1 }, end: { line: finding.endLine, column: finding.endColumn - 1 } },
    });
  }
}
