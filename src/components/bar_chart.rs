use yew::prelude::*;

/// Bars drawn per category (sources, folders) or columns over time (months).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ChartShape {
    Bars,
    Columns,
}

#[derive(Properties, PartialEq)]
pub struct BarChartProps {
    /// Names the chart, above it and for assistive technology.
    pub title: AttrValue,
    /// What a value counts ("matching articles"), for the axis and the table.
    pub unit: AttrValue,
    /// Each label with its value, in the order drawn.
    pub points: Vec<(String, u32)>,
    pub shape: ChartShape,
}

/// Widest chart drawn, in SVG units; the SVG scales to its box.
const WIDTH: f64 = 640.0;
/// Room for the labels of bars, left of them.
const LABEL_WIDTH: f64 = 170.0;
const BAR_HEIGHT: f64 = 22.0;
const COLUMNS_HEIGHT: f64 = 180.0;

/// An inline SVG chart with a title, axes and its numbers as a table (the text alternative,
/// which the chart's `aria-describedby` points to). Labels are text nodes: article sources and
/// folders are never drawn as markup.
#[component]
pub fn BarChart(props: &BarChartProps) -> Html {
    let id = props
        .title
        .chars()
        .filter(char::is_ascii_alphanumeric)
        .collect::<String>()
        .to_ascii_lowercase();
    let (title_id, table_id) = (format!("chart-{id}"), format!("chart-{id}-table"));
    let max = props.points.iter().map(|p| p.1).max().unwrap_or(0).max(1) as f64;
    let chart = if props.points.is_empty() {
        html! { <p class="chart-empty">{ "Nothing to draw." }</p> }
    } else {
        match props.shape {
            ChartShape::Bars => bars(props, max, &title_id, &table_id),
            ChartShape::Columns => columns(props, max, &title_id, &table_id),
        }
    };
    html! {
        <figure class="chart">
            <figcaption id={title_id.clone()}>{ props.title.clone() }</figcaption>
            { chart }
            <details class="chart-table">
                <summary>{ "The numbers" }</summary>
                <table id={table_id}>
                    <thead><tr><th scope="col">{ props.title.clone() }</th><th scope="col">{ props.unit.clone() }</th></tr></thead>
                    <tbody>{ for props.points.iter().map(|(label, value)| html! {
                        <tr><th scope="row">{ label.clone() }</th><td>{ value.to_string() }</td></tr>
                    }) }</tbody>
                </table>
            </details>
        </figure>
    }
}

fn bars(props: &BarChartProps, max: f64, title_id: &str, table_id: &str) -> Html {
    let height = BAR_HEIGHT * props.points.len() as f64 + 24.0;
    let scale = (WIDTH - LABEL_WIDTH - 48.0) / max;
    html! {
        <svg class="bars" viewBox={format!("0 0 {WIDTH} {height}")} role="img"
            aria-labelledby={title_id.to_owned()} aria-describedby={table_id.to_owned()}>
            <line class="axis" x1={LABEL_WIDTH.to_string()} y1="0" x2={LABEL_WIDTH.to_string()} y2={(height - 20.0).to_string()} />
            { for props.points.iter().enumerate().map(|(i, (label, value))| {
                let y = i as f64 * BAR_HEIGHT;
                let width = *value as f64 * scale;
                html! {
                    <g>
                        <text class="label" x={(LABEL_WIDTH - 6.0).to_string()} y={(y + 15.0).to_string()} text-anchor="end">{ shortened(label, 24) }</text>
                        <rect class="bar" x={LABEL_WIDTH.to_string()} y={(y + 3.0).to_string()} width={width.to_string()} height={(BAR_HEIGHT - 6.0).to_string()} />
                        <text class="value" x={(LABEL_WIDTH + width + 4.0).to_string()} y={(y + 15.0).to_string()}>{ value.to_string() }</text>
                    </g>
                }
            }) }
            <text class="axis-label" x={LABEL_WIDTH.to_string()} y={(height - 4.0).to_string()}>{ props.unit.clone() }</text>
        </svg>
    }
}

fn columns(props: &BarChartProps, max: f64, title_id: &str, table_id: &str) -> Html {
    let left = 36.0;
    let count = props.points.len() as f64;
    let step = (WIDTH - left) / count;
    let scale = (COLUMNS_HEIGHT - 20.0) / max;
    let height = COLUMNS_HEIGHT + 36.0;
    // Every label would overlap on a long series: at most eight are drawn.
    let label_every = props.points.len().div_ceil(8).max(1);
    html! {
        <svg class="columns" viewBox={format!("0 0 {WIDTH} {height}")} role="img"
            aria-labelledby={title_id.to_owned()} aria-describedby={table_id.to_owned()}>
            <line class="axis" x1={left.to_string()} y1={COLUMNS_HEIGHT.to_string()} x2={WIDTH.to_string()} y2={COLUMNS_HEIGHT.to_string()} />
            <line class="axis" x1={left.to_string()} y1="0" x2={left.to_string()} y2={COLUMNS_HEIGHT.to_string()} />
            <text class="value" x={(left - 4.0).to_string()} y="12" text-anchor="end">{ (max as u32).to_string() }</text>
            <text class="value" x={(left - 4.0).to_string()} y={COLUMNS_HEIGHT.to_string()} text-anchor="end">{ "0" }</text>
            { for props.points.iter().enumerate().map(|(i, (label, value))| {
                let x = left + i as f64 * step;
                let h = *value as f64 * scale;
                html! {
                    <g>
                        <rect class="bar" x={(x + step * 0.1).to_string()} y={(COLUMNS_HEIGHT - h).to_string()} width={(step * 0.8).to_string()} height={h.to_string()}>
                            <title>{ format!("{label}: {value}") }</title>
                        </rect>
                        if i % label_every == 0 {
                            <text class="label" x={(x + step / 2.0).to_string()} y={(COLUMNS_HEIGHT + 14.0).to_string()} text-anchor="middle">{ label.clone() }</text>
                        }
                    </g>
                }
            }) }
            <text class="axis-label" x={left.to_string()} y={(height - 4.0).to_string()}>{ props.unit.clone() }</text>
        </svg>
    }
}

/// A label cut to `chars` characters with an ellipsis: the table below has it whole.
fn shortened(label: &str, chars: usize) -> String {
    if label.chars().count() <= chars {
        label.to_owned()
    } else {
        label.chars().take(chars - 1).chain(['\u{2026}']).collect()
    }
}
