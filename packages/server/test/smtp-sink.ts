import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { after } from 'node:test';
import { fileURLToPath } from 'node:url';

export interface ReceivedMail {
  from: string | null;
  to: string[];
  subject: string;
  text: string;
  html: string;
}

const SINK = fileURLToPath(new URL('./smtp-sink-process.ts', import.meta.url));

/** Starts smtp-sink-process.ts (accepting, or refusing until `setUp(true)`); stopped after the file's tests. */
export async function startSmtpSink(state: 'up' | 'down' = 'up') {
  const child = spawn(process.execPath, ['--import', 'tsx', SINK, state], {
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  const received: ReceivedMail[] = [];
  const waiting: Array<() => void> = [];
  let port = 0;
  const listening = new Promise<void>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`the SMTP sink exited (${code})`)));
    createInterface({ input: child.stdout }).on('line', (line) => {
      const started = /^listening (\d+)$/.exec(line);
      if (started) {
        port = Number(started[1]);
        resolve();
      } else if (line === 'ok') waiting.shift()?.();
      else received.push(JSON.parse(line) as ReceivedMail);
    });
  });
  await listening;
  const stop = async () => {
    if (child.exitCode !== null) return;
    const exited = once(child, 'exit');
    child.stdin.end();
    await exited;
  };
  after(stop);

  return {
    url: `smtp://127.0.0.1:${port}`,
    received,
    async setUp(up: boolean) {
      const done = new Promise<void>((resolve) => waiting.push(resolve));
      child.stdin.write(`${up ? 'up' : 'down'}\n`);
      await done;
    },
    /** Resolves once `count` messages have arrived in all; fails after `ms`. */
    async waitFor(count: number, ms = 20_000) {
      const deadline = Date.now() + ms;
      while (received.length < count) {
        if (Date.now() > deadline)
          throw new Error(`${received.length} of ${count} e-mails arrived: ${JSON.stringify(received)}`);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      return received;
    },
    stop,
  };
}
