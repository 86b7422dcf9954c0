use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct UpdateNoticeProps {
    pub on_reload: Callback<MouseEvent>,
}

/// Shown when a newer build of the page has been downloaded for offline use and waits.
#[component]
pub fn UpdateNotice(props: &UpdateNoticeProps) -> Html {
    html! {
        <div class="update-notice" role="status">
            { "A new version of Clippings is ready. " }
            <button onclick={props.on_reload.clone()}>{ "Reload to use it" }</button>
        </div>
    }
}
