// The window's commands, each named once: by its module under `commands` and its
// function name. Included (with `include!`) by `bindings.rs`, which registers them
// with Tauri and exports them to TypeScript, and by `build.rs`, which declares
// them to Tauri's permission system (an `allow-NAME` permission each);
// `tests/bindings.rs` checks that `capabilities/main.json` allows exactly these.
// A new command is added here and in that capability, nowhere else.

/// Calls macro `$then` with the list of commands, as `module::function, …`.
macro_rules! window_commands {
    ($then:ident) => {
        $then! {
            trees::startup,
            trees::list_trees,
            trees::open_tree,
            trees::current_tree,
            edits::perform_edit,
            edits::undo,
            edits::redo,
            edits::auto_layout,
            library::create_tree,
            library::duplicate_tree,
            library::delete_tree,
            library::restore_tree,
            clipboard::copy_nodes,
            drawing::paste_nodes,
            drawing::add_node,
            drawing::connect_nodes,
            clipboard::duplicate_nodes,
            clipboard::read_clipboard_text,
            files::import_json,
            files::import_values,
            files::export_tree,
            session::save_view_state,
            session::load_view_state,
            present::set_presenting,
            numbers::leverage,
            numbers::what_if,
            numbers::set_status_thresholds,
            preferences::save_preferences,
            time::choose_time,
            time::explain_change,
            values::value_columns,
            values::paste_values,
            snapshots::take_snapshot,
            snapshots::list_snapshots,
            snapshots::open_snapshot,
            snapshots::restore_snapshot,
            snapshots::export_snapshot,
            merge::compare_tree,
            merge::merge_trees,
            merge::add_merged_tree,
            collapse::collapse_node,
            collapse::reveal_nodes,
        }
    };
}

/// The names of the commands (`window_commands!(command_names)`).
macro_rules! command_names {
    ($($module:ident::$name:ident),* $(,)?) => {
        &[$(stringify!($name)),*]
    };
}
