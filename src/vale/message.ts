// Fills a Vale message template the way Go's fmt.Sprintf does for the verbs Vale rules use.

/** `%s`, `%d`, `%v`, `%q`, `%[2]s`, `%.2f` and `%%`; a verb without an argument is left as written. */
export function formatMessage(template: string, args: ReadonlyArray<string | number>): string {
  let next = 0;
  return template.replace(/%(%|(?:\[(\d+)\])?(\.\d+)?([sdvqf]))/g, (whole, verb: string, index?: string, precision?: string, kind?: string) => {
    if (verb === '%') return '%';
    const i = index ? Number(index) - 1 : next;
    next = i + 1;
    if (i >= args.length) return whole;
    const value = args[i];
    if (kind === 'f' || (precision && typeof value === 'number')) return Number(value).toFixed(precision ? Number(precision.slice(1)) : 6);
    if (kind === 'd') return String(typeof value === 'number' ? Math.trunc(value) : value);
    if (kind === 'q') return JSON.stringify(String(value));
    return String(value);
  });
}
