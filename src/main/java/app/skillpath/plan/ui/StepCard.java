package app.skillpath.plan.ui;

import app.skillpath.base.ui.HtmlBlock;
import app.skillpath.base.ui.Markup;
import app.skillpath.base.ui.SafeHtml;
import app.skillpath.plan.PlanService;
import app.skillpath.plan.PlanStep;
import app.skillpath.plan.StepStatus;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import org.jsoup.nodes.Element;

/**
 * One step of a plan: what it asks and when as markup (one {@link HtmlBlock}), its status and note as
 * components. The card does not save: it hands the user's edit to the page, which knows the plan.
 */
class StepCard extends Div {

    /** Saves an edit of a card; answers with the card's new state, or by calling {@link #refuseNote} or {@link #show}. */
    @FunctionalInterface
    interface Save {
        void save(StepCard card, StepStatus status, String note);
    }

    private final HtmlBlock about = new HtmlBlock(SafeHtml.EMPTY);
    private final Select<StepStatus> status = new Select<>();
    private final TextArea note = new TextArea("Note");
    private final boolean retiredSkill;
    private PlanStep step;

    /** {@code retiredSkill}: the step's skill is retired from the catalog (the step stays, with its progress). */
    StepCard(PlanStep step, boolean retiredSkill, Save save) {
        this.retiredSkill = retiredSkill;
        addClassName("step-card");
        String id = idOf(step);
        setId("step-" + id);
        about.addClassName("step-about");

        status.setLabel("Status");
        status.setItems(StepStatus.values());
        status.setItemLabelGenerator(value -> value == null ? "" : value.label());
        status.setId("status-" + id);
        note.setMaxLength(PlanService.NOTE_MAX_LENGTH);
        note.setId("note-" + id);
        note.setManualValidation(true);
        Button saveButton = new Button("Save", event -> save.save(this, status.getValue(), note.getValue()));
        saveButton.setId("save-" + id);
        Div edit = new Div(status, note, saveButton);
        edit.addClassName("step-edit");
        add(about, edit);
        show(step);
    }

    /** The step as it is stored now (after a save, or when another tab changed it first). */
    void show(PlanStep current) {
        this.step = current;
        about.setContent(SafeHtml.build(root -> about(root, current, retiredSkill)));
        status.setValue(current.status());
        note.setValue(current.note().orElse(""));
        note.setInvalid(false);
    }

    /** The step as this card last read it: its id and the version a save must name. */
    PlanStep step() {
        return step;
    }

    /** The note was not saved; the message says why. */
    void refuseNote(String message) {
        note.setErrorMessage(message);
        note.setInvalid(true);
    }

    /** The part of a step that is only read: title, badges, the article's words, the action, when it was done. */
    static void about(Element parent, PlanStep step, boolean retiredSkill) {
        parent.appendElement("h3").text(step.draft().title());
        Element badges = parent.appendElement("div").addClass("badges");
        switch (step.draft().kind()) {
            case EDUCATION -> Markup.badge(badges, "Long-term");
            case ONGOING -> Markup.badge(badges, "Every week");
            case EVIDENCE -> Markup.badge(badges, "Evidence");
            case SKILL -> { }
        }
        step.draft().effortHours().ifPresent(hours -> Markup.badge(badges, "About " + hours + " h"));
        if (step.startsOn().isPresent() && step.dueOn().isPresent()) {
            Markup.badge(badges, PlanFormat.date(step.startsOn().get()) + " to " + PlanFormat.date(step.dueOn().get()));
        }
        if (step.closedByRating()) {
            Markup.badge(badges, "Closed by your ratings");
        }
        if (retiredSkill) {
            Markup.badge(badges, "Retired skill").id("retired-" + idOf(step));
        }
        for (String tip : step.draft().articleTips()) {
            parent.appendElement("p").addClass("quote").text("From the article: “" + tip + "”");
        }
        parent.appendElement("p").text(step.draft().action());
        step.doneOn().ifPresent(date -> parent.appendElement("p").addClass("fine-print").text("Done on " + PlanFormat.date(date)));
    }

    /** A step's key as it appears in element ids ("skill:statistics" becomes "skill-statistics"). */
    static String idOf(PlanStep step) {
        return step.key().replace(':', '-');
    }
}
