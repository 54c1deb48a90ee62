import { DataSource } from 'typeorm';
import type { MutationRunner } from '../audit/mutation-runner';

/** Quarterly progress on actions: recording updates, and the plan's progress for a quarter. */
export class ProgressService {
  constructor(
    private readonly ds: DataSource,
    private readonly runner: MutationRunner,
  ) {}
}
