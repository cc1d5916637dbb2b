import { ruleMessages } from '../src/check/messages.js';
import { createRule } from '../src/plugin/create-rule.js';
import { setupMessages } from '../src/plugin/problems.js';
import { reportFindings } from '../src/plugin/report.js';

export type Options = [];
export type MessageId = keyof typeof messages;

const messages = { ...ruleMessages['no-undeclared-flow'], ...setupMessages };

export default createRule<Options, MessageId>({
  name: 'no-undeclared-flow',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow sending a data category to a recipient whose declaration in privacy.yaml does not list it',
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
        reportFindings(context, 'no-undeclared-flow', messages);
      },
    };
  },
});
