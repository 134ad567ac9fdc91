import '@fontsource/noto-sans-arabic/400.css';
import '@fontsource/noto-sans-arabic/700.css';
import './styles.css';
import { Core, type Regions } from './core/core.ts';
import { registerAddArticles } from './features/add-articles.ts';
import { registerApiKey } from './features/api-key.ts';
import { registerArticleView } from './features/article.ts';
import { registerCanvasControl } from './features/canvas-control.ts';
import { registerCorroboration } from './features/corroboration.ts';
import { registerDisplay } from './features/display.ts';
import { registerEditor } from './features/editor.ts';
import { registerExamples } from './features/examples.ts';
import { registerExpand } from './features/expand.ts';
import { registerExport } from './features/export.ts';
import { registerFilters } from './features/filters.ts';
import { registerHistory } from './features/history.ts';
import { registerInspector } from './features/inspector.ts';
import { registerInvestigations } from './features/investigations.ts';
import { registerKeyboard } from './features/keyboard.ts';
import { registerOrgChart } from './features/org-chart.ts';
import { registerPanels } from './features/panels.ts';
import { registerPaths } from './features/paths.ts';
import { registerPermalink } from './features/permalink.ts';
import { registerProfiles } from './features/profile.ts';
import { registerResults } from './features/results.ts';
import { registerSameAs } from './features/same-as.ts';
import { registerSearch } from './features/search.ts';
import { registerSummary } from './features/summary.ts';
import { registerToolbar } from './features/toolbar.ts';

const byId = (id: string) => {
  const element = document.getElementById(id);
  if (!element) throw new Error(`index.html lacks #${id}`);
  return element;
};

const regions: Regions = {
  header: byId('header'),
  workbench: byId('workbench'),
  tabs: byId('tabs'),
  messages: byId('messages'),
  toolbar: byId('toolbar'),
  filters: byId('filters'),
  canvas: byId('canvas'),
  table: byId('table-view'),
  json: byId('json-view'),
  inspector: byId('inspector'),
  overlay: byId('overlay'),
};

const core = new Core(regions);
for (const register of [
  registerApiKey,
  registerAddArticles,
  registerInvestigations,
  registerSearch,
  registerDisplay,
  registerEditor,
  registerExamples,
  registerHistory,
  registerResults,
  registerToolbar,
  registerCanvasControl,
  registerOrgChart,
  registerPaths,
  registerSameAs,
  registerCorroboration,
  registerExport,
  registerFilters,
  registerExpand,
  registerInspector,
  registerArticleView,
  registerProfiles,
  registerSummary,
  registerPermalink,
  registerKeyboard,
  registerPanels,
]) {
  register(core);
}

// The canvas draws text itself: wait for the Arabic font so the first drawing is shaped with it.
void document.fonts.load('12px "Noto Sans Arabic"', 'ابو').finally(() => {
  core.cy.style().update();
  core.services.require('openFromUrl')();
});

declare global {
  interface Window {
    /** the running app, for the browser console, the end-to-end tests and the benchmark */
    shabaka: Core;
  }
}
window.shabaka = core;
