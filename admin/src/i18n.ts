import { registerLocales } from '@pbgdpl/core';
import vi from './locales/vi.json';
import en from './locales/en.json';

registerLocales('admin', { vi, en });
