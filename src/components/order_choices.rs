use yew::prelude::*;

/// Buttons that choose the order of a list drawn on the page (speakers, lines in context), the
/// current one pressed. The list sorts itself by the state; nothing goes in the address.
pub fn order_choices<T: Copy + PartialEq + 'static>(
    label: &'static str,
    order: &UseStateHandle<T>,
    choices: &[(T, &'static str)],
) -> Html {
    html! {
        <div class="sort" role="group" aria-label={label}>
            <span class="sort-label">{ "Order:" }</span>
            { for choices.iter().map(|&(by, name)| {
                let order = order.clone();
                let current = *order == by;
                html! {
                    <button type="button" class={classes!("sort-choice", current.then_some("current"))}
                        aria-pressed={current.to_string()} onclick={Callback::from(move |_| order.set(by))}>
                        { name }
                    </button>
                }
            }) }
        </div>
    }
}
