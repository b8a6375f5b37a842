import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { type Clock, systemClock } from '../clock.ts';
import { ConfigError, loadConfig } from '../config.ts';
import { openDatabase } from '../db/connection.ts';
import { migrateToLatest } from '../db/migrate.ts';
import { seedIfEmpty } from '../seed/seed.ts';
import { copyDatabaseCommand } from './copy-database.ts';
import { exportDocumentsCommand, importDocumentsCommand } from './import-documents.ts';
import { CliError, type CliIo } from './io.ts';
import { tokensCommand } from './tokens.ts';
import { usersCommand } from './users.ts';
import { exportCommand, importCommand } from './transfer.ts';

export const USAGE = `Quản trị PBGDPL / PBGDPL administration

Cách dùng / Usage: pnpm cli <lệnh> [tham số]

  users create --email a@b.vn --name "Tên" --role contributor|editor|admin [--unit id]
                      Tạo tài khoản, in liên kết đặt mật khẩu / create an account, print its
                      one-time link to set the password (the first admin is made this way)
  users list          Liệt kê tài khoản / list accounts
  tokens create --role contributor|editor|admin --name "Tên" [--unit id]
                      Tạo mã truy cập, in ra một lần / create a bearer token, printed once
  tokens list         Liệt kê mã truy cập / list tokens
  tokens revoke <id>  Thu hồi mã truy cập / revoke a token
  migrate             Cập nhật cấu trúc cơ sở dữ liệu / apply database migrations
  seed                Nạp dữ liệu mẫu vào CSDL chưa có nội dung / load the demo content into a
                      database without content (documents, questions, videos…)
  export [tệp]        Xuất đơn vị, liên kết, thiết lập, banner ra JSON / export content as JSON
  import <tệp>        Nhập tệp JSON đã xuất, tất cả hoặc không / import an export, all or nothing
  import-documents <tệp.ndjson> [--dry-run]
                      Nhập văn bản, mỗi dòng một văn bản, tất cả hoặc không; --dry-run chỉ kiểm tra
                      import documents, one per line, all or nothing; --dry-run only checks
  export-documents <tệp.ndjson>
                      Xuất mọi văn bản theo định dạng của import-documents / export every document
  backup <tệp>        Sao lưu SQLite khi đang chạy / online SQLite backup to a file (PostgreSQL: pg_dump)
  copy-database <DATABASE_URL đích>
                      Sao chép mọi dữ liệu sang CSDL khác còn trống (ví dụ SQLite → PostgreSQL)
                      copy every row into another, empty database (e.g. SQLite → PostgreSQL)

Cơ sở dữ liệu lấy từ DATABASE_URL (mặc định file:./data/pbgdpl.sqlite).
The database comes from DATABASE_URL (default file:./data/pbgdpl.sqlite).`;

/** Runs one command; returns the process exit code (0 ok, 1 failed, 2 wrong usage). */
export async function runCli(argv: string[], io: CliIo, clock: Clock = systemClock): Promise<number> {
  let args;
  try {
    args = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        role: { type: 'string' },
        name: { type: 'string' },
        email: { type: 'string' },
        unit: { type: 'string' },
        'dry-run': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    io.err(`${(error as Error).message}\n\n${USAGE}`);
    return 2;
  }
  const [command, ...rest] = args.positionals;
  if (args.values.help || !command) {
    io.out(USAGE);
    return args.values.help ? 0 : 2;
  }

  let config;
  let database;
  try {
    config = loadConfig(io.env);
    database = openDatabase(config.database);
  } catch (error) {
    io.err(
      error instanceof ConfigError
        ? error.message
        : `Không mở được cơ sở dữ liệu: ${(error as Error).message}`,
    );
    return 1;
  }
  try {
    const applied = await migrateToLatest(database.db);
    const db = database.db;
    switch (command) {
      case 'users':
        await usersCommand(db, config, io, clock, {
          positionals: rest,
          email: args.values.email,
          name: args.values.name,
          role: args.values.role,
          unit: args.values.unit,
        });
        break;
      case 'tokens':
        await tokensCommand(db, io, clock, {
          positionals: rest,
          role: args.values.role,
          name: args.values.name,
          unit: args.values.unit,
        });
        break;
      case 'migrate':
        io.out(
          applied.length ? `Đã áp dụng: ${applied.join(', ')}` : 'Cơ sở dữ liệu đã ở phiên bản mới nhất.',
        );
        break;
      case 'seed':
        io.out(
          (await seedIfEmpty(db, clock(), { demoContent: true, media: config.media })).demoContent
            ? 'Đã nạp dữ liệu mẫu (demo content loaded).'
            : 'CSDL đã có nội dung, không nạp mẫu (the database has content, nothing loaded).',
        );
        break;
      case 'export':
        await exportCommand(db, io, clock, rest[0]);
        break;
      case 'import':
        await importCommand(db, io, rest[0]);
        break;
      case 'export-documents':
        await exportDocumentsCommand(db, io, rest[0]);
        break;
      case 'import-documents':
        await importDocumentsCommand(db, io, clock, rest[0], args.values['dry-run'] ?? false);
        break;
      case 'copy-database':
        await copyDatabaseCommand(db, io, rest[0]);
        break;
      case 'backup': {
        if (!rest[0]) throw new CliError('Cú pháp: backup <tệp>', 2);
        if (!database.backup) {
          throw new CliError(
            'PostgreSQL: sao lưu bằng pg_dump (xem docs/operations.md) / back up with pg_dump',
            1,
          );
        }
        await database.backup(resolve(io.cwd, rest[0]));
        io.out(`Đã sao lưu vào ${rest[0]}.`);
        break;
      }
      default:
        throw new CliError(`Lệnh không rõ (unknown command): ${command}\n\n${USAGE}`, 2);
    }
    return 0;
  } catch (error) {
    if (!(error instanceof CliError)) throw error;
    io.err(error.message);
    return error.exitCode;
  } finally {
    await database.close();
  }
}
