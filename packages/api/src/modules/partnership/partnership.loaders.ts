import type { DataSource } from 'typeorm';
import { byId } from '../../loaders';
import { Partnership } from './partnership.entity';

/** The partnership feature's per-request loaders. */
export const partnershipLoaders = (ds: DataSource) => ({
  partnership: byId(ds, Partnership),
});

declare module '../../loaders' {
  interface Loaders extends ReturnType<typeof partnershipLoaders> {}
}
