import { Role } from '@pbgdpl/contract';
import type { Clock } from '../clock.ts';
import type { Db } from '../db/schema.ts';
import { tokensRepository } from '../repositories/tokens.ts';
import { unitsRepository } from '../repositories/units.ts';
import { CliError, type CliIo } from './io.ts';

export interface TokenArgs {
  positionals: string[];
  role: string | undefined;
  name: string | undefined;
  unit: string | undefined;
}

export async function tokensCommand(db: Db, io: CliIo, clock: Clock, args: TokenArgs): Promise<void> {
  const [action, id] = args.positionals;
  const tokens = tokensRepository(db);
  switch (action) {
    case 'create': {
      const role = Role.safeParse(args.role);
      if (!role.success)
        throw new CliError('Cần --role contributor, editor hoặc admin (--role contributor|editor|admin).', 2);
      if (role.data === 'contributor' && !args.unit)
        throw new CliError('Mã của người đóng góp cần --unit (a contributor token needs --unit).', 2);
      const name = args.name?.trim();
      if (!name) throw new CliError('Cần --name "Tên người dùng" (--name is required).', 2);
      if (args.unit && !(await unitsRepository(db).exists(args.unit)))
        throw new CliError(`Không có đơn vị ${args.unit} (no such unit).`, 2);
      const created = await tokens.create(name, role.data, clock(), args.unit ?? null);
      io.out(`Đã tạo mã truy cập số ${created.id} (${role.data}) cho "${name}".`);
      io.out('Mã chỉ hiển thị một lần, hãy lưu lại ngay (shown once, store it now):');
      io.out(created.token);
      return;
    }
    case 'list': {
      const rows = await tokens.list();
      if (rows.length === 0) io.out('Chưa có mã truy cập nào (no tokens).');
      for (const t of rows) {
        const state = t.revokedAt
          ? `đã thu hồi ${t.revokedAt}`
          : `dùng lần cuối ${t.lastUsedAt ?? 'chưa dùng'}`;
        io.out(`${t.id}\t${t.role}\t${t.name}\ttạo ${t.createdAt}\t${state}`);
      }
      return;
    }
    case 'revoke': {
      const tokenId = Number(id);
      if (!Number.isInteger(tokenId) || tokenId < 1) throw new CliError('Cú pháp: tokens revoke <id>', 2);
      if (!(await tokens.revoke(tokenId, clock()))) {
        throw new CliError(`Không có mã truy cập số ${tokenId} đang hiệu lực (no active token ${tokenId}).`);
      }
      io.out(`Đã thu hồi mã truy cập số ${tokenId}.`);
      return;
    }
    default:
      throw new CliError('Cú pháp: tokens create|list|revoke (xem --help).', 2);
  }
}
