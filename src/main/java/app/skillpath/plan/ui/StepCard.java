package app.skillpath.plan.ui;

import app.skillpath.base.ui.HtmlBlock;
import app.skillpath.base.ui.Markup;
import app.skillpath.base.ui.SafeHtml;
import app.skillpath.plan.PlanMerge;
import app.skillpath.plan.PlanService;
import app.skillpath.plan.PlanStep;
import app.skillpath.plan.StepStatus;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import org.jsoup.nodes.Element;

import java.util.function.Consumer;

/**
 * One step of a plan: what it asks, when, its status and note as markup (one {@link HtmlBlock}),
 * and one button that opens the step's editor (status, note, Save, Cancel) in the card. The editor's
 * components exist only while it is open, and only one card's editor is open at a time: a plan of
 * ten steps with every editor built held about 230 KB per open page (docs/BENCHMARKS.md, memory),
 * some fifteen state nodes a step. The card does not save: it hands the user's edit to the page,
 * which knows the plan.
 */
class StepCard extends Div {

    /** Saves an edit of a card; answers with the card's new state, or by calling {@link #refuseNote} or {@link #show}. */
    @FunctionalInterface
    interface Save {
        void save(StepCard card, StepStatus status, String note);
    }

    private final HtmlBlock about = new HtmlBlock(SafeHtml.EMPTY);
    private final Button edit = new Button("Update status or note");
    private final boolean retiredSkill;
    private final Save save;
    private final Consumer<StepCard> opening;
    private Editor editor;
    private PlanStep step;

    /**
     * {@code retiredSkill}: the step's skill is retired from the catalog (the step stays, with its progress);
     * {@code opening}: told when this card's editor opens, so the page can close another one.
     */
    StepCard(PlanStep step, boolean retiredSkill, Save save, Consumer<StepCard> opening) {
        this.retiredSkill = retiredSkill;
        this.save = save;
        this.opening = opening;
        addClassName("step-card");
        String id = idOf(step);
        setId("step-" + id);
        about.addClassName("step-about");
        edit.setId("edit-" + id);
        edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        edit.addClickListener(event -> openEditor());
        add(about, edit);
        show(step);
    }

    /** The step as it is stored now (after a save, or when another tab changed it first). */
    void show(PlanStep current) {
        this.step = current;
        about.setContent(SafeHtml.build(root -> about(root, current, retiredSkill)));
        if (editor != null) {
            editor.show(current);
        }
    }

    /** The step as this card last read it: its id and the version a save must name. */
    PlanStep step() {
        return step;
    }

    /** The note was not saved; the message says why (the editor stays open with the user's text). */
    void refuseNote(String message) {
        if (editor != null) {
            editor.note.setErrorMessage(message);
            editor.note.setInvalid(true);
        }
    }

    void openEditor() {
        if (editor == null) {
            opening.accept(this);
            editor = new Editor(idOf(step));
            editor.show(step);
            edit.setVisible(false);
            add(editor);
            editor.status.focus();
        }
    }

    void closeEditor() {
        if (editor != null) {
            remove(editor);
            editor = null;
            edit.setVisible(true);
        }
    }

    /** Status, note, Save and Cancel of the one step being edited. */
    private final class Editor extends Div {

        private final Select<StepStatus> status = new Select<>();
        private final TextArea note = new TextArea("Note");

        Editor(String id) {
            addClassName("step-edit");
            status.setLabel("Status");
            status.setItems(StepStatus.values());
            status.setItemLabelGenerator(value -> value == null ? "" : value.label());
            status.setId("status-" + id);
            note.setMaxLength(PlanService.NOTE_MAX_LENGTH);
            note.setId("note-" + id);
            note.setManualValidation(true);
            Button saveButton = new Button("Save", event -> save.save(StepCard.this, status.getValue(), note.getValue()));
            saveButton.setId("save-" + id);
            saveButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            Button cancel = new Button("Cancel", event -> closeEditor());
            cancel.setId("cancel-" + id);
            add(status, note, saveButton, cancel);
        }

        void show(PlanStep current) {
            status.setValue(current.status());
            note.setValue(current.note().orElse(""));
            note.setInvalid(false);
        }
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
        if (PlanMerge.isSuggested(step.key())) {
            Markup.badge(badges, "Suggested by your team");
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
        Element state = parent.appendElement("p").addClass("step-state").id("state-" + idOf(step)).appendText("Status: ");
        state.appendElement("strong").text(step.status().label());
        step.doneOn().ifPresent(date -> state.appendText(", done on " + PlanFormat.date(date)));
        step.note().ifPresent(note -> parent.appendElement("p").addClass("step-note").id("shown-note-" + idOf(step))
                .text("Note: " + note));
    }

    /** A step's key as it appears in element ids ("skill:statistics" becomes "skill-statistics"). */
    static String idOf(PlanStep step) {
        return step.key().replace(':', '-');
    }
}
