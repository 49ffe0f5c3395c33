package app.skillpath.target.ui;

import app.skillpath.base.ui.HtmlBlock;
import app.skillpath.base.ui.Notifications;
import app.skillpath.catalog.Catalog;
import app.skillpath.catalog.EducationLevel;
import app.skillpath.catalog.FieldOfStudy;
import app.skillpath.catalog.ProficiencyLevel;
import app.skillpath.catalog.Skill;
import app.skillpath.catalog.Tool;
import app.skillpath.target.CustomSkill;
import app.skillpath.target.TargetDraft;
import app.skillpath.target.TargetDraft.SkillDraft;
import app.skillpath.target.TargetEducation;
import app.skillpath.target.TargetKey;
import app.skillpath.target.TargetService;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * A target as the user edits it: what it is, its skills as rows (level, weight, must-have), education and tools.
 * A component of its own so that the editor and the posting reader (which pre-fills it with what it read, and a note
 * per skill) share one form: {@link #setDraft(TargetDraft, Map)} in, {@link #draft()} out. The service checks the
 * draft on save; the form only keeps the user from typing what can never be saved (lengths, duplicates).
 */
public class TargetForm extends Composite<Div> {

    static final int DEFAULT_LEVEL = 2;
    static final int DEFAULT_WEIGHT = 3;
    private static final List<String> WEIGHT_WORDS = List.of("nice to have", "useful", "important", "very important", "essential");

    private final Catalog catalog;
    private final Map<String, CustomSkill> customSkills;

    private final TextField title = new TextField("Title");
    private final TextField company = new TextField("Company");
    private final TextField postingUrl = new TextField("Posting address");
    private final TextArea postingText = new TextArea("Posting text");
    private final Div rows = new Div();
    private final List<SkillRow> skillRows = new ArrayList<>();
    private final ComboBox<Skill> catalogSkill = new ComboBox<>("Add a catalog skill");
    private final TextField customName = new TextField("Add a skill of your own");
    private final Select<EducationLevel> education = new Select<>();
    private final CheckboxGroup<FieldOfStudy> fields = new CheckboxGroup<>("Fields of study");
    private final Checkbox relatedFields = new Checkbox("or a related field");
    private final Select<Integer> educationWeight = weightSelect("Weight of education");
    private final CheckboxGroup<Tool> tools = new CheckboxGroup<>("Tools it names");

    /** {@code customSkills}: the user's own skills by key, to name the rows of a stored target that uses them. */
    public TargetForm(Catalog catalog, Map<String, CustomSkill> customSkills) {
        this.catalog = catalog;
        this.customSkills = Map.copyOf(customSkills);
        getContent().addClassName("target-form");
        getContent().add(aboutSection(), skillsSection(), educationSection(), toolsSection());
    }

    private Section aboutSection() {
        title.setId("target-title");
        title.setRequiredIndicatorVisible(true);
        title.setMaxLength(TargetService.TITLE_MAX_LENGTH);
        title.setHelperText("For example the posting's job title");
        company.setId("target-company");
        company.setMaxLength(TargetService.COMPANY_MAX_LENGTH);
        postingUrl.setId("target-posting-url");
        postingUrl.setMaxLength(TargetService.URL_MAX_LENGTH);
        postingUrl.setHelperText("http:// or https://; shown as a link on your targets, never fetched");
        postingText.setId("target-posting-text");
        postingText.setMaxLength(TargetService.POSTING_MAX_LENGTH);
        postingText.setValueChangeMode(ValueChangeMode.LAZY);
        // lazy keeps the counter current without a round trip per key; the value is also sent when the field loses
        // focus, so a button clicked right after pasting reads the pasted text rather than what the last pause sent
        postingText.getElement().addPropertyChangeListener("value", "change", event -> { });
        postingText.addValueChangeListener(event -> countCharacters());
        countCharacters();
        Div fieldsBlock = new Div(title, company, postingUrl, postingText);
        fieldsBlock.addClassName("target-about");
        return section("target-about-section", "The target", fieldsBlock);
    }

    private void countCharacters() {
        postingText.setHelperText(String.format(Locale.US, "%,d of %,d characters", postingText.getValue().length(),
                TargetService.POSTING_MAX_LENGTH));
    }

    private Section skillsSection() {
        rows.setId("target-skills");
        rows.addClassName("target-skill-rows");
        catalogSkill.setId("add-catalog-skill");
        catalogSkill.setItemLabelGenerator(Skill::name);
        catalogSkill.setPlaceholder("Choose a skill");
        catalogSkill.addValueChangeListener(event -> {
            Skill skill = event.getValue();
            if (skill != null) {
                addRow(SkillDraft.catalog(skill.key(), DEFAULT_LEVEL, DEFAULT_WEIGHT, false), null);
                catalogSkill.clear();
            }
        });
        customName.setId("custom-skill-name");
        customName.setMaxLength(TargetService.CUSTOM_NAME_MAX_LENGTH);
        customName.setPlaceholder("A skill the catalog has not got");
        Button addCustom = new Button("Add", event -> addCustom());
        addCustom.setId("add-custom-skill");
        Div adders = new Div(catalogSkill, customName, addCustom);
        adders.addClassName("target-skill-adders");
        return section("target-skills-section", "Skills", HtmlBlock.of(root -> root.appendElement("p").addClass("hint")
                .text("Each skill's required level and weight count in your fit as a role's do; a must-have is one the "
                        + "posting insists on.")), rows, adders);
    }

    private void addCustom() {
        String name = customName.getValue().strip();
        if (name.isEmpty()) {
            Notifications.error("Type the name of your own skill first.");
            return;
        }
        if (addOwnSkill(name, DEFAULT_LEVEL, DEFAULT_WEIGHT, false)) {
            customName.clear();
        }
    }

    /**
     * Adds a skill of the user's own by name (the posting reader's "Add as my own skill"): a custom skill the user
     * already has by that name is reused, a name already in the target is refused with a message. Whether it was added.
     */
    public boolean addOwnSkill(String name, int level, int weight, boolean mustHave) {
        if (skillRows.stream().anyMatch(row -> row.name().equalsIgnoreCase(name))) {
            Notifications.error("“" + name + "” is already in the target.");
            return false;
        }
        // a custom skill the user already has by that name is reused: the row then stands for it
        Optional<CustomSkill> existing = customSkills.values().stream()
                .filter(skill -> skill.name().equalsIgnoreCase(name)).findFirst();
        if (existing.isPresent() && skillRows.stream().anyMatch(row -> existing.get().key().equals(row.skillKey))) {
            Notifications.error("“" + existing.get().name() + "” is already in the target.");
            return false;
        }
        int before = skillRows.size();
        addRow(existing.map(skill -> new SkillDraft(skill.key(), skill.name(), level, weight, mustHave))
                .orElse(SkillDraft.newCustom(name, level, weight, mustHave)), null);
        return skillRows.size() > before;
    }

    private Section educationSection() {
        education.setId("target-education");
        education.setLabel("Education asked for");
        education.setItems(EducationLevel.values());
        education.setItemLabelGenerator(level -> level == null ? "No education asked" : level.label());
        education.setEmptySelectionAllowed(true);
        education.setEmptySelectionCaption("No education asked");
        education.addValueChangeListener(event -> educationAsked(event.getValue() != null));
        fields.setId("target-fields");
        fields.setItems(catalog.fields());
        fields.setItemLabelGenerator(FieldOfStudy::name);
        relatedFields.setId("target-related-fields");
        educationWeight.setId("target-education-weight");
        educationWeight.setValue(DEFAULT_WEIGHT);
        educationAsked(false);
        Div line = new Div(education, educationWeight);
        line.addClassName("target-line");
        return section("target-education-section", "Education", line, fields, relatedFields);
    }

    private void educationAsked(boolean asked) {
        fields.setEnabled(asked);
        relatedFields.setEnabled(asked);
        educationWeight.setEnabled(asked);
    }

    private Section toolsSection() {
        tools.setId("target-tools");
        tools.setItems(catalog.tools());
        tools.setItemLabelGenerator(Tool::name);
        return section("target-tools-section", "Tools", tools);
    }

    private static Section section(String id, String heading, com.vaadin.flow.component.Component... content) {
        Section section = new Section(HtmlBlock.of(root -> root.appendElement("h2").text(heading)));
        section.add(content);
        section.setId(id);
        section.addClassName("article-section");
        return section;
    }

    /** Fills the form with a draft (a stored target, a copied role, a blank one). */
    public void setDraft(TargetDraft draft) {
        setDraft(draft, Map.of());
    }

    /**
     * Fills the form with a draft, with a note under the skills that have one: the posting reader passes what it read
     * for each proposed skill, keyed by the skill's key, or by its name for a new skill of the user's own.
     */
    public void setDraft(TargetDraft draft, Map<String, String> notes) {
        title.setValue(Optional.ofNullable(draft.title()).orElse(""));
        company.setValue(Optional.ofNullable(draft.company()).orElse(""));
        postingUrl.setValue(Optional.ofNullable(draft.postingUrl()).orElse(""));
        postingText.setValue(Optional.ofNullable(draft.postingText()).orElse(""));
        rows.removeAll();
        skillRows.clear();
        for (SkillDraft skill : draft.skills().stream().limit(TargetService.MAX_SKILLS).toList()) {
            addRow(skill, notes.get(skill.isNewCustom() ? skill.customName() : skill.skillKey()));
        }
        if (draft.skills().size() > TargetService.MAX_SKILLS) {
            // never silently: the user should know what a proposal or a copy lost
            Notifications.info("A target can have at most " + TargetService.MAX_SKILLS + " skills: the first "
                    + TargetService.MAX_SKILLS + " are in the form, " + (draft.skills().size() - TargetService.MAX_SKILLS)
                    + " were left out.");
        }
        Optional<TargetEducation> asked = draft.education();
        education.setValue(asked.map(TargetEducation::minimum).orElse(null));
        Set<String> fieldKeys = asked.map(e -> Set.copyOf(e.fieldKeys())).orElse(Set.of());
        fields.setValue(catalog.fields().stream().filter(field -> fieldKeys.contains(field.key())).collect(Collectors.toSet()));
        relatedFields.setValue(asked.map(TargetEducation::relatedFieldsAccepted).orElse(false));
        educationWeight.setValue(asked.map(TargetEducation::weight).orElse(DEFAULT_WEIGHT));
        Set<String> toolKeys = Set.copyOf(draft.toolKeys());
        tools.setValue(catalog.tools().stream().filter(tool -> toolKeys.contains(tool.key())).collect(Collectors.toSet()));
        refreshCatalogChoices();
    }

    /** The form as a draft, exactly as typed: the service strips and checks it. */
    public TargetDraft draft() {
        List<SkillDraft> skills = skillRows.stream().map(SkillRow::draft).toList();
        Optional<TargetEducation> asked = Optional.ofNullable(education.getValue()).map(level -> new TargetEducation(level,
                catalog.fields().stream().filter(fields.getValue()::contains).map(FieldOfStudy::key).toList(),
                relatedFields.getValue(), Optional.ofNullable(educationWeight.getValue()).orElse(DEFAULT_WEIGHT)));
        List<String> toolKeys = catalog.tools().stream().filter(tools.getValue()::contains).map(Tool::key).toList();
        return new TargetDraft(title.getValue(), company.getValue(), postingText.getValue(), postingUrl.getValue(), skills,
                asked, toolKeys);
    }

    public TextField titleField() {
        return title;
    }

    private void addRow(SkillDraft skill, String note) {
        if (skillRows.size() >= TargetService.MAX_SKILLS) {
            Notifications.error("A target can have at most " + TargetService.MAX_SKILLS + " skills.");
            return;
        }
        SkillRow row = new SkillRow(skill, nameOf(skill), note);
        skillRows.add(row);
        rows.add(row.element);
        refreshCatalogChoices();
    }

    private String nameOf(SkillDraft skill) {
        if (skill.isNewCustom()) {
            return skill.customName();
        }
        if (TargetKey.isCustomSkill(skill.skillKey())) {
            CustomSkill custom = customSkills.get(skill.skillKey());
            return custom != null ? custom.name() : Optional.ofNullable(skill.customName()).orElse(skill.skillKey());
        }
        Skill known = catalog.skillsIncludingRetiredByKey().get(skill.skillKey());
        return known != null ? known.name() : skill.skillKey();
    }

    private void removeRow(SkillRow row) {
        skillRows.remove(row);
        rows.remove(row.element);
        refreshCatalogChoices();
    }

    /** Only catalog skills the target has not got yet can be added, in the catalog's order of names. */
    private void refreshCatalogChoices() {
        Set<String> taken = skillRows.stream().map(row -> row.skillKey).filter(key -> key != null).collect(Collectors.toSet());
        catalogSkill.setItems(catalog.skills().stream().filter(skill -> !taken.contains(skill.key()))
                .sorted(Comparator.comparing(Skill::name, String.CASE_INSENSITIVE_ORDER)).toList());
        catalogSkill.setEnabled(skillRows.size() < TargetService.MAX_SKILLS);
    }

    private static Select<Integer> weightSelect(String label) {
        Select<Integer> weight = new Select<>();
        weight.setLabel(label);
        weight.setItems(IntStream.rangeClosed(TargetService.MIN_WEIGHT, TargetService.MAX_WEIGHT).boxed().toList());
        weight.setItemLabelGenerator(TargetForm::weightLabel);
        return weight;
    }

    static String weightLabel(Integer weight) {
        return weight == null ? "" : weight + " " + WEIGHT_WORDS.get(weight - 1);
    }

    /** "C++" and "C#" (or two names in another script) read alike in an id: the second gets a number. */
    private String uniqueRowId(String base) {
        Set<String> taken = skillRows.stream().map(row -> row.element.getId().orElse("")).collect(Collectors.toSet());
        String id = base;
        for (int n = 2; taken.contains(id); n++) {
            id = base + "-" + n;
        }
        return id;
    }

    /**
     * One skill of the target: its name and, as components, what the user sets. Seven components a row (the row, the
     * name block, two selects, the checkbox with its label, Remove), so sixty rows at most stay under 500 components
     * (TargetPagesAtTheirBoundsTest).
     */
    private final class SkillRow {
        private final String skillKey;
        private final String name;
        private final boolean newCustom;
        /** A new skill of the user's own can still be renamed before it is saved (a posting's line is rarely a name). */
        private final TextField newName = new TextField("Name");
        private final Div element = new Div();
        private final Select<Integer> level = new Select<>();
        private final Select<Integer> weight = weightSelect("Weight");
        private final Checkbox mustHave = new Checkbox("Must-have");

        SkillRow(SkillDraft skill, String name, String note) {
            this.skillKey = skill.skillKey();
            this.name = name;
            this.newCustom = skill.isNewCustom();
            String id = uniqueRowId("skill-" + (newCustom ? "new-" + name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
                    : skillKey.replace(':', '-')));
            element.setId(id);
            element.addClassName("target-skill-row");
            boolean custom = newCustom || TargetKey.isCustomSkill(skillKey);
            // the name and note are only read: one block of markup rather than a component each
            HtmlBlock nameBlock = HtmlBlock.of(root -> {
                // a new one's name is in its own field, which the user can still change
                if (newCustom) {
                    root.appendElement("span").addClass("badge").text("new skill of your own");
                } else {
                    root.appendElement("strong").text(name);
                }
                if (custom && !newCustom) {
                    root.appendText(" ");
                    root.appendElement("span").addClass("badge").text("your own");
                }
                if (note != null && !note.isBlank()) {
                    root.appendElement("p").addClass("target-skill-note").text(note);
                }
            });
            nameBlock.addClassName("target-skill-name");
            element.add(nameBlock);
            if (newCustom) {
                newName.setValue(name);
                newName.setId(id + "-name");
                newName.setMaxLength(TargetService.CUSTOM_NAME_MAX_LENGTH);
                newName.addClassName("target-skill-new-name");
                element.add(newName);
            }
            level.setLabel("Required level");
            level.setItems(IntStream.rangeClosed(1, ProficiencyLevel.MAX).boxed().toList());
            level.setItemLabelGenerator(value -> value == null ? "" : ProficiencyLevel.of(value).display());
            level.setValue(Math.clamp(skill.requiredLevel(), 1, ProficiencyLevel.MAX));
            level.setId(id + "-level");
            weight.setValue(Math.clamp(skill.weight(), TargetService.MIN_WEIGHT, TargetService.MAX_WEIGHT));
            weight.setId(id + "-weight");
            mustHave.setValue(skill.mustHave());
            mustHave.setId(id + "-must");
            Button remove = new Button("Remove", event -> removeRow(this));
            remove.setId(id + "-remove");
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            remove.setAriaLabel("Remove " + name);
            element.add(level, weight, mustHave, remove);
        }

        /** The name as it stands: a new skill of the user's own as typed in its name field. */
        String name() {
            return newCustom ? newName.getValue().strip() : name;
        }

        SkillDraft draft() {
            int required = Optional.ofNullable(level.getValue()).orElse(DEFAULT_LEVEL);
            int chosenWeight = Optional.ofNullable(weight.getValue()).orElse(DEFAULT_WEIGHT);
            return newCustom ? SkillDraft.newCustom(name(), required, chosenWeight, mustHave.getValue())
                    : new SkillDraft(skillKey, TargetKey.isCustomSkill(skillKey) ? name : null, required, chosenWeight,
                    mustHave.getValue());
        }
    }
}
