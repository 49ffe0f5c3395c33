package app.skillpath.assessment.ui;

import app.skillpath.base.ui.HtmlBlock;
import app.skillpath.base.ui.Notifications;
import app.skillpath.catalog.ProficiencyLevel;
import app.skillpath.target.CustomSkill;
import app.skillpath.target.MyTargets;
import app.skillpath.target.Target;
import app.skillpath.target.TargetException;
import app.skillpath.target.TargetService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.IntStream;

/**
 * "Your own skills": the custom skills the user's targets ask for, rated on the catalog's 0-4 scale, with an evidence
 * note and the hours per level their plan steps count. Each change is saved at once through {@link TargetService},
 * which keeps the rating history; the catalog's questions stay in the browser-side form above, untouched.
 * Components, since the user changes them; the few words about each skill are markup.
 */
class CustomSkillsSection extends Section {

    private final TargetService targetService;
    private final Div cards = new Div();

    CustomSkillsSection(TargetService targetService, MyTargets mine) {
        this.targetService = targetService;
        setId("custom-skills");
        addClassNames("article-section", "custom-skills");
        add(HtmlBlock.of(root -> {
            root.appendElement("h2").text("Your own skills");
            root.appendElement("p").text("Skills your targets ask for that the catalog does not have. Rate them on the same "
                    + "scale as above; the hours per level are your own estimate, which your plan uses since the article "
                    + "gives no tip for these skills. Every change is saved at once.");
        }));
        add(cards);
        show(mine);
    }

    private void show(MyTargets mine) {
        cards.removeAll();
        mine.customSkills().forEach(skill -> cards.add(new Card(skill, usedBy(mine, skill))));
    }

    private static List<String> usedBy(MyTargets mine, CustomSkill skill) {
        return mine.targets().stream()
                .filter(target -> target.skills().stream().anyMatch(asked -> asked.skillKey().equals(skill.key())))
                .map(Target::title).toList();
    }

    /** One custom skill: its name and the targets that use it, its rating, note, hours per level, and Remove. */
    private final class Card extends Div {

        private final String key;
        private final String id;
        private final Select<Integer> level = new Select<>();
        private final TextArea note = new TextArea("Evidence (optional)");
        private final IntegerField hours = new IntegerField("Hours per level");
        /** "Saved." after each change, read out by screen readers (polite live region). */
        private final Span status = new Span();
        private CustomSkill stored;
        /** Set while the card shows what is stored, so that showing it is not taken for the user's change. */
        private boolean showing;

        Card(CustomSkill skill, List<String> usedBy) {
            this.key = skill.key();
            this.id = key.replace(':', '-');
            setId("custom-skill-" + id);
            addClassName("custom-skill");
            add(HtmlBlock.of(root -> {
                root.appendElement("h3").text(skill.name());
                root.appendElement("p").addClass("fine-print").id("custom-used-" + id).text(usedBy.isEmpty()
                        ? "No target of yours uses this skill any more."
                        : "Used by: " + String.join(", ", usedBy) + ".");
            }));

            level.setLabel("Your level");
            level.setId("custom-level-" + id);
            level.setItems(IntStream.rangeClosed(ProficiencyLevel.MIN, ProficiencyLevel.MAX).boxed().toList());
            level.setItemLabelGenerator(value -> value == null ? "Not rated yet" : ProficiencyLevel.of(value).display());
            level.setEmptySelectionAllowed(true);
            level.setEmptySelectionCaption("Not rated yet");
            level.addValueChangeListener(event -> {
                if (!showing) {
                    save(() -> targetService.rateCustomSkill(key, event.getValue()), "Rating saved.");
                }
            });

            note.setId("custom-note-" + id);
            note.setMaxLength(TargetService.NOTE_MAX_LENGTH);
            note.setHelperText("What shows your level: a project, a course, a certificate.");
            note.setManualValidation(true);
            note.addValueChangeListener(event -> {
                if (!showing) {
                    saveDetails();
                }
            });

            hours.setId("custom-hours-" + id);
            hours.setMin(TargetService.MIN_HOURS_PER_LEVEL);
            hours.setMax(TargetService.MAX_HOURS_PER_LEVEL);
            hours.setStepButtonsVisible(true);
            hours.setHelperText(TargetService.MIN_HOURS_PER_LEVEL + " to " + TargetService.MAX_HOURS_PER_LEVEL
                    + " hours, used by your plan");
            hours.setManualValidation(true);
            hours.addValueChangeListener(event -> {
                if (!showing) {
                    saveDetails();
                }
            });

            Div fields = new Div(level, hours);
            fields.addClassName("pickers");
            status.setId("custom-saved-" + id);
            status.addClassName("custom-saved");
            status.getElement().setAttribute("aria-live", "polite");
            add(fields, note, status);
            if (usedBy.isEmpty()) {
                Button remove = new Button("Remove", event -> remove());
                remove.setId("custom-remove-" + id);
                remove.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
                add(remove);
            }
            show(skill);
        }

        private void show(CustomSkill skill) {
            stored = skill;
            showing = true;
            try {
                level.setValue(skill.level().orElse(null));
                level.setHelperText(skill.level().map(value -> ProficiencyLevel.of(value).description()).orElse(""));
                note.setValue(skill.note().orElse(""));
                note.setInvalid(false);
                hours.setValue(skill.hoursPerLevel());
                hours.setInvalid(false);
            } finally {
                showing = false;
            }
        }

        private void saveDetails() {
            Integer value = hours.getValue();
            if (value == null || value < TargetService.MIN_HOURS_PER_LEVEL || value > TargetService.MAX_HOURS_PER_LEVEL) {
                hours.setErrorMessage("Enter a whole number of hours from " + TargetService.MIN_HOURS_PER_LEVEL + " to "
                        + TargetService.MAX_HOURS_PER_LEVEL + ".");
                hours.setInvalid(true);
                return;
            }
            hours.setInvalid(false);
            save(() -> targetService.saveCustomSkillDetails(key, note.getValue(), value), "Saved.", refused -> {
                // the hours were checked above, so the note was refused: it stays for the user to correct
                note.setErrorMessage(refused.getMessage());
                note.setInvalid(true);
            });
        }

        private void save(Supplier<MyTargets> change, String confirmation) {
            save(change, confirmation, refused -> {
                Notifications.error(refused.getMessage());
                show(stored);
            });
        }

        /** Saves one change; a refusal is handed to {@code refusal} with the service's reason. */
        private void save(Supplier<MyTargets> change, String confirmation, Consumer<TargetException> refusal) {
            MyTargets saved;
            try {
                saved = change.get();
            } catch (TargetException refused) {
                refusal.accept(refused);
                return;
            }
            saved.customSkills().stream().filter(skill -> skill.key().equals(key)).findFirst().ifPresentOrElse(skill -> {
                show(skill);
                // said in the card, as the catalog's form says it at each question, rather than a toast per field
                saved(confirmation);
            }, () -> {
                // deleted in another tab meanwhile
                CustomSkillsSection.this.show(saved);
                Notifications.error("That skill is no longer among yours: it may have been removed in another tab.");
            });
        }

        private void saved(String confirmation) {
            status.setText(confirmation);
        }

        private void remove() {
            try {
                MyTargets left = targetService.deleteCustomSkill(key);
                CustomSkillsSection.this.show(left);
                if (left.customSkills().isEmpty()) {
                    CustomSkillsSection.this.setVisible(false);
                }
                Notifications.saved(stored.name() + " was removed.");
            } catch (TargetException refused) {
                Notifications.error(refused.getMessage());
            }
        }
    }
}
