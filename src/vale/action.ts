// A rule's `action` (Vale's fix hint) turned into the replacement texts it proposes for a match.
import { compileValePattern, isPatternProblem } from './regex/compile.js';

export type ActionTexts = (matched: string) => string[];

/** The replacements `action` proposes for a matched text (`''` removes it); undefined for no action or one we cannot compute. */
export function compileAction(action: unknown, problems: string[]): ActionTexts | undefined {
  if (action === undefined || action === null) return undefined;
  if (typeof action !== 'object' || Array.isArray(action)) {
    problems.push('action: expected a mapping with `name` and `params`');
    return undefined;
  }
  const { name, params: rawParams } = action as { name?: unknown; params?: unknown };
  const params = Array.isArray(rawParams) ? rawParams.map(String) : [];
  switch (name) {
    case 'remove':
      return () => [''];
    case 'replace':
      return params.length ? () => params : undefined;
    case 'edit':
      return editAction(params, problems);
    case 'suggest':
    case 'convert':
      return undefined; // spelling suggestions and Tengo scripts: nothing we can compute
    default:
      problems.push(`action: unknown action “${String(name)}”`);
      return undefined;
  }
}

function editAction([op, ...args]: string[], problems: string[]): ActionTexts | undefined {
  const chars = (set: string | undefined) => new RegExp(`[${(set ?? ' ').replace(/[\\\]^-]/g, '\\$&')}]+`, 'u');
  switch (op) {
    case 'trim_right': {
      const re = new RegExp(`(?:${chars(args[0]).source})$`, 'u');
      return (m) => [m.replace(re, '')];
    }
    case 'trim_left': {
      const re = new RegExp(`^(?:${chars(args[0]).source})`, 'u');
      return (m) => [m.replace(re, '')];
    }
    case 'trim': {
      const left = new RegExp(`^(?:${chars(args[0]).source})`, 'u');
      const right = new RegExp(`(?:${chars(args[0]).source})$`, 'u');
      return (m) => [m.replace(left, '').replace(right, '')];
    }
    case 'truncate':
      return (m) => [m.split(args[0] ?? ' ')[0]];
    case 'split': {
      const index = Number(args[1] ?? 0);
      return (m) => [m.split(args[0] ?? ' ')[index] ?? m];
    }
    case 'regex': {
      const regex = compileValePattern(args[0] ?? '');
      if (isPatternProblem(regex)) {
        problems.push(`action: ${regex.message}`);
        return undefined;
      }
      const replacement = (args[1] ?? '').replace(/\$\{(\w+)\}/g, '$<$1>');
      return (m) => [m.replace(regex, replacement)];
    }
    default:
      problems.push(`action: unknown edit operation “${String(op)}”`);
      return undefined;
  }
}
