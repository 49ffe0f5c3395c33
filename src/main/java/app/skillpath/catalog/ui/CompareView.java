package app.skillpath.catalog.ui;

import app.skillpath.account.CurrentUser;
import app.skillpath.base.text.UserText;
import app.skillpath.base.ui.Markup;
import app.skillpath.base.ui.HtmlBlock;
import app.skillpath.base.ui.MainLayout;
import app.skillpath.base.ui.SafeHtml;
import app.skillpath.catalog.Catalog;
import app.skillpath.catalog.CatalogService;
import app.skillpath.catalog.Role;
import app.skillpath.catalog.RoleComparison;
import app.skillpath.target.MyTargets;
import app.skillpath.target.Target;
import app.skillpath.target.TargetEducation;
import app.skillpath.target.TargetKey;
import app.skillpath.target.TargetService;
import app.skillpath.target.TargetSkill;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Two roles side by side, section by section, with shared skills and industries highlighted.
 * The choice is in the address (/compare?left=...&amp;right=...) so a comparison can be bookmarked.
 * The two pickers change what is shown, so they are components; everything else is read-only
 * markup: the comparison of a pair of roles is the same for every visitor and built once per
 * catalog ({@link CatalogMarkup}), while the note about a wrong address is the visitor's own and
 * is a small block of its own.
 */
@Menu(order = 2, title = "Compare roles", icon = "vaadin:split")
@Route(value = "compare", layout = MainLayout.class)
@PageTitle("Compare roles" + MainLayout.TITLE_SUFFIX)
@AnonymousAllowed
public class CompareView extends Main implements BeforeEnterObserver {

    /**
     * One side of a comparison: a catalog role, or (for a logged-in user) one of their own targets, whose key
     * ("target:12") is in the address like a role's.
     */
    record Side(String key, String title, Optional<Role> role, Optional<Target> target) {
        static Side of(Role role) {
            return new Side(role.key(), role.title(), Optional.of(role), Optional.empty());
        }

        static Side of(Target target) {
            return new Side(target.key(), target.title(), Optional.empty(), Optional.of(target));
        }

        String label() {
            return target.isPresent() ? title + " (your target)" : title;
        }
    }

    private final CatalogService catalogService;
    private final CatalogMarkup catalogMarkup;
    private final CurrentUser currentUser;
    private final TargetService targetService;
    private final Select<Side> leftSelect = new Select<>();
    private final Select<Side> rightSelect = new Select<>();
    private final HtmlBlock problem = new HtmlBlock("p", SafeHtml.EMPTY);
    private final HtmlBlock comparison = new HtmlBlock(SafeHtml.EMPTY);
    private boolean updatingSelection;

    CompareView(CatalogService catalogService, CatalogMarkup catalogMarkup, CurrentUser currentUser, TargetService targetService) {
        this.catalogService = catalogService;
        this.catalogMarkup = catalogMarkup;
        this.currentUser = currentUser;
        this.targetService = targetService;
        addClassNames("page", "compare");

        configure(leftSelect, "First role", "left-role");
        configure(rightSelect, "Second role", "right-role");
        Div pickers = new Div(leftSelect, rightSelect);
        pickers.addClassName("pickers");

        problem.addClassName("callout");
        problem.setId("compare-problem");
        problem.setVisible(false);
        comparison.setId("comparison");
        add(pickers, problem, comparison);
    }

