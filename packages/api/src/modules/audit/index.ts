import { defineFeature } from '../../core/feature';
import { AuditEntry } from './audit.entity';
import { AuditResolver } from './audit.resolver';
import { AuditService } from './audit.service';

/** The audit feature: what it adds to the app (see core/feature.ts). */
export const feature = defineFeature({
  name: 'audit',
  entities: [AuditEntry],
  resolvers: [AuditResolver],
  idTypes: ['AuditEntry'],
  services: ({ data }) => [new AuditService(data)],
});
