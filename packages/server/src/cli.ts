import { runCli } from './cli/run.ts';

try {
  process.exitCode = await runCli(process.argv.slice(2), {
    env: process.env,
    cwd: process.cwd(),
    out: (text) => console.log(text),
    err: (text) => console.error(text),
  });
} catch (error) {
  // Not a usage error: the database (unreachable, or migrated by a newer version) or the disk.
  console.error(`Lỗi (error): ${(error as Error).message}`);
  process.exitCode = 1;
}
