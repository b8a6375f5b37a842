import { runCli } from './cli/run.ts';

process.exitCode = await runCli(process.argv.slice(2), {
  env: process.env,
  cwd: process.cwd(),
  out: (text) => console.log(text),
  err: (text) => console.error(text),
});
