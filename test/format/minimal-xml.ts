// A strict little XML reader for tests: enough to prove a report is well-formed and to read it back.

export interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  text: string;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
// Characters XML 1.0 allows in a document.
const XML_CHAR = /^[\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]*$/u;
const NAME = '[A-Za-z_][\\w.-]*';
const TOKEN = new RegExp(`<(/?)(${NAME})((?:\\s+${NAME}\\s*=\\s*"[^"]*")*)\\s*(/?)>|([^<]+)`, 'y');
const ATTRIBUTE = new RegExp(`(${NAME})\\s*=\\s*"([^"]*)"`, 'g');

/** Decodes character data, rejecting a bare `&` or `<`, an unknown entity or a reference to a forbidden character. */
function decode(raw: string): string {
  if (raw.includes('<')) throw new Error(`raw < in ${JSON.stringify(raw)}`);
  return raw.replace(/&([^;\s]*);?/g, (whole, ref: string) => {
    if (!whole.endsWith(';')) throw new Error(`bare & in ${JSON.stringify(raw)}`);
    let char: string | undefined;
    if (/^#x[0-9a-fA-F]+$/.test(ref)) char = String.fromCodePoint(parseInt(ref.slice(2), 16));
    else if (/^#[0-9]+$/.test(ref)) char = String.fromCodePoint(Number(ref.slice(1)));
    else char = ENTITIES[ref];
    if (char === undefined || !XML_CHAR.test(char)) throw new Error(`bad reference &${ref};`);
    return char;
  });
}

/** Parses a document with an optional XML declaration and one root element; throws on anything malformed. */
export function parseXml(document: string): XmlElement {
  if (!XML_CHAR.test(document)) throw new Error('document holds characters XML does not allow');
  let rest = document;
  const declaration = /^<\?xml\s+version="1\.0"(?:\s+encoding="UTF-8")?\s*\?>/.exec(rest);
  if (declaration) rest = rest.slice(declaration[0].length);
  const root: XmlElement = { name: '#document', attributes: {}, children: [], text: '' };
  const stack = [root];
  TOKEN.lastIndex = 0;
  while (TOKEN.lastIndex < rest.length) {
    const start = TOKEN.lastIndex;
    const m = TOKEN.exec(rest);
    if (!m) throw new Error(`malformed markup at ${start}: ${JSON.stringify(rest.slice(start, start + 40))}`);
    const [, closing, name, attrs, selfClosing, text] = m;
    const top = stack[stack.length - 1];
    if (text !== undefined) {
      if (top === root && text.trim() !== '') throw new Error('text outside the root element');
      top.text += decode(text);
    } else if (closing) {
      if (top.name !== name || attrs || selfClosing) throw new Error(`</${name}> does not close <${top.name}>`);
      stack.pop();
    } else {
      if (top === root && root.children.length > 0) throw new Error('more than one root element');
      const attributes: Record<string, string> = {};
      for (const [, key, value] of attrs.matchAll(ATTRIBUTE)) {
        if (key in attributes) throw new Error(`duplicate attribute ${key}`);
        attributes[key] = decode(value);
      }
      const element: XmlElement = { name, attributes, children: [], text: '' };
      top.children.push(element);
      if (!selfClosing) stack.push(element);
    }
  }
  if (stack.length !== 1) throw new Error(`<${stack[stack.length - 1].name}> is never closed`);
  if (root.children.length !== 1) throw new Error('no root element');
  return root.children[0];
}
