import { ruleMessages } from '../src/check/messages.js';
import { createRule } from '../src/plugin/create-rule.js';
import { setupMessages } from '../src/plugin/problems.js';
import { reportFindings } from '../src/plugin/report.js';

export type Options = [{ checkHosts: boolean }];
export type MessageId = keyof typeof messages;

const messages = { ...ruleMessages['no-undeclared-recipient'], ...setupMessages };

export default createRule<Options, MessageId>({
  name: 'no-undeclared-recipient',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow SDKs, payment processors and third-party hosts that privacy.yaml does not list as recipients',
      recommended: 'error',
      requiresManifest: true,
      requiresTypeChecking: false,
    },
    messages,
    schema: [
      {
        type: 'object',
        properties: {
          checkHosts: {
            type: 'boolean',
            description: 'Also report requests to third-party hosts that no recipient declares, not only SDKs and payment processors from the catalog.',
          },
        },
        additionalProperties: false,
      },
    ],
    defaultOptions: [{ checkHosts: true }],
  },
  create(context, [options]) {
    return {
      Program() {
        reportFindings(context, 'no-undeclared-recipient', messages, (finding) => options.checkHosts || finding.messageId !== 'undeclaredHost');
      },
    };
  },
});
