import { ruleMessages } from '../src/check/messages.js';
import type { Confidence } from '../src/core/observation.js';
import { confidenceOf, meetsConfidence } from '../src/plugin/analysis.js';
import { createRule } from '../src/plugin/create-rule.js';
import { setupMessages } from '../src/plugin/problems.js';
import { reportFindings } from '../src/plugin/report.js';

export type Options = [{ minimumConfidence: Confidence }];
export type MessageId = keyof typeof messages;

const messages = { ...ruleMessages['no-undeclared-collection'], ...setupMessages };
const confidences = ['strong', 'medium', 'weak'] as const satisfies readonly Confidence[];

export default createRule<Options, MessageId>({
  name: 'no-undeclared-collection',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow collecting personal data that privacy.yaml does not declare',
      recommended: 'warn',
      requiresManifest: true,
      requiresTypeChecking: false,
    },
    messages,
    schema: [
      {
        type: 'object',
        properties: {
          minimumConfidence: {
            type: 'string',
            enum: [...confidences],
            description:
              'Report only collection seen at least this surely: `strong` (autocomplete, input type, SDK or browser API), `medium` (field name or id), `weak` (label text).',
          },
        },
        additionalProperties: false,
      },
    ],
    defaultOptions: [{ minimumConfidence: 'weak' }],
  },
  create(context, [options]) {
    return {
      Program() {
        reportFindings(context, 'no-undeclared-collection', messages, (finding, check) =>
          meetsConfidence(confidenceOf(check, finding), options.minimumConfidence),
        );
      },
    };
  },
});
