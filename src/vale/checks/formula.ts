// A small arithmetic language for metric formulas (numbers, variables, + - * / %, parentheses, math.* functions): no eval.

export interface Formula {
  /** The value, or undefined when a variable is unknown or a function fails. */
  evaluate(variable: (name: string) => number | undefined): number | undefined;
}

type Node =
  | { type: 'number'; value: number }
  | { type: 'variable'; name: string }
  | { type: 'unary'; op: '-' | '+'; arg: Node }
  | { type: 'binary'; op: string; left: Node; right: Node }
  | { type: 'call'; name: string; args: Node[] };

const FUNCTIONS: Record<string, (...args: number[]) => number> = {
  'math.sqrt': Math.sqrt,
  'math.abs': Math.abs,
  'math.pow': Math.pow,
  'math.floor': Math.floor,
  'math.ceil': Math.ceil,
  'math.round': Math.round,
  'math.log': Math.log,
  'math.log10': Math.log10,
  'math.min': Math.min,
  'math.max': Math.max,
  round: (x, digits = 0) => Math.round(x * 10 ** digits) / 10 ** digits,
};

/** Parses a formula such as `(words / sentences) + math.sqrt(polysyllabic_words)`. */
export function parseFormula(text: string): Formula | { message: string } {
  const tokens = text.match(/\d+(?:\.\d+)?|[A-Za-z_][\w.]*|[-+*/%(),]|\S/g) ?? [];
  let at = 0;
  const peek = () => tokens[at];
  const fail = (what: string): never => {
    throw new SyntaxError(what);
  };
  const primary = (): Node => {
    const t = tokens[at++];
    if (t === undefined) return fail('ends too early');
    if (/^\d/.test(t)) return { type: 'number', value: Number(t) };
    if (t === '(') {
      const inner = sum();
      if (tokens[at++] !== ')') fail('has an unclosed “(”');
      return inner;
    }
    if (t === '-' || t === '+') return { type: 'unary', op: t, arg: primary() };
    if (/^[A-Za-z_]/.test(t)) {
      if (peek() !== '(') return { type: 'variable', name: t };
      if (!FUNCTIONS[t]) fail(`uses the unknown function “${t}”`);
      at += 1;
      const args: Node[] = [];
      while (peek() !== ')') {
        args.push(sum());
        if (peek() === ',') at += 1;
        else if (peek() !== ')') fail(`has “${peek() ?? 'nothing'}” where “,” or “)” belongs`);
      }
      at += 1;
      return { type: 'call', name: t, args };
    }
    return fail(`has an unexpected “${t}”`);
  };
  const product = (): Node => {
    let left = primary();
    while (peek() === '*' || peek() === '/' || peek() === '%') left = { type: 'binary', op: tokens[at++], left, right: primary() };
    return left;
  };
  const sum = (): Node => {
    let left = product();
    while (peek() === '+' || peek() === '-') left = { type: 'binary', op: tokens[at++], left, right: product() };
    return left;
  };
  try {
    const tree = sum();
    if (at < tokens.length) fail(`has an unexpected “${tokens[at]}”`);
    return { evaluate: (variable) => run(tree, variable) };
  } catch (error) {
    return { message: `“${text}” ${(error as Error).message}` };
  }
}

function run(node: Node, variable: (name: string) => number | undefined): number | undefined {
  switch (node.type) {
    case 'number':
      return node.value;
    case 'variable':
      return variable(node.name);
    case 'unary': {
      const v = run(node.arg, variable);
      return v === undefined ? undefined : node.op === '-' ? -v : v;
    }
    case 'call': {
      const args = node.args.map((a) => run(a, variable));
      return args.some((a) => a === undefined) ? undefined : FUNCTIONS[node.name](...(args as number[]));
    }
    case 'binary': {
      const [l, r] = [run(node.left, variable), run(node.right, variable)];
      if (l === undefined || r === undefined) return undefined;
      return node.op === '+' ? l + r : node.op === '-' ? l - r : node.op === '*' ? l * r : node.op === '/' ? l / r : l % r;
    }
  }
}
