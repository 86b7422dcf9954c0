//! The keyboard shortcuts, listed in a dialog that `?` (or its button) opens.

use super::keyboard::SHORTCUTS;
use web_sys::HtmlDialogElement;
use yew::prelude::*;

#[component]
pub fn ShortcutsHelp() -> Html {
    let dialog = use_node_ref();
    let open = {
        let dialog = dialog.clone();
        Callback::from(move |_: MouseEvent| {
            if let Some(d) = dialog.cast::<HtmlDialogElement>() {
                // A modal dialog keeps focus inside and shuts the page behind it to readers.
                if !d.open() {
                    let _ = d.show_modal();
                }
            }
        })
    };
    let close = {
        let dialog = dialog.clone();
        Callback::from(move |_: MouseEvent| {
            if let Some(d) = dialog.cast::<HtmlDialogElement>() {
                d.close();
            }
        })
    };
    html! {
        <>
            <button type="button" class="shortcuts-button" aria-haspopup="dialog"
                aria-keyshortcuts="?" onclick={open}>{ "Shortcuts" }</button>
            <dialog ref={dialog} class="shortcuts-help" aria-labelledby="shortcuts-title">
                <h2 id="shortcuts-title">{ "Keyboard shortcuts" }</h2>
                <dl>
                    { for SHORTCUTS.iter().map(|(keys, what)| html! {
                        <div>
                            <dt>{ for keys.iter().enumerate().map(|(i, key)| html! {
                                <>
                                    if i > 0 { { " or " } }
                                    <kbd>{ *key }</kbd>
                                </>
                            }) }</dt>
                            <dd>{ *what }</dd>
                        </div>
                    }) }
                </dl>
                <button type="button" class="close-dialog" onclick={close}>{ "Close" }</button>
            </dialog>
        </>
    }
}
