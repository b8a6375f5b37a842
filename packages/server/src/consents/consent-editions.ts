import type { Lang } from '../http/language.ts';

/** The words of each purpose, per language, in one edition. */
export type EditionTexts<P extends string> = Record<Lang, Record<P, string>>;

export interface Edition<P extends string> {
  /** One edition in one language (`2026-07-vi`): a record proves exactly which words were shown. */
  version: string;
  language: Lang;
  consents: Array<{ purpose: P; required: boolean; text: string }>;
}

/**
 * A form's consent texts in editions. Change a text: add a new edition and make it current;
 * keep old ones, records point at them. `required` says which purposes the form cannot be
 * sent without, in the order the form shows them.
 */
export function consentEditions<P extends string>(
  editions: Record<string, EditionTexts<P>>,
  current: string,
  required: Record<P, boolean>,
) {
  /** The edition `name` in `language`, undefined for an unknown one. */
  function edition(name: string, language: Lang): Edition<P> | undefined {
    const texts = editions[name]?.[language];
    if (!texts) return undefined;
    return {
      version: `${name}-${language}`,
      language,
      consents: (Object.keys(required) as P[]).map((purpose) => ({
        purpose,
        required: required[purpose],
        text: texts[purpose],
      })),
    };
  }
  const split = (version: string) => /^(.+)-(vi|en)$/.exec(version);
  const ofVersion = (version: string): Edition<P> | undefined => {
    const match = split(version);
    return match?.[1] ? edition(match[1], match[2] as Lang) : undefined;
  };
  return {
    /** What the form shows now, in the asked language. */
    current: (language: Lang): Edition<P> => edition(current, language) as Edition<P>,
    /** Any edition ever shown, by its version id. */
    ofVersion,
    /** The edition's name without the language (`2026-07`). */
    nameOf: (version: string): string | undefined => split(version)?.[1],
    /** The edition a submission names, if it is the one shown now (else the form must reload). */
    currentOfVersion(version: string): Edition<P> | undefined {
      const named = ofVersion(version);
      return named && named.version === `${current}-${named.language}` ? named : undefined;
    },
  };
}
