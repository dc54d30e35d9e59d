import "virtual:kpitree-fonts.css";
import "@xyflow/react/dist/style.css";
import "./styles/theme.css";
import "./styles/app.css";
import "./styles/banners.css";
import "./styles/canvas.css";
import "./styles/panels.css";
import "./styles/side-panel.css";
import "./styles/inspector.css";
import "./styles/inspector-values.css";
import "./styles/inspector-controls.css";
import "./styles/present.css";
import "./styles/alignment.css";
import "./styles/numbers.css";
import "./styles/time.css";
import "./styles/snapshots.css";

import { StrictMode } from "react";
import { createRoot } from "react-dom/client";

import { App } from "./app/App";

const root = document.getElementById("root");
if (root === null) throw new Error("index.html has no #root element");

createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