    private void configure(Select<Side> select, String label, String id) {
        select.setLabel(label);
        select.setId(id);
        select.setItemLabelGenerator(side -> side == null ? "" : side.label());
        // programmatic changes made while showing a location are not navigations of their own
        select.addValueChangeListener(event -> {
            if (!updatingSelection && leftSelect.getValue() != null && rightSelect.getValue() != null) {
                getUI().ifPresent(ui -> ui.navigate(CompareView.class, QueryParameters.simple(Map.of(
                        "left", leftSelect.getValue().key(), "right", rightSelect.getValue().key()))));
            }
        });
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        // one catalog for the whole page, even if it is reloaded meanwhile
        Catalog catalog = catalogService.catalog();
        List<Role> roles = catalog.roles();
        // a visitor compares roles only; a user's targets are read once, and only theirs
        MyTargets mine = currentUser.get().isPresent() ? targetService.mine() : MyTargets.none();
        List<Side> choices = new ArrayList<>(roles.stream().map(Side::of).toList());
        mine.targets().stream().map(Side::of).forEach(choices::add);
        Map<String, List<String>> parameters = event.getLocation().getQueryParameters().getParameters();
        List<String> problems = new ArrayList<>();
        Side left = chosen(catalog, mine, parameters, "left", problems).orElse(Side.of(roles.get(0)));
        Side right = chosen(catalog, mine, parameters, "right", problems).orElse(Side.of(roles.size() > 1 ? roles.get(1) : roles.get(0)));

        updatingSelection = true;
        leftSelect.setItems(choices);
        rightSelect.setItems(choices);
        leftSelect.setValue(left);
        rightSelect.setValue(right);
        updatingSelection = false;

        if (left.key().equals(right.key())) {
            problems.add("Both sides show " + left.title() + ": choose a different second role to see the differences.");
        }
        String message = String.join(" ", problems);
        problem.setContent(SafeHtml.build(root -> root.appendText(message)));
        problem.setVisible(!problems.isEmpty());
        if (left.role().isPresent() && right.role().isPresent()) {
            comparison.setContent(catalogMarkup.page(catalog, "compare?" + left.key() + "&" + right.key(),
                    content -> content(content, catalog, RoleComparison.of(left.role().get(), right.role().get()))));
        } else {
            // a target is the user's own: built for this page, never kept in the shared cache
            comparison.setContent(SafeHtml.build(content -> withTarget(content, catalog, left, right)));
        }
    }

    private static Optional<Side> chosen(Catalog catalog, MyTargets mine, Map<String, List<String>> parameters, String name,
                                         List<String> problems) {
        List<String> values = parameters.getOrDefault(name, List.of());
        if (values.isEmpty()) {
            return Optional.empty();
        }
        String key = values.get(0);
        if (TargetKey.isTarget(key)) {
            // someone else's target and a deleted one look the same: neither is shown
            Optional<Side> target = mine.target(key).map(Side::of);
            if (target.isEmpty()) {
                problems.add("That target is not among yours (it may have been deleted); showing a role instead.");
            }
            return target;
        }
        Optional<Role> role = catalog.role(key);
        if (role.isEmpty()) {
            problems.add("There is no role called " + UserText.quote(key) + "; showing another role instead.");
        }
        return role.map(Side::of);
    }
    private static void content(Element content, Catalog catalog, RoleComparison compared) {
        RoleSections sections = new RoleSections(catalog);
        content.appendElement("p").addClass("fine-print").text("Skills and industries that both roles name are marked “Both roles”.");
        for (RoleSections.Section section : RoleSections.Section.values()) {
            Element element = content.appendElement("section").addClass("article-section").id("compare-" + section.id);
            element.appendElement("h2").text(section.heading);
            Element columns = element.appendElement("div").addClass("compare-columns");
            column(columns, sections, section, compared.left(), compared);
            column(columns, sections, section, compared.right(), compared);
        }
        Element closing = content.appendElement("section").addClass("article-section");
        closing.appendElement("h2").text("The article's conclusion");
        closing.appendElement("p").id("article-conclusion").text(catalog.article().conclusion());
    }

    private static void column(Element columns, RoleSections sections, RoleSections.Section section, Role role,
                               RoleComparison compared) {
        Element column = columns.appendElement("div").addClass("compare-column");
        column.appendElement("h3").addClass("column-title").text(role.title());
        sections.render(column, section, role, compared.sharedSkillKeys(), compared.sharedIndustries());
    }

