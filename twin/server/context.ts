// What every part of the twin's server shares: settings, the DB pool, the fault set and the object store.
import type { Pool } from 'mysql2/promise';
import type { TwinSettings } from '../../config/twin.ts';
import type { FaultSet } from './faults.ts';
import type { ObjectStore } from './storage.ts';

export interface TwinContext {
  settings: TwinSettings;
  pool: Pool;
  faults: FaultSet;
  store: ObjectStore;
}
