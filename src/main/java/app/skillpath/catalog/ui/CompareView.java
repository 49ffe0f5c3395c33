package app.skillpath.catalog.ui;

import app.skillpath.base.text.UserText;
import app.skillpath.base.ui.HtmlBlock;
import app.skillpath.base.ui.MainLayout;
import app.skillpath.base.ui.SafeHtml;
import app.skillpath.catalog.Catalog;
import app.skillpath.catalog.CatalogService;
import app.skillpath.catalog.Role;
import app.skillpath.catalog.RoleComparison;
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
import java.util.List;
import java.util.Map;
import java.util.Optional;

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

    private final CatalogService catalogService;
    private final CatalogMarkup catalogMarkup;
    private final Select<Role> leftSelect = new Select<>();
    private final Select<Role> rightSelect = new Select<>();
    private final HtmlBlock problem = new HtmlBlock("p", SafeHtml.EMPTY);
    private final HtmlBlock comparison = new HtmlBlock(SafeHtml.EMPTY);
    private boolean updatingSelection;

    CompareView(CatalogService catalogService, CatalogMarkup catalogMarkup) {
        this.catalogService = catalogService;
        this.catalogMarkup = catalogMarkup;
        addClassNames("page", "compare");

        List<Role> roles = catalogService.roles();
        configure(leftSelect, "First role", "left-role", roles);
        configure(rightSelect, "Second role", "right-role", roles);
        Div pickers = new Div(leftSelect, rightSelect);
        pickers.addClassName("pickers");

        problem.addClassName("callout");
        problem.setId("compare-problem");
        problem.setVisible(false);
        comparison.setId("comparison");
        add(pickers, problem, comparison);
    }

    private void configure(Select<Role> select, String label, String id, List<Role> roles) {
        select.setLabel(label);
        select.setId(id);
        select.setItems(roles);
        select.setItemLabelGenerator(Role::title);
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
        Map<String, List<String>> parameters = event.getLocation().getQueryParameters().getParameters();
        List<String> problems = new ArrayList<>();
        Role left = chosen(catalog, parameters, "left", problems).orElse(roles.get(0));
        Role right = chosen(catalog, parameters, "right", problems).orElse(roles.size() > 1 ? roles.get(1) : roles.get(0));

        updatingSelection = true;
        leftSelect.setValue(left);
        rightSelect.setValue(right);
        updatingSelection = false;

        if (left.key().equals(right.key())) {
            problems.add("Both sides show " + left.title() + ": choose a different second role to see the differences.");
        }
        String message = String.join(" ", problems);
        problem.setContent(SafeHtml.build(root -> root.appendText(message)));
        problem.setVisible(!problems.isEmpty());
        comparison.setContent(catalogMarkup.page(catalog, "compare?" + left.key() + "&" + right.key(),
                content -> content(content, catalog, RoleComparison.of(left, right))));
    }

    private static Optional<Role> chosen(Catalog catalog, Map<String, List<String>> parameters, String name,
                                         List<String> problems) {
        List<String> values = parameters.getOrDefault(name, List.of());
        if (values.isEmpty()) {
            return Optional.empty();
        }
        Optional<Role> role = catalog.role(values.get(0));
        if (role.isEmpty()) {
            problems.add("There is no role called " + UserText.quote(values.get(0)) + "; showing another role instead.");
        }
        return role;
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
}
