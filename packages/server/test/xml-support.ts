import { DOMParser, type Document, type Element } from '@xmldom/xmldom';

/** XML parsed by a strict parser: any well-formedness error (or warning) throws. */
export function parseStrictXml(xml: string): Document {
  return new DOMParser({
    onError: (level, message) => {
      throw new Error(`${level}: ${message}`);
    },
  }).parseFromString(xml, 'application/xml');
}

export const ATOM = 'http://www.w3.org/2005/Atom';

/** The feed parsed by a strict XML parser (any well-formedness error throws), and its entries' texts. */
export function parseAtom(xml: string) {
  const doc = parseStrictXml(xml);
  const feed = doc.documentElement!;
  const child = (parent: Element, name: string) =>
    Array.from(parent.childNodes).filter(
      (node): node is Element =>
        node.nodeType === 1 &&
        (node as Element).localName === name &&
        (node as Element).namespaceURI === ATOM,
    );
  const text = (parent: Element, name: string) => child(parent, name)[0]?.textContent ?? null;
  return { feed, child, text };
}
