import { DOMParser, type Document } from '@xmldom/xmldom';

/** XML parsed by a strict parser: any well-formedness error (or warning) throws. */
export function parseStrictXml(xml: string): Document {
  return new DOMParser({
    onError: (level, message) => {
      throw new Error(`${level}: ${message}`);
    },
  }).parseFromString(xml, 'application/xml');
}
