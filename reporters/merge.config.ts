// Config for `npx playwright merge-reports --config reporters/merge.config.ts <blob dir>`: the shards of a run
// ran with --reporter=blob; merging them through the same reporters() gives one HTML report, JUnit and sign-off.
// The merge job must see the run's CMEP_* environment (target, CMEP_RUN_ID) like the shards did.
import { defineConfig } from '@playwright/test';
import { runConfig } from '../config/index.ts';
import { reporters } from './index.ts';

export default defineConfig({ reporter: reporters(runConfig()) });
