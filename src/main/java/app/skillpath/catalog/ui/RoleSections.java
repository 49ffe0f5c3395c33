package app.skillpath.catalog.ui;

import app.skillpath.catalog.Catalog;
import app.skillpath.catalog.Education;
import app.skillpath.catalog.FieldOfStudy;
import app.skillpath.catalog.ListSection;
import app.skillpath.catalog.ProficiencyLevel;
import app.skillpath.catalog.RequiredSkill;
import app.skillpath.catalog.Role;
import app.skillpath.catalog.Skill;
import app.skillpath.catalog.Tip;
import app.skillpath.catalog.TipKind;
import app.skillpath.catalog.Tool;
import app.skillpath.catalog.ToolUsage;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;

import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Renders each article section of a role. Shared by the role page and the comparison so that
 * both show exactly the same text; {@code shared} marks what the compared role has too.
 */
final class RoleSections {

    /** The article's sections, in its order: id suffix and heading. */
    enum Section {
        DEFINITION("definition", "Definition"),
        RESPONSIBILITIES("responsibilities", "Responsibilities"),
        SKILLS("skills", "Required skills"),
        EDUCATION("education", "Educational background"),
        TOOLS("tools", "Tools and software used"),
        INDUSTRIES("industries", "Common industries"),
        OUTLOOK("outlook", "Outlook"),
        GETTING_STARTED("getting-started", "Practical tips for getting started");

        final String id;
        final String heading;

        Section(String id, String heading) {
            this.id = id;
            this.heading = heading;
        }
    }

    private final Catalog catalog;
    private final Map<String, Skill> skills;
    private final Map<String, Tool> tools;
    private final Map<String, FieldOfStudy> fields;

    RoleSections(Catalog catalog) {
        this.catalog = catalog;
        this.skills = catalog.skillsByKey();
        this.tools = catalog.toolsByKey();
        this.fields = catalog.fieldsByKey();
    }

    Component render(Section section, Role role, Set<String> sharedSkills, Set<String> sharedIndustries) {
        Div body = switch (section) {
            case DEFINITION -> new Div(paragraph(role.definition()));
            case RESPONSIBILITIES -> listSection(role.responsibilities(), Set.of());
            case SKILLS -> skills(role, sharedSkills);
            case EDUCATION -> education(role.education());
            case TOOLS -> tools(role);
            case INDUSTRIES -> listSection(role.industries(), sharedIndustries);
            case OUTLOOK -> outlook(role);
            case GETTING_STARTED -> gettingStarted(role);
        };
        body.addClassName("section-body");
        return body;
    }

    static String salary(Role role) {
        return NumberFormat.getCurrencyInstance(Locale.US).format(role.outlook().salaryUsd()).replace(".00", "")
                + " per year";
    }

    private static Paragraph paragraph(String text) {
        return new Paragraph(text);
    }

    private static Div listSection(ListSection section, Set<String> shared) {
        UnorderedList list = new UnorderedList();
        for (String item : section.items()) {
            ListItem listItem = new ListItem(item);
            if (shared.contains(item)) {
                listItem.addClassName("shared");
                listItem.add(sharedBadge());
            }
            list.add(listItem);
        }
        return new Div(paragraph(section.intro()), list);
    }

    private Div skills(Role role, Set<String> sharedSkills) {
        Div list = new Div();
        list.addClassName("requirement-list");
        for (RequiredSkill required : role.requiredSkills()) {
            Skill skill = skills.get(required.skillKey());
            Div item = new Div();
            item.addClassName("requirement");
            item.setId("requirement-" + role.key() + "-" + required.skillKey());

            Span name = new Span(skill.name());
            name.addClassName("requirement-name");
            Div header = new Div(name);
            header.addClassName("requirement-header");
            if (sharedSkills.contains(required.skillKey())) {
                item.addClassName("shared");
                header.add(sharedBadge());
            }
            Paragraph quote = new Paragraph("“" + required.articleText() + "”");
            quote.addClassName("quote");
            Div facts = new Div(
                    badge("Required level: " + ProficiencyLevel.of(required.requiredLevel()).display(), "level"),
                    badge("Importance: " + required.weight() + " of 5", "weight"));
            facts.addClassName("badges");
            Paragraph why = new Paragraph("Why: " + required.rationale());
            why.addClassName("rationale");
            item.add(header, quote, facts, why);
            list.add(item);
        }
        Paragraph scale = new Paragraph("Levels use Skillpath's scale: 0 none, 1 aware, 2 working, 3 proficient, "
                + "4 expert. Levels, importance and reasons are Skillpath's reading of the article's wording.");
        scale.addClassName("fine-print");
        return new Div(paragraph(role.skillsIntro()), list, scale);
    }

