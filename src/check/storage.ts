import { durationText, lifetimeText, parseDuration } from '../manifest/duration.js';
import type { Observation } from '../core/observation.js';
import type { StorageClass, StorageItem } from '../manifest/model.js';
import type { CheckContext } from './context.js';
import { makeFinding } from './context.js';
import type { Finding } from './finding.js';
import { inScope } from './scope.js';

/**
 * A cookie on a domain other than the site's own, or one a vendor sets on its domain. Code shipped to
 * other sites (a surface with `platform: embed`) runs on its customers' pages: there, a cookie its
 * server sets, or one given an explicit domain, belongs to another site than the page's.
 */
export function isThirdPartyCookie(observation: Observation, context: CheckContext, surfaces: ReadonlySet<string>): boolean {
  if (observation.kind !== 'cookie') return false;
  if (observation.thirdParty === true) return observation.vendor === undefined || !context.isOwnVendor(observation.vendor);
  const domain = observation.cookie?.domain?.replace(/^\./, '');
  if (context.scope.isEmbedded(surfaces)) return domain !== undefined || observation.cookie?.server === true;
  return domain !== undefined && context.scope.hasHosts && !context.scope.isFirstPartyHost(domain);
}

function globToRegExp(glob: string): RegExp {
  return new RegExp(`^${glob.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.')}$`);
}

export function matchesItemName(item: Pick<StorageItem, 'name' | 'match'>, key: string): boolean {
  switch (item.match) {
    case 'glob':
      return globToRegExp(item.name).test(key);
    case 'regex':
      return new RegExp(item.name).test(key);
    default:
      return item.name === key;
  }
}

function providerMatches(declaration: StorageClass, observation: Observation, context: CheckContext): boolean {
  if (declaration.provider === undefined) return true;
  const recipient = observation.vendor === undefined ? undefined : context.recipientForVendor(observation.vendor);
  if (declaration.provider === 'first_party') return recipient === undefined;
  return recipient?.id === declaration.provider;
}

/**
 * Who provides an item decides its party together with its domain (§2.3 `provider`): a recipient's SDK sets
 * third-party items even on the site's own domain (`_ga`), so a class of "third-party providers' cookies" holds them.
 */
function partyMatches(declaration: StorageClass, observation: Observation, context: CheckContext, surfaces: ReadonlySet<string>): boolean {
  if (declaration.party === undefined || declaration.party === 'any') return true;
  const byRecipient = observation.vendor !== undefined && !context.isOwnVendor(observation.vendor);
  return (declaration.party === 'third') === (byRecipient || isThirdPartyCookie(observation, context, surfaces));
}

/**
 * Cookies and storage keys against `device_storage`: declared by name (and not outliving the declared
 * duration), declared only by a class (no name, no duration), or not declared at all.
 */
export function checkStorage(observation: Observation, surfaces: ReadonlySet<string>, context: CheckContext, findings: Finding[]): void {
  if ((observation.kind !== 'cookie' && observation.kind !== 'storage') || observation.key === undefined) return;
  // A vendor's own cookies are reported once its recipient is declared; until then the recipient finding says it all.
  if (observation.implied === true && observation.vendor !== undefined && context.recipientForVendor(observation.vendor) === undefined) return;
  const type = observation.storageType;
  const key = observation.key;
  const storage = context.manifest.device_storage;
  const item = storage.items.find((candidate) => candidate.type === type && inScope(candidate.surfaces, surfaces) && matchesItemName(candidate, key));
  if (item !== undefined) {
    const actual = observation.cookie?.maxAgeSeconds;
    const declared = item.duration === undefined ? undefined : parseDuration(item.duration);
    if (typeof actual === 'number' && actual > 0 && declared !== undefined && actual > declared) {
      findings.push(
        makeFinding(context, {
          ruleId: 'no-undeclared-storage',
          messageId: 'longerThanDeclared',
          data: { key, actual: lifetimeText(actual) ?? `${actual} seconds`, declared: durationText(item.duration).toLowerCase(), item: item.name },
          range: observation,
          file: observation.file,
          observation,
          manifestPath: ['device_storage', 'items', item.index, 'duration'],
        }),
      );
    }
    return;
  }
  const fits = (candidate: StorageClass): boolean =>
    (candidate.types.length === 0 || (type !== undefined && candidate.types.some((declared) => declared === type))) &&
    inScope(candidate.surfaces, surfaces) &&
    partyMatches(candidate, observation, context, surfaces) &&
    providerMatches(candidate, observation, context);
  // A vendor's cookie has a known category (`_ga` is analytics): the class of that category declares it.
  const category = vendorStorageCategory(observation, context);
  const declaredClass = (category === undefined ? undefined : storage.classes.find((candidate) => candidate.category === category && fits(candidate))) ?? storage.classes.find(fits);
  const label = storageLabel(observation);
  if (declaredClass !== undefined) {
    findings.push(
      makeFinding(context, {
        ruleId: 'no-undeclared-storage',
        messageId: 'classOnly',
        data: { storage: label, key, class: `device_storage.classes[${declaredClass.index}]${declaredClass.category === undefined ? '' : `, ${declaredClass.category}`}` },
        range: observation,
        file: observation.file,
        observation,
        severity: 'info',
        manifestPath: ['device_storage', 'classes', declaredClass.index],
      }),
    );
    return;
  }
  findings.push(
    makeFinding(context, {
      ruleId: 'no-undeclared-storage',
      messageId: 'undeclaredItem',
      data: { storage: label, key, reason: observation.reason ?? 'set in code' },
      range: observation,
      file: observation.file,
      observation,
      manifestPath: ['device_storage'],
    }),
  );
}

/** The cookie category the vendor catalog gives a cookie or key its SDK sets. */
function vendorStorageCategory(observation: Observation, context: CheckContext): string | undefined {
  if (observation.implied !== true || observation.vendor === undefined) return undefined;
  const items = context.catalog.vendorById.get(observation.vendor)?.storage ?? [];
  return items.find((item) => item.name === observation.key && item.type === observation.storageType)?.category;
}

export function storageLabel(observation: Observation): string {
  switch (observation.storageType) {
    case 'cookie':
      return 'Cookie';
    case 'local_storage':
      return 'localStorage key';
    case 'session_storage':
      return 'sessionStorage key';
    case 'indexeddb':
      return 'IndexedDB database';
    case 'cache_storage':
      return 'Cache Storage cache';
    default:
      return 'Storage item';
  }
}
