/**
 * `upload --metadata FILE.csv`: the sidecar is checked against the files before anything is
 * sent. Each problem is a line ("status":"invalid" with --json), and the run stops with exit 2.
 */
import { resolve } from 'node:path';
import { sidecarProblemText, type SidecarProblem } from '../../shared/sidecar';
import { strings } from '../../shared/strings';
import type { UploadService } from '../core/service/upload-service';
import type { CliIo } from './io';

function line(csv: string, problem: SidecarProblem, json: boolean): string {
  const error = sidecarProblemText(problem, strings.sidecar);
  if (!json) return `invalid  ${error}`;
  const source = problem.kind === 'no-row' ? problem.path : csv;
  return JSON.stringify({
    source,
    status: 'invalid',
    error,
    ...('row' in problem && problem.row > 0 ? { row: problem.row } : {}),
    ...('file' in problem && problem.file !== '' ? { file: problem.file } : {}),
    ...(problem.kind === 'refused' ? { column: problem.column } : {}),
  });
}

/**
 * Checks the sidecar against the files the paths name; answers whether the run may go on (it
 * printed every problem when not).
 */
export async function metadataFits(
  service: UploadService,
  csvGiven: string,
  paths: readonly string[],
  io: CliIo,
  json: boolean,
): Promise<boolean> {
  const csv = resolve(csvGiven);
  const report = await service.checkSidecarFile(
    csv,
    paths.map((p) => resolve(p)),
  );
  if (!report || report.problems.length === 0) return true;
  for (const problem of report.problems) {
    const text = line(csv, problem, json);
    if (json) io.out(text);
    else io.err(text);
  }
  io.err(strings.cli.metadataStopped(csv, report.problems.length));
  return false;
}
