import type { DataSource } from 'typeorm';
import { byId } from '../../loaders';
import { Plan } from './plan.entity';

/** The plan feature's per-request loaders. */
export const planLoaders = (ds: DataSource) => ({
  plan: byId(ds, Plan),
});

declare module '../../loaders' {
  interface Loaders extends ReturnType<typeof planLoaders> {}
}
