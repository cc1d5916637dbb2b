import { storageObjects } from '../../catalog/apis.js';
import type { StorageWriteApi } from '../../catalog/types.js';
import type { SourceRange, StaticValue } from '../facts.js';
import type { StorageType } from '../observation.js';
import type { DetectContext } from './context.js';
import { describeUnknown, keyPattern, namesOf, propertyAt } from './context.js';
import { containedCategories } from './cookies.js';

/** Storage methods, not keys: `localStorage.setItem = …` is not a write of a key named `setItem`. */
const storageMethods = new Set(['setItem', 'getItem', 'removeItem', 'clear', 'key', 'length']);

/**
 * Web storage and IndexedDB writes: `setItem`, property and bracket assignment, `indexedDB.open` and
 * the persistence helpers of common libraries (zustand, redux-persist, localforage, idb…).
 */
export function detectStorage(context: DetectContext): void {
  const { facts, catalog } = context;
  for (const call of facts.calls) {
    const api = catalog.storageApis.find(call.callee);
    if (api === undefined) continue;
    const keyValue = keyArgument(api, call.args);
    const value = api.valueArg === undefined ? undefined : call.args[api.valueArg];
    observeStorage(context, api.type, keyValue, value, call.calleeRange, api);
  }
  for (const assignment of facts.assignments) {
    const type = Object.hasOwn(storageObjects, assignment.object) ? storageObjects[assignment.object] : undefined;
    if (type === undefined) continue;
    if (assignment.property.kind === 'string' && storageMethods.has(assignment.property.value)) continue;
    observeStorage(context, type, assignment.property, assignment.value, assignment.range, undefined);
  }
}

function keyArgument(api: StorageWriteApi, args: readonly StaticValue[]): StaticValue | undefined {
  if (typeof api.keyArg === 'number') return args[api.keyArg];
  const [index = '0', ...path] = api.keyArg.split('.');
  const options = args[Number(index)];
  // An options object that cannot be read says why; a missing property is just missing.
  return options?.kind === 'unknown' ? options : propertyAt(options, path.join('.'));
}

function observeStorage(
  context: DetectContext,
  type: StorageType,
  keyValue: StaticValue | undefined,
  value: StaticValue | undefined,
  range: SourceRange,
  api: StorageWriteApi | undefined,
): void {
  const pattern = keyPattern(keyValue) ?? api?.defaultKey;
  if (pattern === undefined) {
    context.unresolved(range, `${type.replace('_', ' ')} key (${describeUnknown(keyValue)})`);
    return;
  }
  const key = `${api?.keyPrefix ?? ''}${pattern}`;
  const contains = containedCategories([key, ...namesOf(value)]);
  context.observe(
    {
      kind: 'storage',
      key,
      storageType: type,
      confidence: 'strong',
      ...(contains.length > 0 ? { contains } : {}),
      reason: api === undefined ? `assigned to \`${type === 'local_storage' ? 'localStorage' : 'sessionStorage'}\`` : `written with ${api.library}`,
    },
    range,
  );
}
