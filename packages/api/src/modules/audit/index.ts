import { defineFeature } from '../../core/feature';
import { AuditEntry } from './audit.entity';
import { AuditResolver } from './audit.resolver';
import { AuditService } from './audit.service';
import { RoundService } from '../round/round.service';

/** The audit feature: what it adds to the app (see core/feature.ts). */
export const feature = defineFeature({
  name: 'audit',
  entities: [AuditEntry],
  resolvers: [AuditResolver],
  idTypes: ['AuditEntry'],
  // changes(round:) reads the round's window from the round feature (listed before this one).
  services: ({ data, get }) => [new AuditService(data, get(RoundService))],
});
