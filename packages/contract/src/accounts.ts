import { z } from 'zod';
import { EMAIL } from './question-rules.ts';
import { IsoDateTime, PageQuery, pageOf, Slug, Version } from './common.ts';
import { singleLine } from './text.ts';
import { ROLES } from './values.ts';

export const Role = z.enum(ROLES);
export type Role = z.infer<typeof Role>;

/** A sign-in e-mail address, compared without case. */
export const Email = singleLine({ min: 3, max: 254 })
  .regex(EMAIL, 'địa chỉ email không hợp lệ')
  .overwrite((email) => email.toLowerCase());

/** Checked against the strength rule on the server; never stored, echoed or logged. Any character but a control. */
const Password = z
  .string()
  .min(1)
  .max(200)
  .regex(/^\P{Cc}*$/u, 'mật khẩu có ký tự điều khiển');

/** Who is signed in (a person) or calling (an automation token). */
export const Me = z
  .object({
    kind: z.enum(['user', 'token']),
    name: z.string(),
    role: Role,
    unitId: Slug.nullable().describe('The unit a contributor works for; null: the whole province'),
    email: z.string().nullable(),
  })
  .meta({ id: 'Me' });
export type Me = z.infer<typeof Me>;

export const SignInInput = z.object({ email: Email, password: Password }).meta({ id: 'SignInInput' });
export type SignInInput = z.input<typeof SignInInput>;

/** Choosing a password from a one-time link (an invitation or a reset). */
export const PasswordSetInput = z
  .object({ token: z.string().regex(/^[\w-]{43}$/, 'liên kết không hợp lệ'), password: Password })
  .meta({ id: 'PasswordSetInput' });
export type PasswordSetInput = z.input<typeof PasswordSetInput>;

export const PasswordChangeInput = z
  .object({ current: Password, next: Password })
  .meta({ id: 'PasswordChangeInput' });
export type PasswordChangeInput = z.input<typeof PasswordChangeInput>;

/** What a person may choose for themselves. */
export const Preferences = z
  .object({
    notify: z.boolean().describe('E-mails that are not essential (assignments, reviews, overdue questions)'),
  })
  .meta({ id: 'Preferences' });
export type Preferences = z.infer<typeof Preferences>;

const userFields = {
  email: Email,
  name: singleLine({ min: 2, max: 120 }),
  role: Role,
  unitId: Slug.nullable().describe('Required for contributors'),
  active: z.boolean(),
};

export const UserInput = z
  .object({ ...userFields, active: userFields.active.default(true) })
  .refine((user) => user.role !== 'contributor' || user.unitId !== null, {
    path: ['unitId'],
    message: 'Người đóng góp phải thuộc một đơn vị',
  })
  .meta({ id: 'UserInput' });
export type UserInput = z.input<typeof UserInput>;

export const User = z
  .object({
    id: z.number().int(),
    ...userFields,
    email: z.string(),
    name: z.string(),
    notify: z.boolean(),
    /** Set once the person chose a password from their invitation. */
    passwordSet: z.boolean(),
    lastSignInAt: IsoDateTime.nullable(),
    createdAt: IsoDateTime,
    version: Version,
  })
  .meta({ id: 'User' });
export type User = z.infer<typeof User>;

export const UserQuery = PageQuery.extend({
  q: singleLine({ max: 120 }).optional().describe('Name or e-mail'),
  unit: Slug.optional(),
  role: Role.optional(),
});
export type UserQuery = z.infer<typeof UserQuery>;
export const UserPage = pageOf(User).meta({ id: 'UserPage' });
export type UserPage = z.infer<typeof UserPage>;

/** A one-time link was made and sent; `url` is shown only when no e-mail can be sent. */
export const LinkSent = z
  .object({ sent: z.boolean(), url: z.string().nullable(), expiresAt: IsoDateTime })
  .meta({ id: 'LinkSent' });
export type LinkSent = z.infer<typeof LinkSent>;

/** A new account, with the invitation its person received (the link only when no e-mail went). */
export const UserInvited = User.extend({ invitation: LinkSent }).meta({ id: 'UserInvited' });
export type UserInvited = z.infer<typeof UserInvited>;

/** An access token for automation (imports, other portals), scoped to a role and a unit. */
export const TokenInput = z
  .object({ name: singleLine({ min: 2, max: 120 }), role: Role, unitId: Slug.nullable().default(null) })
  .refine((token) => token.role !== 'contributor' || token.unitId !== null, {
    path: ['unitId'],
    message: 'Mã của người đóng góp phải thuộc một đơn vị',
  })
  .meta({ id: 'TokenInput' });
export type TokenInput = z.input<typeof TokenInput>;

export const Token = z
  .object({
    id: z.number().int(),
    name: z.string(),
    role: Role,
    unitId: Slug.nullable(),
    createdAt: IsoDateTime,
    lastUsedAt: IsoDateTime.nullable(),
    revokedAt: IsoDateTime.nullable(),
  })
  .meta({ id: 'Token' });
export type Token = z.infer<typeof Token>;
export const TokenList = z.object({ items: z.array(Token) }).meta({ id: 'TokenList' });
export type TokenList = z.infer<typeof TokenList>;

/** The plain token, shown once. */
export const TokenCreated = Token.extend({ token: z.string() }).meta({ id: 'TokenCreated' });
export type TokenCreated = z.infer<typeof TokenCreated>;
