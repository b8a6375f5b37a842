import { createInterface } from 'node:readline';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

/**
 * A real SMTP server in its own process, for the mail tests: prints `listening <port>`, then
 * one JSON line per message it accepts. `down` on stdin makes it refuse connections (421, as a
 * server being restarted does) until `up`; it answers each command with `ok`.
 */
let accepting = process.argv[2] !== 'down';

const server = new SMTPServer({
  authOptional: true,
  disabledCommands: ['AUTH', 'STARTTLS'],
  logger: false,
  onConnect(_session, callback) {
    if (accepting) return callback();
    const refusal = Object.assign(new Error('Tạm ngừng nhận thư (try again later)'), { responseCode: 421 });
    return callback(refusal);
  },
  onData(stream, session, callback) {
    simpleParser(stream)
      .then((mail) => {
        const line = {
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : null,
          to: session.envelope.rcptTo.map((rcpt) => rcpt.address),
          subject: mail.subject ?? '',
          text: mail.text ?? '',
          html: typeof mail.html === 'string' ? mail.html : '',
        };
        process.stdout.write(`${JSON.stringify(line)}\n`);
        callback();
      })
      .catch((error: Error) => callback(error));
  },
});

server.listen(0, '127.0.0.1', () => {
  const address = server.server.address();
  process.stdout.write(`listening ${typeof address === 'object' && address ? address.port : 0}\n`);
});

createInterface({ input: process.stdin }).on('line', (command) => {
  if (command === 'up' || command === 'down') accepting = command === 'up';
  process.stdout.write('ok\n');
});
process.stdin.on('end', () => server.close(() => process.exit(0)));