    /**
     * A target beside a role (or another target): the sections a target has (required skills with levels and weights,
     * education, tools) side by side; the article's other sections only for a role, the target's column saying that
     * they are not part of a target.
     */
    private static void withTarget(Element content, Catalog catalog, Side left, Side right) {
        RoleSections sections = new RoleSections(catalog, RoleSections.SHARED_BY_SIDES);
        Set<String> shared = new HashSet<>(skillKeys(left));
        shared.retainAll(skillKeys(right));
        content.appendElement("p").addClass("fine-print").text("Skills that both sides ask for are marked “" + RoleSections.SHARED_BY_SIDES + "”. "
                + "A target holds only what its posting asks for: skills, education and tools.");
        boolean anyRole = left.role().isPresent() || right.role().isPresent();
        // what both sides have comes first; the article's other sections follow for the role alone
        List<RoleSections.Section> order = new ArrayList<>(TARGET_SECTIONS);
        if (anyRole) {
            Arrays.stream(RoleSections.Section.values()).filter(section -> !TARGET_SECTIONS.contains(section)).forEach(order::add);
        }
        for (RoleSections.Section section : order) {
            Element element = content.appendElement("section").addClass("article-section").id("compare-" + section.id);
            element.appendElement("h2").text(section.heading);
            Element columns = element.appendElement("div").addClass("compare-columns");
            for (Side side : List.of(left, right)) {
                Element column = columns.appendElement("div").addClass("compare-column");
                Element title = column.appendElement("h3").addClass("column-title").text(side.title());
                if (side.role().isPresent()) {
                    sections.render(column, section, side.role().get(), shared, Set.of());
                } else {
                    // a space, so that the title and the badge are read as two words
                    Markup.badge(title.appendText(" "), "Your target").addClass("own");
                    targetSection(column.appendElement("div").addClass("section-body"), sections, catalog, section, side.target().get(), shared);
                }
            }
        }
        if (anyRole) {
            Element closing = content.appendElement("section").addClass("article-section");
            closing.appendElement("h2").text("The article's conclusion");
            closing.appendElement("p").id("article-conclusion").text(catalog.article().conclusion());
        }
    }

    /** The sections a target has data for, as a posting gives it. */
    private static final List<RoleSections.Section> TARGET_SECTIONS = List.of(RoleSections.Section.SKILLS,
            RoleSections.Section.EDUCATION, RoleSections.Section.TOOLS);

    private static Set<String> skillKeys(Side side) {
        return side.role().map(role -> role.requiredSkills().stream().map(required -> required.skillKey()).collect(Collectors.toSet()))
                .orElseGet(() -> side.target().orElseThrow().skills().stream().map(TargetSkill::skillKey).collect(Collectors.toSet()));
    }

    private static void targetSection(Element body, RoleSections sections, Catalog catalog, RoleSections.Section section, Target target,
                                      Set<String> shared) {
        switch (section) {
            case SKILLS -> {
                if (target.skills().isEmpty()) {
                    body.appendElement("p").text("This target asks for no skills.");
                    return;
                }
                Element list = body.appendElement("div").addClass("requirement-list");
                for (TargetSkill skill : target.skills()) {
                    Element item = sections.requirement(list, target.key(), skill.skillKey(), skill.name(), shared);
                    Element facts = RoleSections.levelAndImportance(item, skill.requiredLevel(), skill.weight());
                    if (skill.mustHave()) {
                        Markup.badge(facts, "Must-have");
                    }
                    if (skill.custom()) {
                        Markup.badge(facts, "Your own skill");
                    }
                }
            }
            case EDUCATION -> target.education().ifPresentOrElse(education -> education(body, catalog, education),
                    () -> body.appendElement("p").text("This target asks for no education."));
            case TOOLS -> {
                List<String> names = target.toolKeys().stream().filter(catalog.toolsByKey()::containsKey)
                        .map(key -> catalog.toolsByKey().get(key).name()).toList();
                body.appendElement("p").text(names.isEmpty() ? "This target names no tools."
                        : "This target names: " + String.join(", ", names) + ".");
            }
            default -> body.appendElement("p").addClass("fine-print").text("Not part of a target.");
        }
    }

    private static void education(Element body, Catalog catalog, TargetEducation education) {
        String fields = education.fieldKeys().stream().filter(catalog.fieldsByKey()::containsKey)
                .map(key -> catalog.fieldsByKey().get(key).name()).collect(Collectors.joining(", "));
        if (education.relatedFieldsAccepted()) {
            fields = fields.isEmpty() ? "any related field" : fields + ", or a related field";
        }
        Element facts = body.appendElement("div").addClass("facts");
        RoleSections.fact(facts, "Minimum", education.minimum().label());
        RoleSections.fact(facts, "Fields", fields.isEmpty() ? "any" : fields);
        RoleSections.fact(facts, "Importance", education.weight() + " of 5");
    }
}
