/**
 * An exercise as its chapter embeds it: the starter for the playground, the reference
 * solution, and the checks (bundled for the sandbox, and their ids and names for the rows).
 */
import { prepareSource, type CompiledExample } from '../../build/examples';
import type { Lang } from '../../../utils/locale';
import type { ExerciseChecks, Text } from '../api';
import { bundleChecks, readExerciseFile } from './files';

export interface CheckInfo {
  id: string;
  name: Text;
  timeout?: number;
}

export interface LoadedExercise {
  starter: CompiledExample;
  solution: string;
  checks: { js: string; list: CheckInfo[]; tasks: string[] };
}

/** What the playground's id and file name are for exercise `id`: apart from every example's. */
export const starterId = (id: string) => `exercises/${id}`;

/** The checks' ids and names, read by evaluating the bundle here (it is plain data and functions). */
async function checkList(js: string): Promise<CheckInfo[]> {
  const mod = (await import(/* @vite-ignore */ `data:text/javascript;base64,${Buffer.from(js).toString('base64')}`)) as { default: ExerciseChecks<unknown> };
  return mod.default.checks.map((c) => ({ id: c.id, name: c.name, ...(c.timeout && { timeout: c.timeout }) }));
}

export async function loadExercise(id: string, lang: Lang): Promise<LoadedExercise> {
  const [starter, solution, bundle] = await Promise.all([readExerciseFile(id, 'starter', lang), readExerciseFile(id, 'solution', lang), bundleChecks(id)]);
  const name = id.slice(id.indexOf('/') + 1);
  return {
    starter: await prepareSource(starterId(id), starter, `${name}.ts`),
    solution,
    checks: { js: bundle.traced, list: await checkList(bundle.plain), tasks: bundle.tasks },
  };
}
