// The YAML library, loaded on first use: front matter of plain `key: value` lines is read without it
// (simple-front-matter.ts), and loading its modules was a tenth of a pre-commit run (issue 6). The same
// functions as `yaml` exports, so callers read as if they imported it.
import { createRequire } from 'node:module';

type Yaml = typeof import('yaml');

let loaded: Yaml | undefined;
const yaml = (): Yaml => (loaded ??= createRequire(import.meta.url)('yaml') as Yaml);

export const parse = ((...args: Parameters<Yaml['parse']>) => yaml().parse(...args)) as Yaml['parse'];
export const parseDocument = ((...args: Parameters<Yaml['parseDocument']>) => yaml().parseDocument(...args)) as Yaml['parseDocument'];
export const isAlias = ((node: unknown) => yaml().isAlias(node)) as Yaml['isAlias'];
export const isMap = ((node: unknown) => yaml().isMap(node)) as Yaml['isMap'];
export const isScalar = ((node: unknown) => yaml().isScalar(node)) as Yaml['isScalar'];
export const isSeq = ((node: unknown) => yaml().isSeq(node)) as Yaml['isSeq'];
/** `new LineCounter()`. */
export const lineCounter = (): InstanceType<Yaml['LineCounter']> => new (yaml().LineCounter)();
