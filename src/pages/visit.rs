use leptos::prelude::*;
use leptos_router::components::A;

use crate::components::loading::Loading;
use crate::core::model::Visit as VisitData;
use crate::core::route::{Part, Route};
use crate::core::status::{Status, Step};
use crate::i18n::{status_name, step_name, T};
use crate::pages::{roles_line, VISIT_NAMES};
use crate::state::{expect_app, Load};

/// One card in a visit's list of steps: the step's name, its status (none for the
/// roles), and the screen it opens.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct StepCard {
    pub name: T,
    pub status: Option<Status>,
    pub part: Part,
}

/// The guide's steps of a visit in order, each with its status; the roles (§4) come
/// before the visit itself.
pub fn step_cards(v: &VisitData) -> Vec<StepCard> {
    let mut cards = Vec::with_capacity(Step::ALL.len() + 1);
    for step in Step::ALL {
        let part = match step {
            Step::Activity => Part::Activity,
            Step::Agreements => Part::Agreements,
            Step::Alignment => Part::Alignment,
            Step::Intended => Part::Intended,
            Step::Observation => Part::Observe,
            Step::Perceived => Part::Perceived,
            Step::Reflection => Part::Reflection,
        };
        if step == Step::Intended {
            cards.push(StepCard {
                name: T::StepRoles,
                status: None,
                part: Part::Roles,
            });
        }
        cards.push(StepCard {
            name: step_name(step),
            status: Some(v.status(step)),
            part,
        });
    }
    cards
}

/// One job visit (`index` 0 or 1): who hosts, and the guide's steps with their status.
#[component]
pub fn Visit(index: usize) -> impl IntoView {
    let app = expect_app();
    let title = VISIT_NAMES[index].1;
    // (host and guest, the steps), drawn again only when one of them changes.
    let shown = Memo::new(move |_| {
        app.programme.with(|p| {
            let p = p.as_ref()?;
            Some((roles_line(app, p, index), step_cards(p.visits.get(index)?)))
        })
    });
    let card = move |c: StepCard| {
        view! {
            <li>
                <A href=Route::Part(index, c.part).path() exact=true attr:class="card step">
                    // Spaces between the parts, so the link reads "name status" out loud.
                    <strong>{app.t(c.name)}</strong>
                    {c.status.map(|s| view! { " " <span class="badge">{app.t(status_name(s))}</span> })}
                </A>
            </li>
        }
    };
    move || match (app.load.get(), shown.get()) {
        (Load::Loading, _) => view! { <Loading /> }.into_any(),
        (_, None) => view! {
            <h1>{app.t(title)}</h1>
            <A href="/" exact=true attr:class="button">{app.t(T::NotFoundBack)}</A>
        }
        .into_any(),
        (_, Some((roles, cards))) => view! {
            <h1>{app.t(title)}</h1>
            <p class="roles">{roles}</p>
            <h2>{app.t(T::StepsTitle)}</h2>
            <ol class="steps">{cards.into_iter().map(card).collect_view()}</ol>
        }
        .into_any(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_visit_lists_seven_steps_and_the_roles_before_the_visit() {
        let cards = step_cards(&VisitData::default());
        let parts: Vec<Part> = cards.iter().map(|c| c.part).collect();
        assert_eq!(parts, Part::ALL, "the guide's order");
        assert_eq!(cards[3].status, None, "the roles are read, not done");
        assert!(cards
            .iter()
            .filter(|c| c.part != Part::Roles)
            .all(|c| c.status == Some(Status::NotStarted)));
    }
}
