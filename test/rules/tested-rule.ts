import type { RuleTester } from '@typescript-eslint/rule-tester';
import type { RuleModule } from '@typescript-eslint/utils/ts-eslint';

declare const _tester: RuleTester;
type TesterRule<M extends string, O extends readonly unknown[]> = Parameters<typeof _tester.run<M, O>>[1];

/**
 * A rule as `RuleTester.run` types it. The rule tester (8.72, the newest published) carries its own
 * copy of `@typescript-eslint/utils`, whose classes are nominally distinct from those of the 8.73 the
 * rules are built with; the objects are the same.
 */
export function testedRule<M extends string, O extends readonly unknown[], D>(rule: RuleModule<M, O, D>): TesterRule<M, O> {
  return rule as unknown as TesterRule<M, O>;
}
