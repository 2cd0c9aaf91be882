import type { Rule } from './rule-types';
import { blocAgreesWithList, communePresent, decisionForRecognised, knownValues, requiredValues, unitListed, validYear, yearMatchesReport } from './row-rules';
import { legacyText } from './encoding-rules';
import { duplicates, maintainedHistory, nearDuplicates } from './set-rules';
import { duplicatesAcrossFiles } from './files-rules';
import { hiddenRows, totalLines } from './sheet-rules';
import { khoiCommunes, khoiCounts, khoiDuplicates, khoiEducation, khoiMembers, khoiRequired, khoiValues } from './khoi-rules';

/**
 * Every check of registration rows: one entry per rule. Adding a rule is adding an entry.
 * File-level findings (`no-registration-sheet`, `no-header`, `unreadable-file`) come from reading.
 */
export const RULES: readonly Rule[] = [
  { id: 'required', severity: 'error', scope: 'row', description: 'Required value missing', check: requiredValues },
  {
    id: 'invalid-value',
    severity: 'error',
    scope: 'row',
    description: 'Unknown field, kind, registration, status or bloc',
    check: knownValues,
  },
  { id: 'year', severity: 'error', scope: 'row', description: 'Year not a year or outside 2000-2100', check: validYear },
  {
    id: 'commune-missing',
    severity: 'error',
    scope: 'row',
    description: 'Commune missing for a unit of the Xã, phường bloc',
    check: communePresent,
  },
  {
    id: 'duplicate',
    severity: 'error',
    scope: 'set',
    description: 'Same year, unit, name and implementer as an earlier row',
    check: duplicates,
  },
  {
    id: 'year-mismatch',
    severity: 'warning',
    scope: 'row',
    description: 'Year differs from Năm báo cáo and lies outside Giai đoạn (either one given); without either, a year after next year',
    check: yearMatchesReport,
  },
  {
    id: 'duplicate-across-files',
    severity: 'warning',
    scope: 'files',
    description: 'Consolidation: the same year, unit and model name in two units’ files',
    check: duplicatesAcrossFiles,
  },
  {
    id: 'near-duplicate',
    severity: 'warning',
    scope: 'set',
    description: 'Same year and unit, names equal but for diacritics, case and punctuation',
    check: nearDuplicates,
  },
  { id: 'unit-unknown', severity: 'warning', scope: 'row', description: 'Unit not in Danh mục', check: unitListed },
  {
    id: 'bloc-mismatch',
    severity: 'warning',
    scope: 'row',
    description: 'Bloc contradicts Danh mục',
    check: blocAgreesWithList,
  },
  {
    id: 'decision-missing',
    severity: 'warning',
    scope: 'row',
    description: 'Recognised without a decision number',
    check: decisionForRecognised,
  },
  {
    id: 'maintained-without-history',
    severity: 'warning',
    scope: 'set',
    description: 'Duy trì with no registration of the same model in an earlier year',
    check: maintainedHistory,
  },
  {
    id: 'legacy-encoding',
    severity: 'warning',
    scope: 'set',
    description: 'Text typed in a legacy encoding (TCVN3, VNI), read as the Unicode text it stands for: one finding per column',
    check: legacyText,
  },
  {
    id: 'total-row',
    severity: 'info',
    scope: 'sheet',
    description: 'A Tổng cộng / Cộng line among the rows: not a model, not checked, not counted',
    check: totalLines,
  },
  {
    id: 'hidden-rows',
    severity: 'info',
    scope: 'sheet',
    description: 'Model rows hidden (by hand or by a filter), or a filter on: counted all the same',
    check: hiddenRows,
  },
  { id: 'khoi-required', severity: 'error', scope: 'khoi', description: 'Khối Dân vận: year, commune or members missing', check: khoiRequired },
  {
    id: 'khoi-invalid-value',
    severity: 'error',
    scope: 'khoi',
    description: 'Khối Dân vận: a value not understood (not a whole number, not Có/Không, a rate outside 0-100, an unknown rating)',
    check: khoiValues,
  },
  { id: 'khoi-count', severity: 'error', scope: 'khoi', description: 'Khối Dân vận: a count of members above the members', check: khoiCounts },
  {
    id: 'khoi-education',
    severity: 'error',
    scope: 'khoi',
    description: 'Khối Dân vận: the three education counts together above the members',
    check: khoiEducation,
  },
  { id: 'khoi-duplicate', severity: 'error', scope: 'khoi', description: 'Khối Dân vận: a commune twice in one year', check: khoiDuplicates },
  { id: 'khoi-members', severity: 'warning', scope: 'khoi', description: 'Khối Dân vận: members outside 5-20', check: khoiMembers },
  {
    id: 'khoi-commune-unknown',
    severity: 'warning',
    scope: 'khoi',
    description: 'Khối Dân vận: a commune not in Danh mục (when it lists communes)',
    check: khoiCommunes,
  },
];
