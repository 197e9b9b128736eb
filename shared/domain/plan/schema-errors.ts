import type { z } from 'zod';
import { describeValue, formatPath, valueAt, type PlanError } from './plan-errors';

/**
 * Turns zod's issues into sentences an HR analyst can act on. zod's own messages
 * ("Too big: expected number to be <=5") name neither the value nor what it means, so the
 * message is rebuilt from the issue's fields and the value found at its path in the input.
 */

const EXPECTED_NOUN: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'an object',
  record: 'an object',
  null: 'null',
};

const listOptions = (values: readonly unknown[]): string => values.map((v) => JSON.stringify(v)).join(', ');

function describeIssue(issue: z.core.$ZodIssue, value: unknown): string {
  const shown = describeValue(value);
  switch (issue.code) {
    case 'invalid_type': {
      const expected = EXPECTED_NOUN[issue.expected] ?? issue.expected;
      if (value === undefined) return `is missing (expected ${expected})`;
      if (issue.expected === 'int' && typeof value === 'number') return `${shown} is not a whole number`;
      return `${shown} is not ${expected}`;
    }
    case 'too_big':
      if (issue.origin === 'number' || issue.origin === 'int') {
        return issue.inclusive === false ? `${shown} must be below ${issue.maximum}` : `${shown} is above ${issue.maximum}`;
      }
      return `${shown} is too long (at most ${issue.maximum})`;
    case 'too_small':
      if (issue.origin === 'number' || issue.origin === 'int') {
        return issue.inclusive === false ? `${shown} must be above ${issue.minimum}` : `${shown} is below ${issue.minimum}`;
      }
      if (issue.origin === 'string' && issue.minimum === 1) return `${shown} is empty (an id must be a non-empty text)`;
      return `${shown} is too short (at least ${issue.minimum})`;
    case 'invalid_value':
      if (value === undefined) return `is missing (expected ${listOptions(issue.values)})`;
      return issue.values.length === 1
        ? `${shown} should be ${JSON.stringify(issue.values[0])}`
        : `${shown} is not one of ${listOptions(issue.values)}`;
    case 'invalid_format':
    case 'custom':
      // The schema's own messages for these read as predicates: "is not a real calendar date".
      return `${shown} ${issue.message}`;
    case 'invalid_key': {
      // The key itself is wrong: say which, with the key schema's own words ("is not a year").
      const key = issue.path[issue.path.length - 1];
      return `the key ${JSON.stringify(String(key))} ${issue.issues[0]?.message ?? 'is not allowed here'}`;
    }
    default:
      return `${shown}: ${issue.message}`;
  }
}

export function planErrorFromIssue(issue: z.core.$ZodIssue, input: unknown): PlanError {
  return { path: formatPath(issue.path), message: describeIssue(issue, valueAt(input, issue.path)) };
}
