// Help → About kpitree: the version and where the store is (the file every tree,
// value and snapshot lives in), so that a user can say which kpitree they run and
// find, back up or move their data.

import { Dialog } from "../panels/Dialog";

export interface AboutDialogProps {
  readonly version: string | null;
  readonly storePath: string | null;
  readonly onClose: () => void;
}

export function AboutDialog({ version, storePath, onClose }: AboutDialogProps) {
  return (
    <Dialog
      title="About kpitree"
      testId="about-dialog"
      onClose={onClose}
      onSubmit={onClose}
      actions={
        <button type="submit" className="kt-button kt-button--primary" data-testid="about-close">
          Close
        </button>
      }
    >
      <p className="kt-dialog__note">A visual editor for KPI trees.</p>
      <dl className="kt-about">
        <dt>Version</dt>
        <dd data-testid="about-version">{version ?? "unknown"}</dd>
        <dt>Store</dt>
        <dd data-testid="about-store">{storePath ?? "not opened"}</dd>
      </dl>
    </Dialog>
  );
}
