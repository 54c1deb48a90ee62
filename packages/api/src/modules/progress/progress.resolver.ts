import { Resolver } from 'type-graphql';
import { ProgressUpdate } from './progress.entity';

@Resolver(() => ProgressUpdate)
export class ProgressResolver {}
