import { foldVi } from '@pbgdpl/vi-text';

/** A document number folded for matching: `45/2019/QĐ-UBND`, `45 / 2019/qd-ubnd` → `45/2019/qd-ubnd`. */
export const numberKey = (number: string): string => foldVi(number).replace(/\s+/g, '');

const WITHOUT_NUMBER = numberKey('Không số');

/** "Không số": documents without a number never match each other by number. */
export const isWithoutNumber = (key: string): boolean => key === WITHOUT_NUMBER;

/** Looks like a document number rather than words: a digit and a slash (`45/2019`, `471/QĐ-TTg`). */
export const looksLikeNumber = (text: string): boolean => /\d/.test(text) && text.includes('/');
