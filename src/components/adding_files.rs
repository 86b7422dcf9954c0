use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct AddingFilesProps {
    pub count: usize,
}

/// Shown while added files are read and indexed, which takes a moment on a large collection.
#[component]
pub fn AddingFiles(props: &AddingFilesProps) -> Html {
    let files = if props.count == 1 {
        "1 file".to_string()
    } else {
        format!("{} files", props.count)
    };
    html! {
        <div class="import-notice adding" role="status" aria-busy="true">
            <p>{ format!("Adding {files}\u{2026}") }</p>
        </div>
    }
}
