// Entry point of the viewer page: finds the page's regions and starts the app in them.

import { startViewer } from "./viewer-app.ts";

function region(id: string): HTMLElement {
  const element = document.getElementById(id);
  if (!element)
    throw new Error(`viewer/main: index.html has no element #${id}; the page and the script are out of step`);
  return element;
}

startViewer({
  graph: region("graph"),
  filters: region("filters"),
  legend: region("legend"),
  status: region("status"),
  search: region("search"),
  toolbar: region("toolbar"),
  modeBar: region("mode-bar"),
  panelHost: region("panel-host"),
  tableHost: region("table-host"),
}).catch((error: unknown) => {
  region("status").textContent =
    `The viewer failed to start: ${error instanceof Error ? error.message : String(error)}`;
  document.body.dataset.graphState = "error";
});
