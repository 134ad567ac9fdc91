// `pnpm bench:translit [DIR]`: the transliteration figures `pnpm eval` prints (ingest's
// eval/transliteration.ts), on ANETAC (default ../shared/benchmarks/anetac) or another folder of
// line-aligned `dev.en`/`dev.ar` and `test.en`/`test.ar` names.
import { measureTransliteration, renderTransliteration } from '@shabaka/ingest';

console.log(renderTransliteration(measureTransliteration(process.argv[2])));
