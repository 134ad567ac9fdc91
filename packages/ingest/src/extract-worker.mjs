// The worker thread's entry: the TypeScript worker loaded through tsx, as the commands run.
import { tsImport } from 'tsx/esm/api';

await tsImport('./extract-worker.ts', import.meta.url);
