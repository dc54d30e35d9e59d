// Whether the canvas is far out (below `FAR_ZOOM`): the cards then render as empty
// boxes that only take the pointer, and FarLayer paints the tree. A context, so
// that crossing the threshold re-renders each card once, not at every zoom frame.

import { createContext } from "react";

export const FarContext = createContext(false);
