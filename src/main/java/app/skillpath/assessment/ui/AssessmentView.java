package app.skillpath.assessment.ui;

import app.skillpath.assessment.AssessmentException;
import app.skillpath.assessment.AssessmentService;
import app.skillpath.assessment.EducationAnswer;
import app.skillpath.assessment.SelfAssessment;
import app.skillpath.base.ui.MainLayout;
import app.skillpath.catalog.Catalog;
import app.skillpath.catalog.CatalogService;
import app.skillpath.catalog.EducationLevel;
import app.skillpath.catalog.FieldOfStudy;
import app.skillpath.catalog.ProficiencyLevel;
import app.skillpath.catalog.Role;
import app.skillpath.catalog.Skill;
import app.skillpath.catalog.SkillArea;
import app.skillpath.catalog.Tool;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;

import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The self-assessment: every skill of the catalog once, grouped by area, rated on the anchored 0-4
 * scale; education and tools. Every answer is saved the moment it is given. The roles' required
 * levels are deliberately not shown here, so that they do not sway the answers.
 */
@Route(value = "assessment", layout = MainLayout.class)
@PageTitle("Self-assessment" + MainLayout.TITLE_SUFFIX)
@PermitAll
public class AssessmentView extends Main {

    static final String ALL_ROLES = "";

    private final AssessmentService assessmentService;
    private final Catalog catalog;
    private final Map<String, Integer> levels = new LinkedHashMap<>();
    private final Map<String, Div> skillCards = new LinkedHashMap<>();
    private final Map<String, Section> areaSections = new LinkedHashMap<>();
    private final Span progress = new Span();

    public AssessmentView(AssessmentService assessmentService, CatalogService catalogService) {
        this.assessmentService = assessmentService;
        this.catalog = catalogService.catalog();
        addClassNames("page", "assessment");

        SelfAssessment answers = assessmentService.mine();
        levels.putAll(answers.levels());

        Paragraph intro = new Paragraph("Rate yourself on each skill below, once: every role uses the same answers. "
                + "Pick the sentence that describes you best. The roles' required levels are not shown here, so they "
                + "don't sway your answers. Every answer is saved as soon as you give it.");
        intro.addClassName("lead");
        progress.setId("assessment-progress");
        progress.addClassName("progress-line");
        RouterLink fit = new RouterLink("See your fit for each role", app.skillpath.scoring.ui.FitView.class);
        fit.addClassNames("button-link", "primary");
        fit.setId("to-fit");
        Div toolbar = new Div(progress, roleFilter(catalogService.roles()), fit);
        toolbar.addClassName("assessment-toolbar");
        add(intro, toolbar);

        for (SkillArea area : catalog.areas()) {
            List<Skill> skills = catalog.skills().stream().filter(skill -> skill.areaKey().equals(area.key())).toList();
            if (skills.isEmpty()) {
                continue;
            }
            Section section = new Section(new H2(area.name()));
            section.addClassNames("article-section", "skill-area");
            section.setId("area-" + area.key());
            for (Skill skill : skills) {
                Div card = skillCard(skill, answers);
                skillCards.put(skill.key(), card);
                section.add(card);
            }
            areaSections.put(area.key(), section);
            add(section);
        }
        add(educationSection(answers.education()), toolsSection(answers.toolKeys()));
        updateProgress();
    }

    private Select<String> roleFilter(List<Role> roles) {
        Select<String> filter = new Select<>();
        filter.setLabel("Show skills for");
        filter.setId("role-filter");
        List<String> items = new java.util.ArrayList<>();
        items.add(ALL_ROLES);
        roles.forEach(role -> items.add(role.key()));
        filter.setItems(items);
        Map<String, Role> byKey = new LinkedHashMap<>();
        roles.forEach(role -> byKey.put(role.key(), role));
        filter.setItemLabelGenerator(key -> key == null || key.isEmpty() ? "All roles" : byKey.get(key).title());
        filter.setValue(ALL_ROLES);
        filter.addValueChangeListener(event -> {
            Set<String> shown = event.getValue() == null || event.getValue().isEmpty() ? skillCards.keySet()
                    : new HashSet<>(byKey.get(event.getValue()).skillKeys());
            skillCards.forEach((key, card) -> card.setVisible(shown.contains(key)));
            areaSections.forEach((areaKey, section) -> section.setVisible(catalog.skills().stream()
                    .anyMatch(skill -> skill.areaKey().equals(areaKey) && shown.contains(skill.key()))));
        });
        return filter;
    }

