import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Lang } from '../i18n.ts';

export type SpeechStatus = 'idle' | 'speaking' | 'paused';

/** Chrome stops long utterances after about 15 seconds: we speak in chunks of this many characters. */
const CHUNK = 180;
const VOICE_LANG: Record<Lang, string> = { vi: 'vi-VN', en: 'en-GB' };

export const speechSupported = (): boolean =>
  typeof window !== 'undefined' &&
  'speechSynthesis' in window &&
  window.speechSynthesis !== undefined &&
  typeof window.SpeechSynthesisUtterance === 'function';

/** Splits text at sentence ends (then commas, then spaces) into pieces a speech engine handles well. */
export function speechChunks(text: string, max = CHUNK): string[] {
  const sentences = text
    .replace(/\s+/g, ' ')
    .split(/(?<=[.!?;:…])\s+/u)
    .map((s) => s.trim())
    .filter(Boolean);
  const chunks: string[] = [];
  let current = '';
  const push = (piece: string) => {
    if (!current) current = piece;
    else if (current.length + 1 + piece.length <= max) current += ` ${piece}`;
    else {
      chunks.push(current);
      current = piece;
    }
  };
  for (const sentence of sentences) {
    if (sentence.length <= max) {
      push(sentence);
      continue;
    }
    for (const part of sentence.split(/(?<=,)\s+/u)) {
      if (part.length <= max) push(part);
      else {
        let rest = part;
        while (rest.length > max) {
          const cut = rest.lastIndexOf(' ', max);
          const at = cut > max / 2 ? cut : max;
          push(rest.slice(0, at).trim());
          rest = rest.slice(at).trim();
        }
        if (rest) push(rest);
      }
    }
  }
  if (current) chunks.push(current);
  return chunks;
}

function voiceFor(lang: Lang): SpeechSynthesisVoice | undefined {
  const voices = window.speechSynthesis.getVoices();
  const wanted = VOICE_LANG[lang].toLowerCase();
  const normal = (voice: SpeechSynthesisVoice) => voice.lang.replace('_', '-').toLowerCase();
  return (
    voices.find((voice) => normal(voice) === wanted) ?? voices.find((voice) => normal(voice).startsWith(lang))
  );
}

/**
 * Reads a text aloud with the page's speech engine: one chunk after another, pause, resume,
 * stop; stops when its element leaves the page.
 */
export class ReadAloudController implements ReactiveController {
  status: SpeechStatus = 'idle';
  readonly #host: ReactiveControllerHost;
  #chunks: string[] = [];
  #next = 0;
  #lang: Lang = 'vi';
  #run = 0;

  constructor(host: ReactiveControllerHost) {
    this.#host = host;
    host.addController(this);
  }

  hostDisconnected(): void {
    this.stop();
  }

  start(text: string, lang: Lang): void {
    if (!speechSupported()) return;
    this.stop();
    this.#chunks = speechChunks(text);
    this.#next = 0;
    this.#lang = lang;
    this.#set('speaking');
    this.#speakNext(this.#run);
  }

  pause(): void {
    if (this.status !== 'speaking') return;
    window.speechSynthesis.pause();
    this.#set('paused');
  }

  resume(): void {
    if (this.status !== 'paused') return;
    window.speechSynthesis.resume();
    this.#set('speaking');
  }

  stop(): void {
    this.#run += 1;
    if (this.status !== 'idle' && speechSupported()) window.speechSynthesis.cancel();
    this.#chunks = [];
    this.#set('idle');
  }

  #speakNext(run: number): void {
    if (run !== this.#run) return;
    const text = this.#chunks[this.#next++];
    if (text === undefined) {
      this.#set('idle');
      return;
    }
    const utterance = new SpeechSynthesisUtterance(text);
    utterance.lang = VOICE_LANG[this.#lang];
    const voice = voiceFor(this.#lang);
    if (voice) utterance.voice = voice;
    utterance.onend = () => this.#speakNext(run);
    utterance.onerror = (event) => {
      // Our own cancel() interrupts the utterance: that is not a failure.
      if (run !== this.#run || event.error === 'interrupted' || event.error === 'canceled') return;
      this.stop();
    };
    window.speechSynthesis.speak(utterance);
  }

  #set(status: SpeechStatus): void {
    if (this.status === status) return;
    this.status = status;
    this.#host.requestUpdate();
  }
}
