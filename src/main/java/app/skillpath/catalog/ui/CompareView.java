package app.skillpath.catalog.ui;

import app.skillpath.base.ui.MainLayout;
import app.skillpath.catalog.CatalogService;
import app.skillpath.catalog.Role;
import app.skillpath.catalog.RoleComparison;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Two roles side by side, section by section, with shared skills and industries highlighted.
 * The choice is in the address (/compare?left=...&amp;right=...) so a comparison can be bookmarked.
 */
@Menu(order = 2, title = "Compare roles", icon = "vaadin:split")
@Route(value = "compare", layout = MainLayout.class)
@PageTitle("Compare roles" + MainLayout.TITLE_SUFFIX)
@AnonymousAllowed
public class CompareView extends Main implements BeforeEnterObserver {

    private final CatalogService catalogService;
    private final Select<Role> leftSelect = new Select<>();
    private final Select<Role> rightSelect = new Select<>();
    private final Paragraph problem = new Paragraph();
    private final Div comparison = new Div();
    private boolean updatingSelection;

    public CompareView(CatalogService catalogService) {
        this.catalogService = catalogService;
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
        List<Role> roles = catalogService.roles();
        Map<String, List<String>> parameters = event.getLocation().getQueryParameters().getParameters();
        List<String> problems = new ArrayList<>();
        Role left = chosen(parameters, "left", problems).orElse(roles.get(0));
        Role right = chosen(parameters, "right", problems).orElse(roles.size() > 1 ? roles.get(1) : roles.get(0));

        updatingSelection = true;
        leftSelect.setValue(left);
        rightSelect.setValue(right);
        updatingSelection = false;

        if (left.key().equals(right.key())) {
            problems.add("Both sides show " + left.title() + ": choose a different second role to see the differences.");
        }
        problem.setText(String.join(" ", problems));
        problem.setVisible(!problems.isEmpty());
        show(RoleComparison.of(left, right));
    }

    private Optional<Role> chosen(Map<String, List<String>> parameters, String name, List<String> problems) {
        List<String> values = parameters.getOrDefault(name, List.of());
        if (values.isEmpty()) {
            return Optional.empty();
        }
        Optional<Role> role = catalogService.role(values.get(0));
        if (role.isEmpty()) {
            problems.add("There is no role called “" + values.get(0) + "”; showing another role instead.");
        }
        return role;
    }

    private void show(RoleComparison compared) {
        comparison.removeAll();
        RoleSections sections = new RoleSections(catalogService.catalog());
        Paragraph legend = new Paragraph("Skills and industries that both roles name are marked “Both roles”.");
        legend.addClassName("fine-print");
        comparison.add(legend);
        for (RoleSections.Section section : RoleSections.Section.values()) {
            Div columns = new Div(
                    column(sections, section, compared.left(), compared),
                    column(sections, section, compared.right(), compared));
            columns.addClassName("compare-columns");
            Section element = new Section(new H2(section.heading), columns);
            element.addClassName("article-section");
            element.setId("compare-" + section.id);
            comparison.add(element);
        }
        Paragraph conclusion = new Paragraph(catalogService.catalog().article().conclusion());
        conclusion.setId("article-conclusion");
        Section closing = new Section(new H2("The article's conclusion"), conclusion);
        closing.addClassName("article-section");
        comparison.add(closing);
    }

    private static Div column(RoleSections sections, RoleSections.Section section, Role role, RoleComparison compared) {
        H3 roleTitle = new H3(role.title());
        roleTitle.addClassName("column-title");
        Div column = new Div(roleTitle, sections.render(section, role, compared.sharedSkillKeys(), compared.sharedIndustries()));
        column.addClassName("compare-column");
        return column;
    }
}