    private Div skillCard(Skill skill, SelfAssessment answers) {
        H3 name = new H3(skill.name());
        Paragraph description = new Paragraph(skill.description());
        description.addClassName("fine-print");
        Span status = new Span();
        status.addClassName("rating-status");
        status.setId("status-" + skill.key());

        RadioButtonGroup<Integer> rating = new RadioButtonGroup<>("Your level");
        rating.setId("rating-" + skill.key());
        rating.setItems(Arrays.stream(ProficiencyLevel.values()).map(ProficiencyLevel::value).toList());
        rating.setRenderer(new ComponentRenderer<>(value -> {
            ProficiencyLevel level = ProficiencyLevel.of(value);
            Span label = new Span(level.display());
            label.addClassName("level-label");
            Span anchor = new Span(level.description());
            anchor.addClassName("level-description");
            return new Div(label, anchor);
        }));
        rating.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        answers.level(skill.key()).ifPresent(rating::setValue);

        Button clear = new Button("Clear rating");
        clear.setId("clear-" + skill.key());
        clear.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        clear.setVisible(answers.level(skill.key()).isPresent());
        clear.addClickListener(event -> rating.clear());

        rating.addValueChangeListener(event -> {
            try {
                assessmentService.rate(skill.key(), event.getValue());
                if (event.getValue() == null) {
                    levels.remove(skill.key());
                } else {
                    levels.put(skill.key(), event.getValue());
                }
                clear.setVisible(event.getValue() != null);
                showStatus(status, skill.key());
                updateProgress();
            } catch (AssessmentException e) {
                error(e.getMessage());
            }
        });
        showStatus(status, skill.key());

        TextArea note = new TextArea("Evidence (optional)");
        note.setId("note-" + skill.key());
        note.setHelperText("A project, a course or a certificate that shows this skill; at most 2,000 characters");
        note.setMaxLength(AssessmentService.NOTE_MAX_LENGTH);
        note.setValueChangeMode(ValueChangeMode.ON_CHANGE);
        note.setManualValidation(true);
        answers.note(skill.key()).ifPresent(note::setValue);
        note.addValueChangeListener(event -> {
            try {
                assessmentService.saveNote(skill.key(), event.getValue());
                note.setInvalid(false);
            } catch (AssessmentException e) {
                note.setErrorMessage(e.getMessage());
                note.setInvalid(true);
            }
        });

        Div header = new Div(name, status);
        header.addClassName("skill-card-header");
        Div card = new Div(header, description, rating, clear, note);
        card.addClassName("skill-card");
        card.setId("skill-" + skill.key());
        return card;
    }

    private void showStatus(Span status, String skillKey) {
        boolean rated = levels.containsKey(skillKey);
        status.setText(rated ? "Rated " + ProficiencyLevel.of(levels.get(skillKey)).display() : "Not rated yet");
        status.getElement().getClassList().set("rated", rated);
    }

    private Section educationSection(EducationAnswer answer) {
        Select<EducationLevel> level = new Select<>();
        level.setLabel("Highest completed education");
        level.setId("education-level");
        level.setItems(EducationLevel.values());
        level.setItemLabelGenerator(value -> value == null ? "Not answered yet" : value.label());
        level.setEmptySelectionAllowed(true);
        level.setEmptySelectionCaption("Not answered yet");
        answer.level().ifPresent(level::setValue);

        Map<String, String> fieldNames = new LinkedHashMap<>();
        for (FieldOfStudy field : catalog.fields()) {
            fieldNames.put(field.key(), field.name());
        }
        fieldNames.put(EducationAnswer.OTHER_FIELD, "Other field");
        Select<String> field = new Select<>();
        field.setLabel("Field of study");
        field.setId("education-field");
        field.setItems(fieldNames.keySet());
        field.setItemLabelGenerator(key -> key == null ? "Not answered yet" : fieldNames.get(key));
        field.setEmptySelectionAllowed(true);
        field.setEmptySelectionCaption("Not answered yet");
        answer.fieldKey().ifPresent(field::setValue);

        Runnable save = () -> {
            try {
                assessmentService.saveEducation(level.getValue(), field.getValue());
            } catch (AssessmentException e) {
                error(e.getMessage());
            }
        };
        level.addValueChangeListener(event -> save.run());
        field.addValueChangeListener(event -> save.run());

        Div fields = new Div(level, field);
        fields.addClassName("pickers");
        Section section = new Section(new H2("Education"), fields);
        section.addClassNames("article-section", "education-answer");
        section.setId("area-education");
        return section;
    }

    private Section toolsSection(Set<String> used) {
        CheckboxGroup<Tool> tools = new CheckboxGroup<>("Tools you have used");
        tools.setId("tools");
        tools.setItems(catalog.tools());
        tools.setItemLabelGenerator(Tool::name);
        tools.setValue(new HashSet<>(catalog.tools().stream().filter(tool -> used.contains(tool.key())).toList()));
        tools.addValueChangeListener(event -> {
            try {
                for (Tool tool : event.getValue()) {
                    if (!event.getOldValue().contains(tool)) {
                        assessmentService.setToolUsed(tool.key(), true);
                    }
                }
                for (Tool tool : event.getOldValue()) {
                    if (!event.getValue().contains(tool)) {
                        assessmentService.setToolUsed(tool.key(), false);
                    }
                }
            } catch (AssessmentException e) {
                error(e.getMessage());
            }
        });
        Paragraph why = new Paragraph("Recorded and shown beside each role's tools; tools do not change the fit score.");
        why.addClassName("fine-print");
        Section section = new Section(new H2("Tools"), tools, why);
        section.addClassNames("article-section", "tools-answer");
        section.setId("area-tools");
        return section;
    }

    private void updateProgress() {
        progress.setText(levels.size() + " of " + catalog.skills().size() + " skills rated");
    }

    private static void error(String message) {
        Notification.show(message, 6000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
    }
}
