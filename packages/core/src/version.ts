/** Replaced at build time by vite `define`; stays readable when sources run untransformed. */
declare const __PBGDPL_VERSION__: string | undefined;

export const VERSION: string = typeof __PBGDPL_VERSION__ === 'string' ? __PBGDPL_VERSION__ : '0.0.0-dev';
