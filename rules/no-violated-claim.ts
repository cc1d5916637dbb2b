import { ruleMessages } from '../src/check/messages.js';
import { createRule } from '../src/plugin/create-rule.js';
import { setupMessages } from '../src/plugin/problems.js';
import { reportFindings } from '../src/plugin/report.js';

export type Options = [];
export type MessageId = keyof typeof messages;

const messages = { ...ruleMessages['no-violated-claim'], ...setupMessages };

export default createRule<Options, MessageId>({
  name: 'no-violated-claim',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow code that contradicts a claim, signal statement or storage promise in privacy.yaml',
      recommended: 'error',
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
        reportFindings(context, 'no-violated-claim', messages);
      },
    };
  },
});
