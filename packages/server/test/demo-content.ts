import { DocumentInput, ReporterInput, VideoInput } from '@pbgdpl/contract';
import { demoContentDir, readDemoEntries, readDemoText } from '../src/seed/demo-file.ts';
import { DemoQuestion } from '../src/seed/demo-questions.ts';

/** The demo files' entries, parsed by the schemas the loader checks them with. */
const entries = <T>(file: string, key: string, parse: (entry: unknown) => T): T[] =>
  readDemoEntries(demoContentDir, file, key).entries.map(({ entry }) => parse(entry));

export const demoDocuments = () =>
  readDemoText(demoContentDir, 'documents.ndjson')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => DocumentInput.parse(JSON.parse(line)));

export const demoQuestions = () => entries('questions.json', 'questions', (e) => DemoQuestion.parse(e));
export const demoVideos = () => entries('videos.json', 'videos', (e) => VideoInput.parse(e));
export const demoReporters = () => entries('reporters.json', 'reporters', (e) => ReporterInput.parse(e));
