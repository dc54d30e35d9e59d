// Above the canvas: the open tree's name, description, size and problems, the
// period it shows (a tree with history: time/TimeBar.tsx), and its Export menu (JSON, SVG or PNG through a native save dialog; images in the theme
// chosen last).

import type { ExportFormat, Problem, Theme, TimeChoice, TreeView } from "../ipc/api";
import { TimeBar } from "../time/TimeBar";
import { plural } from "../model/format";
import { EXPORT_THEMES, THEME_LABELS, useExportTheme } from "./exportTheme";
import { ChevronIcon, PathIcon, Spinner } from "./icons";
import { MenuButton } from "./Menu";
import type { MenuItem } from "./Menu";

function ProblemSummary({ problems }: { readonly problems: readonly Problem[] }) {
  if (problems.length === 0) return null;
  const errors = problems.filter((problem) => problem.severity === "error").length;
  const warnings = problems.length - errors;
  const parts = [
    errors > 0 ? plural(errors, "error") : null,
    warnings > 0 ? plural(warnings, "warning") : null,
  ].filter((part): part is string => part !== null);
  return (
    <span
      className={`kt-chip kt-chip--${errors > 0 ? "error" : "warning"}`}
      title={problems.map((problem) => `${problem.severity}: ${problem.message}`).join("\n")}
      data-testid="tree-problems"
    >
      {parts.join(" · ")}
    </span>
  );
}

const FORMATS: readonly { format: ExportFormat; label: string; description: string }[] = [
  { format: "json", label: "JSON…", description: "The tree's data, to import again or share" },
  { format: "svg", label: "SVG…", description: "A vector image, sharp at any size" },
  { format: "png", label: "PNG…", description: "A picture for slides and documents" },
  {
    format: "html",
    label: "HTML…",
    description: "One page to mail or put in a wiki, with the walk-through",
  },
  { format: "pdf", label: "PDF…", description: "A vector PDF for print, text selectable" },
];

function ExportIcon() {
  return (
    <PathIcon d="M7 8.75v-7M4.25 4.5 7 1.75 9.75 4.5M2.25 9.5v1.75c0 .55.45 1 1 1h7.5c.55 0 1-.45 1-1V9.5" />
  );
}

interface ExportMenuProps {
  readonly exporting: boolean;
  readonly onExport: (format: ExportFormat, theme: Theme) => unknown;
}

/** The Export button: a menu of formats and the images' theme; a spinner while it runs. */
function ExportMenu({ exporting, onExport }: ExportMenuProps) {
  const [theme, chooseTheme] = useExportTheme();
  const formats: MenuItem[] = FORMATS.map(({ format, label, description }) => ({
    key: format,
    testId: `action-export-${format}`,
    label,
    description,
    onSelect: () => void onExport(format, theme),
  }));
  const themes: MenuItem[] = EXPORT_THEMES.map((option: Theme) => ({
    key: option,
    testId: `action-export-theme-${option}`,
    label: THEME_LABELS[option],
    checked: option === theme,
    onSelect: () => chooseTheme(option),
  }));
  return (
    <MenuButton
      label="Export"
      triggerTestId="action-export"
      triggerClassName="kt-button kt-export"
      triggerTitle={exporting ? "Exporting the tree…" : "Export the tree as JSON, SVG or PNG"}
      disabled={exporting}
      align="end"
      menuClassName="kt-menu--wide"
      triggerContent={
        exporting ? (
          <span className="kt-export__progress" data-testid="export-progress">
            <Spinner />
            <span>Exporting…</span>
          </span>
        ) : (
          <>
            <ExportIcon />
            <span>Export</span>
            <ChevronIcon />
          </>
        )
      }
      sections={[
        { key: "formats", label: "Export as", items: formats },
        { key: "theme", label: "Image theme", inline: true, items: themes },
      ]}
    />
  );
}

interface TreeHeaderProps {
  readonly view: TreeView;
  /** Whether the tree is being exported. */
  readonly exporting: boolean;
  readonly onExport: (format: ExportFormat, theme: Theme) => unknown;
  /** Picks the period the cards show and what it is compared with. */
  readonly onChooseTime: (choice: TimeChoice) => unknown;
  /** The "What moved" panel: whether it is open, and its toggle. */
  readonly explain: { readonly open: boolean; readonly onToggle: () => void };
  /** The values grid: whether it is open, and its toggle. */
  readonly values: { readonly open: boolean; readonly onToggle: () => void };
}

export function TreeHeader(props: TreeHeaderProps) {
  const { view, exporting, onExport, onChooseTime, explain, values } = props;
  const { tree } = view;
  return (
    <header className="kt-tree-header" data-testid="tree-header">
      <div className="kt-tree-header__text">
        <h1 className="kt-tree-header__name" title={tree.name}>
          {tree.name}
        </h1>
        {tree.description !== null && tree.description !== "" && (
          <p className="kt-tree-header__description" title={tree.description}>
            {tree.description}
          </p>
        )}
      </div>
      {view.time !== null && <TimeBar time={view.time} onChoose={onChooseTime} explain={explain} />}
      <div className="kt-tree-header__meta">
        <span>{plural(tree.nodes.length, "node")}</span>
        <span aria-hidden="true">·</span>
        <span>{plural(tree.links.length, "link")}</span>
        <ProblemSummary problems={view.problems} />
        <button
          type="button"
          className={`kt-button${values.open ? " is-active" : ""}`}
          data-testid="action-values"
          aria-pressed={values.open}
          title="The metrics' values by period, editable like a spreadsheet"
          onClick={values.onToggle}
        >
          Values
        </button>
        <ExportMenu exporting={exporting} onExport={onExport} />
      </div>
    </header>
  );
}
