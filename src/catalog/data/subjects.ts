/**
 * Data subjects: the 15 fideslang defaults (ethyca/fideslang `data_files/data_subjects.csv`, CC BY 4.0, see
 * NOTICE.md) and the extensions reference/manifest-model.md §2.3 expects, each exporting as a fideslang subject.
 */
import type { SubjectEntry } from '../taxonomy.js';

function fides(key: string, name: string): SubjectEntry {
  return { key, name, extension: false };
}

function ext(key: string, name: string, extendsKey: string): SubjectEntry {
  return { key, name, extends: extendsKey, extension: true };
}

export const subjectData: readonly SubjectEntry[] = [
  fides('anonymous_user', 'Anonymous user'),
  fides('citizen_voter', 'Citizen voter'),
  fides('commuter', 'Commuter'),
  fides('consultant', 'Consultant'),
  fides('customer', 'Customer'),
  fides('employee', 'Employee'),
  fides('job_applicant', 'Job applicant'),
  fides('next_of_kin', 'Next of kin'),
  fides('passenger', 'Passenger'),
  fides('patient', 'Patient'),
  fides('prospect', 'Prospect'),
  fides('shareholder', 'Shareholder'),
  fides('supplier_vendor', 'Supplier or vendor'),
  fides('trainee', 'Trainee'),
  fides('visitor', 'Visitor'),
  ext('parent_guardian', 'Parent or guardian', 'next_of_kin'),
  ext('student', 'Student', 'customer'),
  // A user invited into a customer's workspace.
  ext('member', 'Workspace member', 'customer'),
  // A visitor of a customer's site, e.g. recorded by a script the customer embeds.
  ext('end_user_of_customer', "End user of a customer", 'visitor'),
  // Someone whose contact details a user enters (referral, invitation).
  ext('referred_contact', 'Referred contact', 'prospect'),
];
