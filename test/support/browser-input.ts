import type { TestRunnerPlugin } from '@web/test-runner';
import type { PlaywrightLauncher } from '@web/test-runner-playwright';

/** Typing through an input method, as Telex or VNI does it: each step a composition update or the commit. */
export interface ImeStep {
  compose?: string;
  commit?: string;
}

/**
 * Browser input that a page cannot fake for itself, for web-test-runner tests:
 * - `ime`: composition through Chromium's own IME path (DevTools `Input.imeSetComposition` /
 *   `Input.insertText`), so the page sees the composition events, `beforeinput` and the DOM
 *   changes a real Vietnamese IME causes;
 * - `os-paste`: the system clipboard filled with the given HTML and text (by a trusted Ctrl+C
 *   whose copy event writes them), then a trusted Ctrl+V into the focused element.
 */
export function browserInputPlugin(): TestRunnerPlugin {
  return {
    name: 'browser-input',
    async executeCommand({ command, payload, session }) {
      if (command !== 'ime' && command !== 'os-paste') return undefined;
      const page = (session.browser as PlaywrightLauncher).getPage(session.id);
      if (command === 'ime') {
        const cdp = await page.context().newCDPSession(page);
        try {
          for (const step of payload as ImeStep[]) {
            if (step.compose !== undefined)
              await cdp.send('Input.imeSetComposition', {
                text: step.compose,
                selectionStart: step.compose.length,
                selectionEnd: step.compose.length,
              });
            if (step.commit !== undefined) await cdp.send('Input.insertText', { text: step.commit });
          }
        } finally {
          await cdp.detach();
        }
        return true;
      }
      const { html, text } = payload as { html: string; text: string };
      await page.evaluate(
        ([markup, plain]) =>
          document.addEventListener(
            'copy',
            (event) => {
              event.clipboardData?.setData('text/html', markup);
              event.clipboardData?.setData('text/plain', plain);
              event.preventDefault();
              event.stopImmediatePropagation();
            },
            { capture: true, once: true },
          ),
        [html, text] as const,
      );
      await page.keyboard.press('Control+C');
      await page.keyboard.press('Control+V');
      return true;
    },
  };
}
