import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import type { QuestionForm, QuestionInput } from '@pbgdpl/contract';

/**
 * API nodes as `pnpm start` runs them (`src/main.ts` with the demo content, each in its own process), for the
 * multi-node tests and the HTTP benchmarks; `stopApiNodes` ends whatever is still running.
 */
export interface ApiNode {
  /** Without a trailing slash. */
  url: string;
  process: ChildProcess;
}

const MAIN = fileURLToPath(new URL('../src/main.ts', import.meta.url));
const STOP_GRACE_MS = 5_000;
const running = new Set<ChildProcess>();

/** Polls until `url` answers 2xx (a server that is listening but not ready yet answers 5xx). */
export async function waitFor(url: string): Promise<void> {
  for (let attempt = 0; attempt < 200; attempt++) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`${url} did not answer`);
}

/**
 * Starts a node (PORT 0: a free port unless `env` sets one), resolves once it listens (the
 * database is migrated and seeded by then) and its health check answers.
 */
export async function startApiNode(env: Record<string, string>): Promise<ApiNode> {
  const child = spawn(process.execPath, ['--import', 'tsx', MAIN], {
    env: { ...process.env, PORT: '0', PBGDPL_DEMO_CONTENT: 'on', ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  running.add(child);
  child.once('exit', () => running.delete(child));
  // Keeps reading stdout to the end: a closed pipe would break the node's shutdown log.
  const url = await new Promise<string>((resolve, reject) => {
    let output = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      output += String(chunk);
      const found = /https?:\/\/\S+/.exec(output)?.[0];
      if (found) resolve(found.replace(/\/$/, ''));
    });
    child.once('exit', (code) =>
      reject(new Error(`the API node exited (${code}) before listening: ${output}`)),
    );
  });
  await waitFor(`${url}/healthz`);
  return { url, process: child };
}

/** SIGTERM (the node finishes open requests and closes its database), SIGKILL if it hangs. */
export async function stopApiNode(node: ApiNode): Promise<void> {
  const child = node.process;
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = once(child, 'exit');
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), STOP_GRACE_MS);
  await exited;
  clearTimeout(timer);
}

export async function stopApiNodes(): Promise<void> {
  await Promise.all([...running].map((child) => stopApiNode({ url: '', process: child })));
}

/** A valid question from the form `form` (the n-th: its own title and e-mail). */
export function sampleQuestion(form: QuestionForm, n: number): QuestionInput {
  return {
    name: 'Nguyễn Thị Thử',
    email: `thu${n}@example.vn`,
    field: 'dat-dai',
    title: `Câu hỏi thử số ${n} về thủ tục đất đai`,
    body: 'Gia đình tôi muốn tách thửa đất ở xã, thủ tục và thời hạn giải quyết như thế nào?',
    consents: { version: form.consentVersion, processAndAnswer: true, publishName: false },
    // A form token sends one question: callers fetch a form per post.
    formToken: form.formToken,
  };
}