    private Div education(Education education) {
        String fieldNames = education.fieldKeys().stream().map(key -> fields.get(key).name())
                .collect(Collectors.joining(", "));
        if (education.relatedFieldsAccepted()) {
            fieldNames += ", or a related field";
        }
        Div facts = new Div(
                fact("Minimum", education.minimum().label()),
                fact("Preferred by some employers", education.preferred().label() + " or higher"),
                fact("Fields", fieldNames),
                fact("Importance", education.weight() + " of 5"));
        facts.addClassName("facts");
        Paragraph why = new Paragraph("Why: " + education.rationale());
        why.addClassName("rationale");
        return new Div(paragraph(education.articleText()), facts, why);
    }

    private Div tools(Role role) {
        Div body = new Div(paragraph(role.tools().intro()));
        if (!role.tools().usages().isEmpty()) {
            UnorderedList list = new UnorderedList();
            for (ToolUsage usage : role.tools().usages()) {
                list.add(new ListItem(usage.articleText()));
            }
            body.add(list);
        }
        role.tools().note().ifPresent(note -> {
            Paragraph callout = new Paragraph(note);
            callout.addClassName("callout");
            callout.setId("tools-note-" + role.key());
            body.add(callout);
        });
        return body;
    }

    private Div outlook(Role role) {
        Span amount = new Span(salary(role));
        amount.addClassName("salary-amount");
        Span source = new Span(role.outlook().salarySource());
        source.addClassName("salary-source");
        Div salary = new Div(amount, source);
        salary.addClassName("salary");
        return new Div(paragraph(role.outlook().text()), salary);
    }

    private Div gettingStarted(Role role) {
        OrderedList list = new OrderedList();
        list.addClassName("tips");
        for (Tip tip : role.tips()) {
            ListItem item = new ListItem();
            item.setId("tip-" + tip.key());
            Span text = new Span(tip.text());
            text.addClassName("tip-text");
            Div facts = new Div(badge(kindLabel(tip.kind()), "kind"));
            facts.addClassName("badges");
            facts.add(badge("Builds: " + names(tip.skillKeys(), key -> skills.get(key).name()), "builds"));
            if (!tip.toolKeys().isEmpty()) {
                facts.add(badge("Names: " + names(tip.toolKeys(), key -> tools.get(key).name()), "tools"));
            }
            facts.add(badge("About " + tip.hoursPerLevelStep() + " h per level step", "effort"));
            item.add(text, facts);
            list.add(item);
        }
        return new Div(paragraph(role.tipsIntro()), list);
    }

    private static String kindLabel(TipKind kind) {
        return switch (kind) {
            case SKILL -> "Builds skills";
            case EVIDENCE -> "Shows evidence";
            case ONGOING -> "Ongoing habit";
        };
    }

    private static String names(List<String> keys, java.util.function.Function<String, String> name) {
        return keys.stream().map(name).collect(Collectors.joining(", "));
    }

    private static Div fact(String label, String value) {
        Span term = new Span(label);
        term.addClassName("fact-label");
        Span description = new Span(value);
        description.addClassName("fact-value");
        Div fact = new Div(term, description);
        fact.addClassName("fact");
        return fact;
    }

    static Span badge(String text, String variant) {
        Span badge = new Span(text);
        badge.addClassNames("badge", variant);
        return badge;
    }

    private static Span sharedBadge() {
        return badge("Both roles", "shared-badge");
    }

    Catalog catalog() {
        return catalog;
    }
}
