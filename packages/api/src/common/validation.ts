import { validate, ValidateBy, ValidationError, ValidationOptions, buildMessage, isPhoneNumber } from 'class-validator';
import { AppError, ErrorReason, FieldProblem, fieldProblemsOf, validationError } from './errors';

/** class-validator's options, everywhere: fail closed on objects it has no rules for. */
const OPTIONS = { forbidUnknownValues: true, whitelist: false, skipMissingProperties: false } as const;

/** The problems class-validator finds in `value`, with paths under `prefix` ("input", "filter", or "" for top-level arguments). */
export async function validateObject(value: object, prefix: string): Promise<FieldProblem[]> {
  return problemsOf(await validate(value, OPTIONS), prefix);
}

/** class-validator's errors as field problems: one per broken rule, the path from the root, the message naming it. */
export function problemsOf(errors: ValidationError[], prefix: string): FieldProblem[] {
  const out: FieldProblem[] = [];
  for (const e of errors) {
    const path = prefix ? `${prefix}.${e.property}` : e.property;
    for (const [rule, text] of Object.entries(e.constraints ?? {})) {
      const each = `each value in ${e.property} `;
      const named = text.startsWith(`${e.property} `)
        ? `Argument "${path}"${text.slice(e.property.length)}`
        : text.startsWith(each)
          ? `Argument "${path}": each value ${text.slice(each.length)}`
          : `Argument "${path}": ${text}`;
      out.push({ path, rule: rule === 'unknownValue' ? 'isObject' : rule, message: /[.!?]$/.test(named) ? named : `${named}.` });
    }
    if (e.children?.length) out.push(...problemsOf(e.children, path));
  }
  return out;
}

/**
 * The problems of one mutation input, gathered from every stage before one error is thrown: the
 * class-validator rules of its fields, then the service's own rules (dates within the plan period,
 * names already taken, ...). A bad durationMonths does not hide a bad dueDate.
 */
export class InputProblems {
  private readonly list: FieldProblem[] = [];
  /** The specific reason of each problem that has one (not sent: the error as a whole carries it). */
  private readonly reasons = new Map<FieldProblem, ErrorReason>();

  constructor(initial: readonly FieldProblem[] = []) {
    for (const p of initial) this.add(p.path, p.rule, p.message);
  }

  /** Adds a problem; `reason` when it is a specific failure (a name taken, an archived agency, ...). */
  add(path: string, rule: string, message: string, reason?: ErrorReason): void {
    if (this.list.some((p) => p.path === path && p.rule === rule)) return;
    const problem = { path, rule, message };
    this.list.push(problem);
    if (reason !== undefined) this.reasons.set(problem, reason);
  }

  /** Adds the problems of a validation error (each with the error's reason). */
  private addAll(error: unknown, fields: readonly FieldProblem[]): void {
    const reason = error instanceof AppError ? error.extensions.reason : undefined;
    for (const p of fields) this.add(p.path, p.rule, p.message, reason);
  }

  /** Adds the problems of a validation error `work` throws, and returns null; any other error is thrown on. */
  async collect<T>(work: () => T | Promise<T>): Promise<T | null> {
    try {
      return await work();
    } catch (error) {
      const fields = fieldProblemsOf(error);
      if (!fields) throw error;
      this.addAll(error, fields);
      return null;
    }
  }

  /** The reason of the error as a whole: the one every problem has, else none (`fields` says what each is). */
  private reason(): ErrorReason | undefined {
    const first = this.reasons.get(this.list[0]);
    return first !== undefined && this.list.every((p) => this.reasons.get(p) === first) ? first : undefined;
  }

  /** Whether any problem was found so far. */
  get any(): boolean {
    return this.list.length > 0;
  }

  /** Whether a problem was found for this path (or below it). */
  has(path: string): boolean {
    return this.list.some((p) => p.path === path || p.path.startsWith(`${path}.`));
  }

  get fields(): readonly FieldProblem[] {
    return this.list;
  }

  /** Throws one BAD_USER_INPUT with every problem found, if there is any. */
  throwIfAny(): void {
    if (this.list.length) throw validationError(this.list, this.reason());
  }

  /**
   * The error to answer when `error` ended the work: with problems found, the input is what the
   * caller must fix, so the answer is the validation error with every problem (those of `error`
   * too, when it is one); with none, `error` itself.
   */
  answerFor(error: unknown): unknown {
    if (!this.list.length) return error;
    this.addAll(error, fieldProblemsOf(error) ?? []);
    return validationError(this.list, this.reason());
  }
}

/** class-validator: a string with at least one non-space character (rule notBlank). */
export function NotBlank(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'notBlank',
      validator: {
        validate: (value) => typeof value === 'string' && /\S/.test(value),
        defaultMessage: buildMessage((each) => `${each}$property must not be blank`, options),
      },
    },
    options,
  );
}

/** UK short codes a help service may give: 111, 999, 112, and the 116 xxx helplines (Samaritans 116 123). */
const UK_SHORT_CODE = /^(?:111|999|112|116 ?\d{3})$/;

/** Digits, spaces, + ( ) -, and an optional extension ("ext 12"): libphonenumber alone lets "… ext" with no number through. */
const PHONE_CHARACTERS = /^[0-9+() -]+(?:\s*(?:ext\.?|x)\s*\d{1,6})?$/i;

/** Whether `value` is a UK telephone number: national (020…, 0300…, 0800…) or +44 / 0044, or a UK short code. */
export function isUkPhone(value: unknown): boolean {
  if (typeof value !== 'string' || value.length > 40) return false;
  const trimmed = value.trim();
  // libphonenumber (through class-validator) with region GB: national numbers, and international ones only when they are UK numbers.
  return UK_SHORT_CODE.test(trimmed) || (PHONE_CHARACTERS.test(trimmed) && isPhoneNumber(trimmed, 'GB'));
}

/** class-validator: a UK telephone number (rule isUkPhone), e.g. "020 7422 6752", "0300 123 6600", "+44 800 77 66 00". */
export function IsUkPhone(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isUkPhone',
      validator: {
        validate: (value) => isUkPhone(value),
        defaultMessage: buildMessage(
          (each) => `${each}$property must be a UK telephone number, e.g. "020 7422 6752", "0300 123 6600" or "+44 20 7422 6752"`,
          options,
        ),
      },
    },
    options,
  );
}
