import { ruleMessages } from '../src/check/messages.js';
import { createRule } from '../src/plugin/create-rule.js';
import { setupMessages } from '../src/plugin/problems.js';
import { reportFindings } from '../src/plugin/report.js';

export type Options = [];
export type MessageId = keyof typeof messages;

const messages = { ...ruleMessages['no-undeclared-storage'], ...setupMessages };

export default createRule<Options, MessageId>({
  name: 'no-undeclared-storage',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow cookies and storage keys that privacy.yaml does not declare, or declares with a shorter lifetime',
      recommended: 'warn',
      requiresManifest: true,
      requiresTypeChecking: false,
    },
    messages,
    schema: [],
    defaultOptions: [],
  },
  create(context) {
    return {
      Program() {
        reportFindings(context, 'no-undeclared-storage', messages);
      },
    };
  },
});
