package app.skillpath.plan.ui;

import app.skillpath.base.ui.HtmlBlock;
import app.skillpath.team.Suggestion;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.select.Select;

import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * "Suggested by your team" on /plan: each step a team's owner suggested to the user and that waits for an answer,
 * with who suggested it in which team, its skill and what to do (markup), and the two answers: add it to one of the
 * user's plans (chosen in a picker of the plans they have), or decline it. The section does not answer: it hands the
 * choice to the page, which knows the plans.
 */
final class TeamSuggestions extends Section {

    /**
     * {@code plans}: the user's plans (none: the section says to make one first); {@code preferred}: the plan the page
     * shows, chosen in each picker if the user has it.
     */
    TeamSuggestions(List<Suggestion> suggestions, List<PlanView.Choice> plans, PlanView.Choice preferred,
                    BiConsumer<Suggestion, PlanView.Choice> accept, Consumer<Suggestion> decline) {
        setId("team-suggestions");
        addClassNames("article-section", "team-suggestions");
        add(HtmlBlock.of(root -> {
            root.appendElement("h2").text("Suggested by your team");
            root.appendElement("p").text(plans.isEmpty()
                    ? "The owner of a team you are in suggests these steps. You have no learning plan yet: create a plan "
                    + "first (choose a role or target above), then add a suggestion to it, or decline it."
                    : "The owner of a team you are in suggests these steps. Add one to a plan of yours, where it stays "
                    + "when you update the plan from your ratings, or decline it; the owner sees your answer.");
        }));
        for (Suggestion suggestion : suggestions) {
            add(card(suggestion, plans, preferred, accept, decline));
        }
    }

    private static Div card(Suggestion suggestion, List<PlanView.Choice> plans, PlanView.Choice preferred,
                            BiConsumer<Suggestion, PlanView.Choice> accept, Consumer<Suggestion> decline) {
        String id = String.valueOf(suggestion.id());
        Div card = new Div(HtmlBlock.of(root -> {
            root.appendElement("h3").text(suggestion.title());
            root.appendElement("p").addClass("suggestion-from").id("suggestion-from-" + id)
                    .text("From " + suggestion.fromName() + ", owner of " + suggestion.teamName() + " · Skill: " + suggestion.skillName());
            if (!suggestion.action().isEmpty()) {
                root.appendElement("p").addClass("suggestion-action").text(suggestion.action());
            }
        }));
        card.addClassName("suggestion-card");
        card.setId("suggestion-" + id);

        Div answers = new Div();
        answers.addClassName("suggestion-answers");
        if (!plans.isEmpty()) {
            Select<PlanView.Choice> plan = new Select<>();
            plan.setLabel("Add to my plan for");
            plan.setId("suggestion-plan-" + id);
            plan.setItems(plans);
            plan.setItemLabelGenerator(choice -> choice == null ? "" : choice.label());
            plan.setValue(plans.contains(preferred) ? preferred : plans.getFirst());
            Button add = new Button("Add to my plan", event -> accept.accept(suggestion, plan.getValue()));
            add.setId("accept-suggestion-" + id);
            add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            answers.add(plan, add);
        }
        Button no = new Button("Decline", event -> decline.accept(suggestion));
        no.setId("decline-suggestion-" + id);
        no.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        answers.add(no);
        card.add(answers);
        return card;
    }
}
