import { stringify } from 'yaml';
import { categoryAncestors, coversCategory, getCategory } from '../catalog/taxonomy.js';
import type { CollectEntry, LegalBasis, Manifest, Recipient, Role, SpecialCategoryBasis, Surface } from '../manifest/model.js';
import type { ExportOptions, ExportResult } from './common.js';
import { getRecipient, isOnSurfaces, recipientName, uniqueSorted } from './common.js';

// Values of fideslang's `LegalBasisForProcessingEnum` and `SpecialCategoryLegalBasisEnum` (ethyca/fideslang models.py).
const legalBases: Readonly<Record<LegalBasis, string>> = {
  consent: 'Consent',
  contract: 'Contract',
  legal_obligation: 'Legal obligations',
  vital_interests: 'Vital interests',
  public_interest: 'Public interest',
  legitimate_interests: 'Legitimate interests',
};
const specialCategoryBases: Readonly<Record<SpecialCategoryBasis, string>> = {
  explicit_consent: 'Explicit consent',
  employment: 'Employment, social security and social protection',
  vital_interests: 'Vital interests',
  non_profit_bodies: 'Not-for-profit bodies',
  made_public_by_data_subject: 'Made public by the data subject',
  legal_claims: 'Legal claims or judicial acts',
  substantial_public_interest: 'Reasons of substantial public interest (with a basis in law)',
  medical: 'Health or social care (with a basis in law)',
  public_health: 'Public health (with a basis in law)',
  archiving_research: 'Archiving, research and statistics (with a basis in law)',
};
/** fideslang `DataResponsibilityTitle` by recipient role; other roles carry no responsibility title. */
const responsibilities: Partial<Record<Role, string>> = {
  processor: 'Processor',
  sub_processor: 'Sub-Processor',
  controller: 'Controller',
  joint_controller: 'Controller',
};

interface DataFlow {
  fides_key: string;
  type: 'system';
  data_categories: string[];
}

interface PrivacyDeclaration {
  name: string;
  data_categories: string[];
  data_use: string;
  data_subjects: string[];
  egress?: string[];
  legal_basis_for_processing?: string;
  processes_special_category_data?: boolean;
  special_category_legal_basis?: string;
  retention_period?: string;
  data_shared_with_third_parties: boolean;
  third_parties?: string;
  shared_categories: string[];
}

interface FidesSystem {
  fides_key: string;
  organization_fides_key: string;
  name: string;
  description?: string;
  system_type: string;
  responsibility?: string[];
  privacy_policy?: string;
  egress?: DataFlow[];
  ingress?: DataFlow[];
  privacy_declarations: PrivacyDeclaration[];
}

interface FidesDataCategory {
  fides_key: string;
  organization_fides_key: string;
  name: string;
  description: string;
  parent_key: string;
}

/** A fides key: letters, digits, `.`, `_`, `<`, `>` and `-` only (fideslang `FIDES_KEY_PATTERN`). */
export function toFidesKey(text: string): string {
  const key = text.trim().replaceAll(/[^a-zA-Z0-9_.<>-]+/g, '_').replaceAll(/^_+|_+$/g, '');
  return key === '' ? 'unnamed' : key;
}

/**
 * Fides resources (manifest-model §2.6): one `system` per surface with one privacy declaration per collect
 * entry and purpose, a `system` per recipient reached by an egress data flow, and a `data_category` for
 * each Candor extension key so the file loads into a stock Fides taxonomy.
 */
export function exportFides(manifest: Manifest, options: ExportOptions = {}): ExportResult {
  const warnings: string[] = [];
  const organization = manifest.export.fides?.organization_fides_key ?? 'default_organization';
  const requested = options.surface;
  const configured = manifest.export.fides?.surfaces ?? [];
  const surfaces = manifest.surfaces.filter((surface) => (requested !== undefined ? surface.id === requested : configured.length === 0 || configured.includes(surface.id)));
  const prefix = (manifest.controller.name ?? 'application').toLowerCase().replaceAll(/[^a-z0-9]+/g, '_').replaceAll(/^_+|_+$/g, '') || 'application';
  const recipientKey = (recipient: Recipient): string => toFidesKey(recipient.vendor ?? recipient.id);
  const egress = manifest.recipients.map((recipient): DataFlow => ({ fides_key: recipientKey(recipient), type: 'system', data_categories: uniqueSorted(recipient.receives) }));
  const applicationSystems: FidesSystem[] = [];
  const targets: (Surface | undefined)[] = manifest.surfaces.length === 0 ? [undefined] : surfaces;
  for (const surface of targets) {
    const entries = manifest.collect.filter((entry) => surface === undefined || isOnSurfaces(entry.surfaces, [surface.id]));
    const responsibility = controllerResponsibility(manifest);
    const system: FidesSystem = {
      fides_key: surface === undefined ? prefix : `${prefix}_${toFidesKey(surface.id)}`,
      organization_fides_key: organization,
      name: surface === undefined ? (manifest.controller.name ?? 'Application') : `${manifest.controller.name ?? 'Application'} (${surface.id})`,
      ...(surface?.description === undefined ? {} : { description: surface.description }),
      system_type: 'Application',
      responsibility,
      ...(manifest.policy.url === undefined ? {} : { privacy_policy: manifest.policy.url }),
      ...(egress.length === 0 ? {} : { egress }),
      privacy_declarations: entries.flatMap((entry) => declarations(manifest, entry, surface, recipientKey, warnings)),
    };
    applicationSystems.push(system);
  }
  const recipientSystems = manifest.recipients.map((recipient): FidesSystem => {
    const title = recipient.role === undefined ? undefined : responsibilities[recipient.role];
    return {
      fides_key: recipientKey(recipient),
      organization_fides_key: organization,
      name: recipientName(manifest, recipient),
      system_type: 'Service',
      ...(title === undefined ? {} : { responsibility: [title] }),
      ...(recipient.privacy_policy === undefined ? {} : { privacy_policy: recipient.privacy_policy }),
      ingress: applicationSystems.map((application) => ({ fides_key: application.fides_key, type: 'system', data_categories: uniqueSorted(recipient.receives) })),
      privacy_declarations: [],
    };
  });
  const document = {
    system: [...applicationSystems, ...recipientSystems],
    data_category: extensionCategories(manifest, applicationSystems, organization),
  };
  const header = '# Generated by `candor export --to fides` from privacy.yaml; edit the manifest, not this file.\n';
  return { text: header + stringify(document, { lineWidth: 0, aliasDuplicateObjects: false }), warnings };
}

