use crate::state::Route;
use yew::prelude::*;

/// A link to another copy of a story: the copy's id, and where the link goes.
#[derive(Clone, Debug, PartialEq)]
pub struct CopyLink {
    pub id: AttrValue,
    pub href: AttrValue,
}

/// Links that open each copy in the reader, the page's query and filters kept: the links the
/// result list gives its own hits.
pub fn copy_links<'a>(route: &Route, ids: impl IntoIterator<Item = &'a str>) -> Vec<CopyLink> {
    ids.into_iter()
        .map(|id| CopyLink {
            id: AttrValue::from(id.to_owned()),
            href: route.with_article(Some(id)).to_href().into(),
        })
        .collect()
}

/// "2 copies": how many times the story is in the collection, this article included, so that
/// the number is the same whichever copy it is said of.
pub fn copies_in_collection(other_copies: usize) -> String {
    format!("{} copies", other_copies + 1)
}

#[derive(Properties, PartialEq)]
pub struct CopyLinksProps {
    pub links: Vec<CopyLink>,
}

/// The other copies of a story as links named by their ids (copies often share a headline;
/// their ids tell them apart), separated by commas.
#[component]
pub fn CopyLinks(props: &CopyLinksProps) -> Html {
    html! {
        { for props.links.iter().enumerate().map(|(i, link)| html! {
            <>
                if i > 0 { { ", " } }
                <a class="copy-link" href={link.href.clone()}>{ link.id.clone() }</a>
            </>
        }) }
    }
}
