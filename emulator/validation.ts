/**
 * Data validation: SpreadsheetApp.newDataValidation() builders and the
 * DataValidation rules they build. A rule wraps an immutable ValidationRule
 * of the model; Range.setDataValidation(s) stores that, getDataValidation(s)
 * wraps it again.
 */
import { Emulated, ENV, asApi, countCalls, enumOf, signatureError } from './counted';
import type { Env } from './env';
import { ServiceError, type ValidationRule } from './model';
import { realmArray } from './realm';
import { isDate } from './values';

type Builder = GoogleAppsScript.Spreadsheet.DataValidationBuilder;
type Rule = GoogleAppsScript.Spreadsheet.DataValidation;
type Criteria = GoogleAppsScript.Spreadsheet.DataValidationCriteria;

export const DataValidationCriteria = enumOf([
  'DATE_AFTER',
  'DATE_BEFORE',
  'DATE_BETWEEN',
  'DATE_EQUAL_TO',
  'DATE_IS_VALID_DATE',
  'DATE_NOT_BETWEEN',
  'DATE_ON_OR_AFTER',
  'DATE_ON_OR_BEFORE',
  'NUMBER_BETWEEN',
  'NUMBER_EQUAL_TO',
  'NUMBER_GREATER_THAN',
  'NUMBER_GREATER_THAN_OR_EQUAL_TO',
  'NUMBER_LESS_THAN',
  'NUMBER_LESS_THAN_OR_EQUAL_TO',
  'NUMBER_NOT_BETWEEN',
  'NUMBER_NOT_EQUAL_TO',
  'TEXT_CONTAINS',
  'TEXT_DOES_NOT_CONTAIN',
  'TEXT_EQUAL_TO',
  'TEXT_IS_VALID_EMAIL',
  'TEXT_IS_VALID_URL',
  'VALUE_IN_LIST',
  'VALUE_IN_RANGE',
  'CUSTOM_FORMULA',
  'CHECKBOX',
]);

/** Deep copy of criteria arguments (lists and dates), into the script's realm when given one. */
function copyArgs(env: Env | null, args: readonly unknown[]): unknown[] {
  const copy = (v: unknown): unknown => {
    if (Array.isArray(v)) {
      const items = v.map(copy);
      return env ? realmArray(env.realm, items) : items;
    }
    return isDate(v) ? new Date(v.getTime()) : v;
  };
  const items = args.map(copy);
  return env ? realmArray(env.realm, items) : items;
}

const BUILDER_API = [
  'build',
  'copy',
  'getAllowInvalid',
  'getCriteriaType',
  'getCriteriaValues',
  'getHelpText',
  'requireCheckbox',
  'requireValueInList',
  'setAllowInvalid',
  'setHelpText',
  'withCriteria',
] as const satisfies readonly (keyof Builder)[];

export class EmuDataValidationBuilder extends Emulated implements Pick<Builder, (typeof BUILDER_API)[number]> {
  #criteria: string | null;
  #args: unknown[];
  #allowInvalid: boolean;
  #helpText: string | null;

  /** A new builder (SpreadsheetApp.newDataValidation) or one seeded from a rule (copy). */
  constructor(env: Env, from?: ValidationRule) {
    super(env);
    this.#criteria = from?.criteria ?? null;
    this.#args = from ? copyArgs(null, from.args) : [];
    // A new rule warns rather than rejects until told otherwise.
    this.#allowInvalid = from?.allowInvalid ?? true;
    this.#helpText = from?.helpText ?? null;
  }

  build(): Rule {
    if (this.#criteria === null) throw new ServiceError('You must specify a criteria type before building a data validation rule.');
    const rule: ValidationRule = Object.freeze({
      criteria: this.#criteria,
      args: Object.freeze(copyArgs(null, this.#args)),
      allowInvalid: this.#allowInvalid,
      helpText: this.#helpText,
    });
    return asApi(new EmuDataValidation(this[ENV], rule));
  }

  copy(): Builder {
    return asApi(new EmuDataValidationBuilder(this[ENV], this.#snapshot()));
  }

  getAllowInvalid(): boolean {
    return this.#allowInvalid;
  }

  getCriteriaType(): Criteria {
    return this.#criteria as unknown as Criteria;
  }

  getCriteriaValues(): unknown[] {
    return copyArgs(this[ENV], this.#args);
  }

  getHelpText(): string | null {
    return this.#helpText;
  }

  requireCheckbox(checkedValue?: unknown, uncheckedValue?: unknown): Builder {
    this.#criteria = 'CHECKBOX';
    this.#args = [checkedValue, uncheckedValue].filter((v) => v !== undefined);
    return asApi(this);
  }

  requireValueInList(values: string[], showDropdown = true): Builder {
    if (!Array.isArray(values)) {
      throw signatureError('SpreadsheetApp.DataValidationBuilder.requireValueInList', [values, showDropdown]);
    }
    this.#criteria = 'VALUE_IN_LIST';
    this.#args = [values.map(String), showDropdown];
    return asApi(this);
  }

  setAllowInvalid(allowInvalidData: boolean): Builder {
    this.#allowInvalid = Boolean(allowInvalidData);
    return asApi(this);
  }

  setHelpText(helpText: string): Builder {
    this.#helpText = String(helpText);
    return asApi(this);
  }

  withCriteria(criteria: Criteria, args: unknown[]): Builder {
    const name = String(criteria);
    if (!(name in DataValidationCriteria)) throw new ServiceError(`Invalid criteria: ${name}`);
    this.#criteria = name;
    this.#args = copyArgs(null, args);
    return asApi(this);
  }

  #snapshot(): ValidationRule {
    return { criteria: this.#criteria ?? '', args: this.#args, allowInvalid: this.#allowInvalid, helpText: this.#helpText };
  }
}
countCalls(EmuDataValidationBuilder, 'DataValidationBuilder', BUILDER_API);

const RULE_API = ['copy', 'getAllowInvalid', 'getCriteriaType', 'getCriteriaValues', 'getHelpText'] as const satisfies readonly (keyof Rule)[];

export class EmuDataValidation extends Emulated implements Pick<Rule, (typeof RULE_API)[number]> {
  // Private, so the script sees only the real methods.
  readonly #rule: ValidationRule;

  constructor(env: Env, rule: ValidationRule) {
    super(env);
    this.#rule = rule;
  }

  /** The model rule behind a DataValidation (for Range.setDataValidation(s)). */
  static ruleOf(v: EmuDataValidation): ValidationRule {
    return v.#rule;
  }

  copy(): Builder {
    return asApi(new EmuDataValidationBuilder(this[ENV], this.#rule));
  }

  getAllowInvalid(): boolean {
    return this.#rule.allowInvalid;
  }

  getCriteriaType(): Criteria {
    return this.#rule.criteria as unknown as Criteria;
  }

  getCriteriaValues(): unknown[] {
    return copyArgs(this[ENV], this.#rule.args);
  }

  getHelpText(): string {
    return this.#rule.helpText as string;
  }
}
countCalls(EmuDataValidation, 'DataValidation', RULE_API);
