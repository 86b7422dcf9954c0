use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ImportProgressProps {
    /// How many files are being added.
    pub count: usize,
    /// How many of them have been read so far.
    pub read: usize,
}

/// How far reading the added files has gone: the page reads them a few at a time, and a
/// reader adding thousands sees them counted (and can search meanwhile). Nothing before the
/// first step, nor for a single file.
#[component]
pub fn ImportProgress(props: &ImportProgressProps) -> Html {
    if props.read == 0 || props.count < 2 {
        return html! {};
    }
    html! {
        <p class="import-progress">
            <progress max={props.count.to_string()} value={props.read.min(props.count).to_string()}></progress>
            { format!(" {} of {} read", props.read.min(props.count), props.count) }
        </p>
    }
}
