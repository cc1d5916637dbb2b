import * as vitest from 'vitest';
import { RuleTester } from '@typescript-eslint/rule-tester';

// typescript-eslint's RuleTester runs on the test framework's hooks (Rule_Tester docs, "Vitest").
RuleTester.afterAll = vitest.afterAll;
RuleTester.describe = vitest.describe;
RuleTester.it = vitest.it;
RuleTester.itOnly = vitest.it.only;
