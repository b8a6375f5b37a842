import { Role, UserInput } from '@pbgdpl/contract';
import type { Clock } from '../clock.ts';
import type { Config } from '../config.ts';
import type { Db } from '../db/schema.ts';
import { oneTimeLinksRepository } from '../repositories/one-time-links.ts';
import { usersRepository } from '../repositories/users.ts';
import { CliError, type CliIo } from './io.ts';

export interface UserArgs {
  positionals: string[];
  email: string | undefined;
  name: string | undefined;
  role: string | undefined;
  unit: string | undefined;
}

const INVITE_MS = 7 * 24 * 60 * 60 * 1000;

/**
 * `users create` makes an account and prints a one-time link where its person chooses the
 * password (no password ever passes through a shell or its history); `users list` lists them.
 */
export async function usersCommand(
  db: Db,
  config: Config,
  io: CliIo,
  clock: Clock,
  args: UserArgs,
): Promise<void> {
  const [action] = args.positionals;
  const users = usersRepository(db);
  switch (action) {
    case 'create': {
      if (!Role.safeParse(args.role).success)
        throw new CliError('Cần --role contributor|editor|admin (--role is required).', 2);
      const input = UserInput.safeParse({
        email: args.email ?? '',
        name: args.name ?? '',
        role: args.role,
        unitId: args.unit ?? null,
      });
      if (!input.success) {
        const lines = input.error.issues.map(
          (issue) => `  --${issue.path.join('.') || 'input'}: ${issue.message}`,
        );
        throw new CliError(`Thông tin tài khoản không hợp lệ (invalid account):\n${lines.join('\n')}`, 2);
      }
      if (await users.emailTaken(input.data.email))
        throw new CliError(`Đã có tài khoản ${input.data.email}.`, 1);
      const now = clock();
      const { user, link } = await db.transaction().execute(async (trx) => {
        const created = await usersRepository(trx).create(input.data, now);
        const made = await oneTimeLinksRepository(trx).create(created.id, 'invite', now, INVITE_MS);
        return { user: created, link: made };
      });
      const base = config.publicUrl ?? `http://${config.host}:${config.port}`;
      io.out(`Đã tạo tài khoản số ${user.id} (${user.role}) cho ${user.email}.`);
      io.out(
        'Mở liên kết này để đặt mật khẩu, trong 7 ngày, một lần (open once within 7 days to set the password):',
      );
      io.out(`${base}/admin/#/password/${link.token}`);
      return;
    }
    case 'list': {
      const page = await users.page({ page: 1, pageSize: 1000 });
      if (page.items.length === 0) io.out('Chưa có tài khoản nào (no accounts).');
      for (const u of page.items)
        io.out(`${u.id}\t${u.role}\t${u.unitId ?? '-'}\t${u.email}\t${u.name}\t${u.active ? '' : 'đã khóa'}`);
      return;
    }
    default:
      throw new CliError('Cần: users create … | users list', 2);
  }
}
