import { z } from 'zod';
import { ROLES } from './values.ts';

export const Role = z.enum(ROLES);
export type Role = z.infer<typeof Role>;

export const Me = z.object({ name: z.string(), role: Role }).meta({ id: 'Me' });
export type Me = z.infer<typeof Me>;
