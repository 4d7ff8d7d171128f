/** zod issues → field errors with a path and a plain German message for the person who sent them. */
import type { z } from 'zod';
import type { FieldError } from '../../src/contract/problem.ts';

const TYPE_NAMES: Record<string, string> = {
  string: 'Text',
  number: 'eine Zahl',
  int: 'eine ganze Zahl',
  boolean: 'true oder false',
  array: 'eine Liste',
  object: 'ein Objekt',
};

export function formatPath(base: string, path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, key) => {
    if (typeof key === 'number') return `${out}[${key}]`;
    return out ? `${out}.${String(key)}` : String(key);
  }, base);
}

function unit(origin: string, count: number | bigint): string {
  if (origin === 'string') return count === 1 ? ' Zeichen' : ' Zeichen';
  if (origin === 'array' || origin === 'set') return count === 1 ? ' Eintrag' : ' Einträge';
  return '';
}

function message(issue: z.core.$ZodIssue, received: unknown): string {
  switch (issue.code) {
    case 'invalid_type':
      if (received === undefined) return 'Bitte geben Sie hier einen Wert an.';
      return `Hier wird ${TYPE_NAMES[issue.expected] ?? issue.expected} erwartet.`;
    case 'invalid_value':
      return `Erlaubt ${issue.values.length === 1 ? 'ist' : 'sind'}: ${issue.values.map((v) => String(v)).join(', ')}.`;
    case 'too_small':
      return issue.origin === 'number' || issue.origin === 'int'
        ? `Der Wert muss ${issue.inclusive === false ? 'größer als' : 'mindestens'} ${String(issue.minimum)} sein.`
        : `Bitte mindestens ${String(issue.minimum)}${unit(issue.origin, issue.minimum)} angeben.`;
    case 'too_big':
      return issue.origin === 'number' || issue.origin === 'int'
        ? `Der Wert darf ${issue.inclusive === false ? 'nicht größer oder gleich' : 'höchstens'} ${String(issue.maximum)} sein.`
        : `Bitte höchstens ${String(issue.maximum)}${unit(issue.origin, issue.maximum)} angeben.`;
    case 'invalid_format':
      // Our own patterns carry a German description as their message; zod's built-in ones do not.
      return /^[a-zäöü]/.test(issue.message) ? `Erwartet wird ${issue.message}.` : 'Das Format stimmt nicht.';
    case 'not_multiple_of':
      return `Der Wert muss ein Vielfaches von ${String(issue.divisor)} sein.`;
    case 'custom':
      return /^[a-zäöü]/.test(issue.message) ? `Erwartet wird ${issue.message}.` : issue.message;
    default:
      return 'Der Wert ist nicht gültig.';
  }
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let current = input;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}

export function fieldErrors(error: z.core.$ZodError, input: unknown, base = ''): FieldError[] {
  return error.issues.flatMap((issue): FieldError[] => {
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({
        path: formatPath(base, [...issue.path, key]),
        message: 'Dieses Feld ist unbekannt. Bitte entfernen Sie es oder prüfen Sie die Schreibweise.',
      }));
    }
    return [{ path: formatPath(base, issue.path), message: message(issue, valueAt(input, issue.path)) }];
  });
}
