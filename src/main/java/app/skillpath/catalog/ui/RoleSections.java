package app.skillpath.catalog.ui;

import app.skillpath.base.ui.Markup;
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
import org.jsoup.nodes.Element;

import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Builds the markup of each article section of a role (inside {@code SafeHtml.build}). Shared by the
 * role page and the comparison so that both show exactly the same text; {@code shared} marks what
 * the compared role has too.
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

    private final Map<String, Skill> skills;
    private final Map<String, Tool> tools;
    private final Map<String, FieldOfStudy> fields;
    /** What the badge on a skill both sides name says: "Both roles", or "Both sides" when a side is a user's target. */
    private final String sharedLabel;

    RoleSections(Catalog catalog) {
        this(catalog, SHARED_BY_ROLES);
    }

    RoleSections(Catalog catalog, String sharedLabel) {
        this.skills = catalog.skillsByKey();
        this.tools = catalog.toolsByKey();
        this.fields = catalog.fieldsByKey();
        this.sharedLabel = sharedLabel;
    }

    static final String SHARED_BY_ROLES = "Both roles";
    static final String SHARED_BY_SIDES = "Both sides";

    /** Appends the section's body (without its heading) to {@code parent}. */
    void render(Element parent, Section section, Role role, Set<String> sharedSkills, Set<String> sharedIndustries) {
        Element body = parent.appendElement("div").addClass("section-body");
        switch (section) {
            case DEFINITION -> body.appendElement("p").text(role.definition());
            case RESPONSIBILITIES -> listSection(body, role.responsibilities(), Set.of());
            case SKILLS -> skills(body, role, sharedSkills);
            case EDUCATION -> education(body, role.education());
            case TOOLS -> tools(body, role);
            case INDUSTRIES -> listSection(body, role.industries(), sharedIndustries);
            case OUTLOOK -> outlook(body, role);
            case GETTING_STARTED -> gettingStarted(body, role);
        }
    }

    /** The salary with its source: on a role's card and in its outlook section. */
    static void salary(Element parent, Role role) {
        Element salary = parent.appendElement("div").addClass("salary");
        salary.appendElement("span").addClass("salary-amount").text(
                NumberFormat.getCurrencyInstance(Locale.US).format(role.outlook().salaryUsd()).replace(".00", "")
                        + " per year");
        salary.appendElement("span").addClass("salary-source").text(role.outlook().salarySource());
    }

    private void listSection(Element body, ListSection section, Set<String> shared) {
        body.appendElement("p").text(section.intro());
        Element list = body.appendElement("ul");
        for (String item : section.items()) {
            Element listItem = list.appendElement("li").text(item);
            if (shared.contains(item)) {
                listItem.addClass("shared");
                sharedBadge(listItem);
            }
        }
    }

    private void skills(Element body, Role role, Set<String> sharedSkills) {
        body.appendElement("p").text(role.skillsIntro());
        Element list = body.appendElement("div").addClass("requirement-list");
        for (RequiredSkill required : role.requiredSkills()) {
            Skill skill = skills.get(required.skillKey());
            Element item = requirement(list, role.key(), required.skillKey(), skill.name(), sharedSkills);
            item.appendElement("p").addClass("quote").text("“" + required.articleText() + "”");
            levelAndImportance(item, required.requiredLevel(), required.weight());
            item.appendElement("p").addClass("rationale").text("Why: " + required.rationale());
        }
        body.appendElement("p").addClass("fine-print").text("Levels use Skillpath's scale: 0 none, 1 aware, "
                + "2 working, 3 proficient, 4 expert. Levels, importance and reasons are Skillpath's reading of the "
                + "article's wording.");
    }

    private void education(Element body, Education education) {
        String fieldNames = education.fieldKeys().stream().map(key -> fields.get(key).name())
                .collect(Collectors.joining(", "));
        if (education.relatedFieldsAccepted()) {
            fieldNames += ", or a related field";
        }
        body.appendElement("p").text(education.articleText());
        Element facts = body.appendElement("div").addClass("facts");
        fact(facts, "Minimum", education.minimum().label());
        fact(facts, "Preferred by some employers", education.preferred().label() + " or higher");
        fact(facts, "Fields", fieldNames);
        fact(facts, "Importance", education.weight() + " of 5");
        body.appendElement("p").addClass("rationale").text("Why: " + education.rationale());
    }

    private static void tools(Element body, Role role) {
        body.appendElement("p").text(role.tools().intro());
        if (!role.tools().usages().isEmpty()) {
            Element list = body.appendElement("ul");
            for (ToolUsage usage : role.tools().usages()) {
                list.appendElement("li").text(usage.articleText());
            }
        }
        role.tools().note().ifPresent(note ->
                body.appendElement("p").addClass("callout").id("tools-note-" + role.key()).text(note));
    }

    private static void outlook(Element body, Role role) {
        body.appendElement("p").text(role.outlook().text());
        salary(body, role);
    }

    private void gettingStarted(Element body, Role role) {
        body.appendElement("p").text(role.tipsIntro());
        Element list = body.appendElement("ol").addClass("tips");
        for (Tip tip : role.tips()) {
            Element item = list.appendElement("li").id("tip-" + tip.key());
            item.appendElement("span").addClass("tip-text").text(tip.text());
            Element facts = item.appendElement("div").addClass("badges");
            badge(facts, kindLabel(tip.kind()), "kind");
            badge(facts, "Builds: " + names(tip.skillKeys(), key -> skills.get(key).name()), "builds");
            if (!tip.toolKeys().isEmpty()) {
                badge(facts, "Names: " + names(tip.toolKeys(), key -> tools.get(key).name()), "tools");
            }
            badge(facts, "About " + tip.hoursPerLevelStep() + " h per level step", "effort");
        }
    }

    private static String kindLabel(TipKind kind) {
        return switch (kind) {
            case SKILL -> "Builds skills";
            case EVIDENCE -> "Shows evidence";
            case ONGOING -> "Ongoing habit";
        };
    }

    private static String names(List<String> keys, Function<String, String> name) {
        return keys.stream().map(name).collect(Collectors.joining(", "));
    }

    /**
     * One required skill's card, as a role's and a user's target's are shown alike (the comparison sets them side by
     * side): its name, and the shared badge when the other side asks for it too. The caller adds what follows.
     */
    Element requirement(Element list, String ownerKey, String skillKey, String name, Set<String> sharedSkills) {
        Element item = list.appendElement("div").addClass("requirement").id("requirement-" + ownerKey + "-" + skillKey);
        Element header = item.appendElement("div").addClass("requirement-header");
        header.appendElement("span").addClass("requirement-name").text(name);
        if (sharedSkills.contains(skillKey)) {
            item.addClass("shared");
            sharedBadge(header);
        }
        return item;
    }

    /** The card's badges of required level and importance; returns their row, for more badges. */
    static Element levelAndImportance(Element item, int requiredLevel, int weight) {
        Element facts = item.appendElement("div").addClass("badges");
        badge(facts, "Required level: " + ProficiencyLevel.of(requiredLevel).display(), "level");
        badge(facts, "Importance: " + weight + " of 5", "weight");
        return facts;
    }

    static void fact(Element facts, String label, String value) {
        Element fact = facts.appendElement("div").addClass("fact");
        fact.appendElement("span").addClass("fact-label").text(label);
        fact.appendElement("span").addClass("fact-value").text(value);
    }

    private static void badge(Element parent, String text, String variant) {
        Markup.badge(parent, text).addClass(variant);
    }

    private void sharedBadge(Element parent) {
        badge(parent, sharedLabel, "shared-badge");
    }
}
