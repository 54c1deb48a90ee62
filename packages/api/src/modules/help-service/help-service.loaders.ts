import type { DataSource } from 'typeorm';
import { byId, childrenOf } from '../../loaders';
import { HelpService } from './help-service.entity';

/** The help service feature's per-request loaders. */
export const helpServiceLoaders = (ds: DataSource) => ({
  helpService: byId(ds, HelpService),
  helpServicesByPartnership: childrenOf(ds, HelpService, 'partnershipId', { position: 'ASC', id: 'ASC' }),
});

declare module '../../loaders' {
  interface Loaders extends ReturnType<typeof helpServiceLoaders> {}
}