function controllerResponsibility(manifest: Manifest): string[] {
  if (manifest.controller.role === 'both') return ['Controller', 'Processor'];
  if (manifest.controller.role === 'processor') return ['Processor'];
  return ['Controller'];
}

function declarations(
  manifest: Manifest,
  entry: CollectEntry,
  surface: Surface | undefined,
  recipientKey: (recipient: Recipient) => string,
  warnings: string[],
): PrivacyDeclaration[] {
  if (entry.purposes.length === 0) {
    warnings.push(`\`collect.${entry.id}\` has no purposes, so it has no Fides privacy declaration. Add its \`purposes\`.`);
    return [];
  }
  const categories = uniqueSorted(entry.categories.map((category) => category.key));
  const recipients = entry.recipients.map((id) => getRecipient(manifest, id)).filter((recipient) => recipient !== undefined);
  // A processor acting for us is not a third party; anyone else who receives the entry's data is.
  const thirdParties = recipients.filter((recipient) => recipient.disclosure !== 'service_provider');
  const shared = categories.filter((key) => thirdParties.some((recipient) => recipient.receives.some((received) => coversCategory(received, key) || coversCategory(key, received))));
  const thirdPartyNames = uniqueSorted(thirdParties.map((recipient) => recipientName(manifest, recipient))).join('; ');
  const special = entry.special_category_basis;
  return entry.purposes.map(
    (purpose): PrivacyDeclaration => ({
      name: `${entry.id}: ${purpose}`,
      data_categories: categories,
      data_use: purpose,
      data_subjects: subjectsOf(manifest, entry, surface),
      ...(recipients.length === 0 ? {} : { egress: uniqueSorted(recipients.map(recipientKey)) }),
      ...(entry.legal_basis === undefined ? {} : { legal_basis_for_processing: legalBases[entry.legal_basis] }),
      ...(special === undefined ? {} : { processes_special_category_data: true, special_category_legal_basis: specialCategoryBases[special] }),
      ...(entry.retention?.period === undefined ? {} : { retention_period: entry.retention.period }),
      data_shared_with_third_parties: thirdParties.length > 0,
      ...(thirdParties.length === 0 ? {} : { third_parties: thirdPartyNames }),
      shared_categories: shared,
    }),
  );
}

/** The entry's subjects, else its surface's, else all; extension subjects export as the fideslang subject they extend. */
function subjectsOf(manifest: Manifest, entry: CollectEntry, surface: Surface | undefined): string[] {
  const ids = entry.subjects.length > 0 ? entry.subjects : surface !== undefined && surface.subjects.length > 0 ? surface.subjects : manifest.subjects.map((subject) => subject.id);
  return uniqueSorted(ids.map((id) => manifest.subjects.find((subject) => subject.id === id)?.extends ?? id));
}

/** Extension keys used anywhere in the export, with their extension ancestors, each naming its fideslang parent. */
function extensionCategories(manifest: Manifest, systems: readonly FidesSystem[], organization: string): FidesDataCategory[] {
  const used = new Set<string>();
  for (const system of systems) for (const declaration of system.privacy_declarations) for (const key of declaration.data_categories) used.add(key);
  for (const recipient of manifest.recipients) for (const key of recipient.receives) used.add(key);
  const extensions = new Set<string>();
  for (const key of used) {
    for (const candidate of [key, ...categoryAncestors(key)]) if (getCategory(candidate)?.extension === true) extensions.add(candidate);
  }
  const out: FidesDataCategory[] = [];
  for (const key of uniqueSorted(extensions)) {
    const entry = getCategory(key);
    if (entry?.parent === undefined) continue;
    out.push({ fides_key: key, organization_fides_key: organization, name: entry.name, description: entry.description, parent_key: entry.parent });
  }
  return out;
}
